import { findHostRoute } from './domains.repository';

/** What a hostname means for the request boundary (T2, T3). */
export type HostRoute =
  | { kind: 'unknown' }
  | { kind: 'alias'; primaryHost: string }
  | { kind: 'site'; siteId: string; siteName: string; status: 'ACTIVE' | 'SUSPENDED' }
  | { kind: 'archived'; siteName: string; successorHost: string | null };

/**
 * Resolves a normalised host with one indexed query. No cache here on purpose: a site created,
 * suspended or archived in the console must answer accordingly on the very next request from
 * every app instance (the page cache of issue 7 sits in front of rendering, not of this).
 */
export async function resolveHost(host: string): Promise<HostRoute> {
  if (!host) return { kind: 'unknown' };
  const row = await findHostRoute(host);
  if (!row) return { kind: 'unknown' };
  const site = row.site;
  if (site.status === 'ARCHIVED') {
    const successorHost =
      site.successor && site.successor.status !== 'ARCHIVED' ? (site.successor.domains[0]?.host ?? null) : null;
    return { kind: 'archived', siteName: site.name, successorHost };
  }
  const primaryHost = site.domains[0]?.host;
  if (!row.isPrimary && primaryHost) return { kind: 'alias', primaryHost };
  return { kind: 'site', siteId: site.id, siteName: site.name, status: site.status };
}
