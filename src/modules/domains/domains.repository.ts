import type { Db } from '@/server/db';
import { db } from '@/server/db';

/** Host → site routing facts for the request boundary (T2). One indexed lookup. */
export async function findHostRoute(host: string) {
  return db().domain.findUnique({
    where: { host },
    select: {
      isPrimary: true,
      site: {
        select: {
          id: true,
          name: true,
          status: true,
          domains: { where: { isPrimary: true }, select: { host: true } },
          successor: { select: { status: true, domains: { where: { isPrimary: true }, select: { host: true } } } },
        },
      },
    },
  });
}

export function findDomainByHost(host: string, tx: Db = db()) {
  return tx.domain.findUnique({ where: { host }, select: { id: true, siteId: true } });
}

export function findDomainsOfSite(siteId: string, tx: Db = db()) {
  return tx.domain.findMany({ where: { siteId }, orderBy: [{ isPrimary: 'desc' }, { host: 'asc' }] });
}

export function insertDomain(tx: Db, data: { siteId: string; host: string; isPrimary: boolean }) {
  return tx.domain.create({ data });
}

/** Scoped delete: a domain id from the client only matches inside its own site. */
export async function deleteAliasDomain(tx: Db, params: { siteId: string; domainId: string }) {
  const r = await tx.domain.deleteMany({ where: { id: params.domainId, siteId: params.siteId, isPrimary: false } });
  return r.count;
}

/** Swaps the primary host inside one site. */
export async function setPrimaryDomain(tx: Db, params: { siteId: string; domainId: string }) {
  const target = await tx.domain.findFirst({ where: { id: params.domainId, siteId: params.siteId } });
  if (!target) return null;
  await tx.domain.updateMany({ where: { siteId: params.siteId, isPrimary: true }, data: { isPrimary: false } });
  await tx.domain.updateMany({ where: { id: params.domainId, siteId: params.siteId }, data: { isPrimary: true } });
  return target;
}
