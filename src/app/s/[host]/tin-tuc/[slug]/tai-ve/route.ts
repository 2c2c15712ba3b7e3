import { articleDownload } from '@/modules/articles/article-download';
import { getPublishedArticle } from '@/modules/articles/articles.service';
import { getPublicSiteByHost } from '@/modules/sites/sites.service';
import { normalizeHost } from '@/lib/host';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

/** GET /tin-tuc/<slug>/tai-ve: the article as an HTML file attachment. */
export async function GET(_req: Request, { params }: { params: Promise<{ host: string; slug: string }> }) {
  const { host, slug } = await params;
  const site = await getPublicSiteByHost(normalizeHost(decodeURIComponent(host)));
  const article = site ? await getPublishedArticle({ siteId: site.id, slug: decodeURIComponent(slug) }) : null;
  if (!site || !article) return new Response('Không tìm thấy bài viết.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const url = `${(await originResolver())(site.host)}/tin-tuc/${article.slug}`;
  const file = articleDownload(article, { siteName: site.name, url });
  return new Response(file.html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}
