import { normalizeHost } from '@/lib/host';
import { sitemapFor } from '@/modules/crawl/crawl.service';
import { getPublicSiteByHost } from '@/modules/sites/sites.service';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

/** GET /sitemap.xml (X1). */
export async function GET(_req: Request, { params }: { params: Promise<{ host: string }> }) {
  const site = await getPublicSiteByHost(normalizeHost(decodeURIComponent((await params).host)));
  if (!site) return new Response('Không tìm thấy trang.', { status: 404 });
  const xml = await sitemapFor(site, (await originResolver())(site.host));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}
