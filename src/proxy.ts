import { NextResponse, type NextRequest } from 'next/server';
import { resolveHost } from '@/modules/domains/host-directory';
import { publicHostFrom } from '@/server/request-host';
import { CACHE_SITE_HEADER, isCacheablePath } from '@/lib/page-cache-policy';
import { archivedSitePage, suspendedSitePage, unknownHostPage } from '@/server/status-pages';

/**
 * The network boundary (GUIDE "Tenant flow" 1). It maps the Host to a site, answers the
 * statuses a rendered page cannot (301 alias, 404 unknown host, 503 suspended, 410 archived),
 * rewrites public requests into the site segment, and strips every internal header a client
 * might send. It makes no authorisation decision: pages, actions and services do.
 */
export const INTERNAL_HEADERS = ['x-cs-host', 'x-cs-site-id'] as const;

const ROOT = (process.env.PORTAL_ROOT_DOMAIN ?? 'khanhhoa.localhost').toLowerCase();
const TRUST_PROXY = process.env.TRUST_PROXY === '1';

function html(body: string, status: number, extra: Record<string, string> = {}) {
  return new NextResponse(body, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra },
  });
}

function externalOrigin(request: NextRequest, host: string): string {
  const proto = TRUST_PROXY ? (request.headers.get('x-forwarded-proto') ?? 'https') : request.nextUrl.protocol.replace(':', '');
  // The port the visitor used is in their Host header (the app itself listens on a private port behind the page cache).
  const port = TRUST_PROXY ? '' : (/:(\d+)$/.exec(request.headers.get('host') ?? '')?.[1] ?? request.nextUrl.port);
  return `${proto}://${host}${port ? `:${port}` : ''}`;
}

export async function proxy(request: NextRequest) {
  const host = publicHostFrom(request.headers);
  const { pathname, search } = request.nextUrl;

  const headers = new Headers(request.headers);
  for (const h of INTERNAL_HEADERS) headers.delete(h);

  const isConsole = pathname === '/quan-tri' || pathname.startsWith('/quan-tri/');
  const isPlatformPath = isConsole || pathname.startsWith('/api/auth/') || pathname === '/api/health';

  if (isPlatformPath) {
    // The console lives on the root host; a sub-site's /quan-tri sends people there with that site selected.
    if (isConsole && host !== ROOT) {
      const target = new URL(`${externalOrigin(request, ROOT)}/quan-tri`);
      target.searchParams.set('don-vi', host);
      return NextResponse.redirect(target, 307);
    }
    return NextResponse.next({ request: { headers } });
  }

  let route;
  try {
    route = await resolveHost(host);
  } catch (error) {
    console.error('[proxy] tra cứu tên miền thất bại', { host, message: (error as Error).message });
    return html(suspendedSitePage('Hệ thống'), 503, { 'retry-after': '30' });
  }

  switch (route.kind) {
    case 'unknown':
      return html(unknownHostPage(host), 404);
    case 'alias':
      return NextResponse.redirect(`${externalOrigin(request, route.primaryHost)}${pathname}${search}`, 301);
    case 'archived':
      if (route.successorHost) return NextResponse.redirect(`${externalOrigin(request, route.successorHost)}/`, 301);
      return html(archivedSitePage(route.siteName), 410);
    case 'site':
      if (route.status === 'SUSPENDED') return html(suspendedSitePage(route.siteName), 503, { 'retry-after': '3600' });
  }

  headers.set('x-cs-host', host);
  headers.set('x-cs-site-id', route.siteId);
  // Marks the response for the page cache in front of the app (scripts/serve.mjs), which keeps it per host and only
  // while the site's cache generation is unchanged; it never reaches the visitor.
  const cacheHeaders = isCacheablePath(pathname) ? { [CACHE_SITE_HEADER]: route.siteId } : undefined;
  if (pathname.startsWith('/api/')) return NextResponse.next({ request: { headers }, headers: cacheHeaders });

  const url = request.nextUrl.clone();
  url.pathname = `/s/${encodeURIComponent(host)}${pathname === '/' ? '' : pathname}`;
  return NextResponse.rewrite(url, { request: { headers }, headers: cacheHeaders });
}

export const config = {
  // Framework assets and public files never need a tenant.
  matcher: ['/((?!_next/|favicon.ico|fonts/|images/).*)'],
};
