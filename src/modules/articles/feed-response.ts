import { normalizeHost } from '@/lib/host';
import { getPublicSiteByHost } from '@/modules/sites/sites.service';
import { originResolver } from '@/server/public-origin';
import { getPublicCategory, listPublishedArticles } from './articles.service';
import { buildRss } from './rss';

export async function feedResponse(params: { host: string; categorySlug?: string }): Promise<Response> {
  const site = await getPublicSiteByHost(normalizeHost(decodeURIComponent(params.host)));
  const category = site && params.categorySlug ? await getPublicCategory({ siteId: site.id, slug: params.categorySlug }) : null;
  if (!site || (params.categorySlug && !category)) {
    return new Response('Không tìm thấy nguồn tin.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const siteUrl = (await originResolver())(site.host);
  const { items } = await listPublishedArticles({ siteId: site.id, categoryId: category?.id, pageSize: 20 });
  const xml = buildRss({
    title: category ? `${category.name} – ${site.name}` : site.name,
    description: category ? `Tin bài chuyên mục ${category.name} của ${site.name}` : `Tin bài mới nhất của ${site.name}`,
    siteUrl,
    selfUrl: category ? `${siteUrl}/chuyen-muc/${category.slug}/rss.xml` : `${siteUrl}/rss.xml`,
    items,
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=60' } });
}
