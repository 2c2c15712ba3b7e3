import { normalizeHost } from '@/lib/host';
import { canEditContent } from '@/modules/content/content.policy';
import { serveMedia } from '@/modules/media/media.service';
import { getPublicSiteByHost } from '@/modules/sites/sites.service';
import { getAdminContext, hasSessionCookie } from '@/server/admin-context';
import { rootDomain } from '@/server/env';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ host: string; siteId: string; mediaId: string; file: string }> };

const notFound = () => new Response('Không tìm thấy tệp.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * GET /media/<siteId>/<mediaId>/<file> (C10). The public gets a file only on its own site's host (or the
 * root portal, which shows its units' news) and only while published content uses it; signed-in
 * editors of the site also see files of their drafts, never cached by shared caches.
 */
export async function GET(_req: Request, { params }: Params) {
  const p = await params;
  const host = normalizeHost(decodeURIComponent(p.host));
  const site = await getPublicSiteByHost(host);
  if (!site || !/^[0-9a-f-]{36}$/.test(p.siteId)) return notFound();
  const admin = (await hasSessionCookie()) ? await getAdminContext() : null;
  const preview = admin !== null && canEditContent(admin.actor, p.siteId);
  if (!preview && site.id !== p.siteId && host !== rootDomain()) return notFound();
  const served = await serveMedia({ siteId: p.siteId, mediaId: p.mediaId, file: decodeURIComponent(p.file), preview });
  if (!served) return notFound();
  const headers: Record<string, string> = {
    'content-type': served.contentType,
    'content-length': String(served.data.byteLength),
    'x-content-type-options': 'nosniff',
    'cache-control': preview ? 'private, no-store' : served.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
  };
  if (served.fileName) {
    const inline = served.contentType.startsWith('image/') || served.contentType === 'application/pdf' || served.contentType.startsWith('video/');
    headers['content-disposition'] = `${inline ? 'inline' : 'attachment'}; filename="${served.fileName}"`;
    headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  }
  return new Response(new Uint8Array(served.data), { headers });
}
