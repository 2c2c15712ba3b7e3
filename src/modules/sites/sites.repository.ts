import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma, SiteStatus } from '@/generated/prisma/client';

/**
 * Sites are the tenants themselves: a site row is addressed by its own id. Tenant-owned
 * rows of other models are addressed by (id, siteId) in their repositories.
 */

const siteWithDomains = { domains: { orderBy: [{ isPrimary: 'desc' }, { host: 'asc' }] } } satisfies Prisma.SiteInclude;
export type SiteRow = Prisma.SiteGetPayload<{ include: typeof siteWithDomains }>;

export function findSiteById(id: string, tx: Db = db()): Promise<SiteRow | null> {
  return tx.site.findUnique({ where: { id }, include: siteWithDomains });
}

export function findRootSite(tx: Db = db()): Promise<SiteRow | null> {
  return tx.site.findFirst({ where: { parentId: null }, include: siteWithDomains, orderBy: { createdAt: 'asc' } });
}

export function findAllSites(filter: { ids?: string[]; status?: SiteStatus[] } = {}): Promise<SiteRow[]> {
  return db().site.findMany({
    where: {
      ...(filter.ids ? { id: { in: filter.ids } } : {}),
      ...(filter.status ? { status: { in: filter.status } } : {}),
    },
    include: siteWithDomains,
    orderBy: [{ name: 'asc' }],
  });
}

export function countChildrenNotArchived(siteId: string, tx: Db = db()): Promise<number> {
  return tx.site.count({ where: { parentId: siteId, status: { not: 'ARCHIVED' } } });
}

export function findSiteByCode(code: string, tx: Db = db()) {
  return tx.site.findUnique({ where: { code }, select: { id: true } });
}

export function insertSite(tx: Db, data: Prisma.SiteUncheckedCreateInput) {
  return tx.site.create({ data });
}

export function updateSiteRow(tx: Db, id: string, data: Prisma.SiteUncheckedUpdateInput) {
  return tx.site.update({ where: { id }, data, include: siteWithDomains });
}

export function countSites(): Promise<number> {
  return db().site.count();
}

/** An active site answering on this host as its primary host (public rendering). */
export function findActiveSiteByPrimaryHost(host: string) {
  return db().site.findFirst({
    where: { status: 'ACTIVE', domains: { some: { host, isPrimary: true } } },
    include: {
      ...siteWithDomains,
      parent: { select: { name: true, domains: { where: { isPrimary: true }, select: { host: true } } } },
    },
  });
}
