import { cache } from 'react';
import { notFound } from 'next/navigation';
import { normalizeHost } from '@/lib/host';
import { getPublicSiteByHost } from '@/modules/sites/sites.service';

/**
 * The site of a public request, resolved once per request (GUIDE "Tenant flow" 2). The proxy
 * only rewrites active sites' primary hosts here; this check repeats it so a page can never
 * render for an unknown, alias, suspended or archived host.
 */
export const getRequestSite = cache(async (hostParam: string) => {
  const site = await getPublicSiteByHost(normalizeHost(decodeURIComponent(hostParam)));
  if (!site) notFound();
  return site;
});
