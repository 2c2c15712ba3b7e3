import { normalizeHost } from '@/lib/host';
import { robotsFor } from '@/modules/crawl/crawl.service';
import { getPublicSiteByHost } from '@/modules/sites/sites.service';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

/** GET /robots.txt (X1): everything public may be crawled; the console and sign-in may not. */
export async function GET(_req: Request, { params }: { params: Promise<{ host: string }> }) {
  const site = await getPublicSiteByHost(normalizeHost(decodeURIComponent((await params).host)));
  if (!site) return new Response('Không tìm thấy trang.', { status: 404 });
  return new Response(robotsFor((await originResolver())(site.host)), { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
