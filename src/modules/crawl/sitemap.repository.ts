import { db } from '@/server/db';
import { publishedWhere } from '@/modules/content/visibility';

/** Every published public item of one site, for sitemap.xml (X1). */
export async function findSitemapEntries(siteId: string) {
  const where = { siteId, ...publishedWhere() };
  const select = { slug: true, lang: true, updatedAt: true } as const;
  const [articles, categories, documents, projects, pages, galleries] = await Promise.all([
    db().article.findMany({ where, select, orderBy: { publishedAt: 'desc' }, take: 40_000 }),
    db().category.findMany({ where: { siteId }, select: { slug: true, updatedAt: true } }),
    db().document.findMany({ where, select, take: 5_000 }),
    db().project.findMany({ where, select, take: 2_000 }),
    db().page.findMany({ where, select, take: 1_000 }),
    db().gallery.findMany({ where, select, take: 1_000 }),
  ]);
  return { articles, categories, documents, projects, pages, galleries };
}
