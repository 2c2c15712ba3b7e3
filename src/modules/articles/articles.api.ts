import { z } from 'zod';
import { AppError } from '@/server/errors';
import { parseInput } from '@/server/validation';
import { PagingSchema } from '@/server/api';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { getPublicCategory, getPublishedArticle, listPublishedArticles, type ArticleSummary } from './articles.service';

/** The article resource of the public API (CONTRACT "Public JSON API", X2). */
export function toApiArticle(a: ArticleSummary, site: SiteDto, origin: string) {
  return {
    slug: a.slug,
    lang: a.lang,
    title: a.title,
    sapo: a.sapo,
    author: a.author,
    source: a.source,
    publishedAt: a.publishedAt,
    categories: a.categories.map((c) => ({ slug: c.slug, name: c.name })),
    site: { host: site.host, name: site.name },
    url: `${origin}${a.lang === 'en' ? '/en' : ''}/tin-tuc/${a.slug}`,
  };
}

const ListSchema = PagingSchema.extend({
  category: z.string().max(100).optional(),
  lang: z.enum(['vi', 'en'], { error: 'Tham số lang phải là vi hoặc en.' }).default('vi'),
});

export async function apiListArticles(site: SiteDto, origin: string, query: Record<string, string>) {
  const q = parseInput(ListSchema, query);
  let categoryId: string | undefined;
  if (q.category) {
    const c = await getPublicCategory({ siteId: site.id, slug: q.category });
    if (!c) throw new AppError('NOT_FOUND', `Không có chuyên mục "${q.category}".`);
    categoryId = c.id;
  }
  const r = await listPublishedArticles({ siteId: site.id, lang: q.lang, page: q.page, pageSize: q.pageSize, categoryId });
  return { items: r.items.map((a) => toApiArticle(a, site, origin)), page: r.page, pageSize: r.pageSize, total: r.total };
}

export async function apiGetArticle(site: SiteDto, origin: string, slug: string, query: Record<string, string>) {
  const lang = query.lang === 'en' ? 'en' : 'vi';
  const a = await getPublishedArticle({ siteId: site.id, slug, lang });
  if (!a) throw new AppError('NOT_FOUND', 'Không tìm thấy bài viết.');
  return { ...toApiArticle(a, site, origin), tags: a.tags, updatedAt: a.updatedAt, bodyHtml: a.bodyHtml };
}
