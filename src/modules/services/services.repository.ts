import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma, ServiceLevel } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';

/**
 * Public services (P1–P3). Every read and write names the site(s) in its `where`; the root portal's
 * catalogue passes the list of active sites it aggregates, never "all rows".
 */

export type CatalogueFilter = { siteIds: string[]; field?: string; level?: ServiceLevel; folded?: string };

function catalogueWhere(f: CatalogueFilter): Prisma.PublicServiceWhereInput {
  return {
    siteId: { in: f.siteIds },
    ...publishedWhere(),
    ...(f.field ? { field: f.field } : {}),
    ...(f.level ? { level: f.level } : {}),
    ...(f.folded ? { searchKey: { contains: f.folded } } : {}),
  };
}

const summarySelect = {
  id: true,
  siteId: true,
  code: true,
  slug: true,
  name: true,
  field: true,
  level: true,
  implementingBody: true,
  onlineUrl: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.PublicServiceSelect;

export type ServiceSummaryRow = Prisma.PublicServiceGetPayload<{ select: typeof summarySelect }>;

/** A page of the catalogue, grouped by field: ordered by field, then name. */
export function findPublishedServices(params: CatalogueFilter & { skip: number; take: number }) {
  const where = catalogueWhere(params);
  return db().$transaction([
    db().publicService.findMany({ where, select: summarySelect, orderBy: [{ field: 'asc' }, { name: 'asc' }, { id: 'asc' }], skip: params.skip, take: params.take }),
    db().publicService.count({ where }),
  ]);
}

/** The fields (lĩnh vực) of the published procedures of these sites, for the filter. */
export async function findPublishedServiceFields(siteIds: string[]): Promise<string[]> {
  const rows = await db().publicService.findMany({ where: { siteId: { in: siteIds }, ...publishedWhere() }, select: { field: true }, distinct: ['field'], orderBy: { field: 'asc' } });
  return rows.map((r) => r.field);
}

/** Sites that have at least one published procedure (the root catalogue's unit filter). */
export async function findSitesWithPublishedServices(siteIds: string[]): Promise<string[]> {
  const rows = await db().publicService.findMany({ where: { siteId: { in: siteIds }, ...publishedWhere() }, select: { siteId: true }, distinct: ['siteId'] });
  return rows.map((r) => r.siteId);
}

const detailInclude = {
  forms: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, media: { select: { id: true, siteId: true, fileName: true, originalName: true, mimeType: true, size: true } } } },
  stats: { orderBy: [{ periodEnd: 'desc' }, { periodStart: 'desc' }], take: 24 },
} satisfies Prisma.PublicServiceInclude;

export type ServiceDetailRow = Prisma.PublicServiceGetPayload<{ include: typeof detailInclude }>;

/** A published procedure of the site by its slug or its code ("/dich-vu-cong/1.001193"). */
export function findPublishedService(params: { siteId: string; key: string }) {
  return db().publicService.findFirst({
    where: { siteId: params.siteId, OR: [{ slug: params.key }, { code: params.key }], ...publishedWhere() },
    include: detailInclude,
  });
}

/** Published Vietnamese documents of these sites whose folded number is one of `numberKeys` (legal basis links). */
export function findPublishedDocumentsByNumber(params: { siteIds: string[]; numberKeys: string[] }) {
  if (params.numberKeys.length === 0 || params.siteIds.length === 0) return Promise.resolve([]);
  return db().document.findMany({
    where: { siteId: { in: params.siteIds }, lang: 'vi', numberKey: { in: params.numberKeys }, ...publishedWhere() },
    select: { siteId: true, slug: true, number: true, numberKey: true, summary: true },
    orderBy: [{ issuedAt: 'desc' }],
  });
}

// ── Console and imports ─────────────────────────────────────────────────────

export function findServicesForConsole(params: { siteId: string; folded?: string; skip: number; take: number }) {
  const where: Prisma.PublicServiceWhereInput = { siteId: params.siteId, ...(params.folded ? { searchKey: { contains: params.folded } } : {}) };
  return db().$transaction([
    db().publicService.findMany({
      where,
      orderBy: [{ field: 'asc' }, { name: 'asc' }],
      skip: params.skip,
      take: params.take,
      select: { id: true, code: true, name: true, field: true, level: true, status: true, slug: true, updatedAt: true },
    }),
    db().publicService.count({ where }),
  ]);
}

export function findServiceForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.publicService.findFirst({ where: { id: params.id, siteId: params.siteId }, include: detailInclude });
}

export type ConsoleServiceRow = NonNullable<Awaited<ReturnType<typeof findServiceForConsole>>>;

export function findServicesByCodes(params: { siteId: string; codes: string[] }, tx: Db = db()) {
  return tx.publicService.findMany({ where: { siteId: params.siteId, code: { in: params.codes } } });
}

export type ServiceRow = Awaited<ReturnType<typeof findServicesByCodes>>[number];

export function findServiceIdByCode(params: { siteId: string; code: string }, tx: Db = db()) {
  return tx.publicService.findFirst({ where: { siteId: params.siteId, code: params.code }, select: { id: true } });
}

export function slugExists(params: { siteId: string; slug: string }, tx: Db = db()) {
  return tx.publicService.findFirst({ where: { siteId: params.siteId, slug: params.slug }, select: { id: true } }).then(Boolean);
}

export function insertService(tx: Db, data: Prisma.PublicServiceUncheckedCreateInput) {
  return tx.publicService.create({ data });
}

export async function updateServiceRow(tx: Db, params: { siteId: string; id: string; data: Prisma.PublicServiceUncheckedUpdateManyInput }) {
  return (await tx.publicService.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteServiceRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.publicService.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

export function findServiceForms(params: { siteId: string; serviceId: string }, tx: Db = db()) {
  return tx.serviceForm.findMany({ where: { siteId: params.siteId, serviceId: params.serviceId }, orderBy: { position: 'asc' } });
}

export function insertServiceForm(tx: Db, data: { siteId: string; serviceId: string; mediaId: string; title: string; position: number }) {
  return tx.serviceForm.create({ data });
}

export async function deleteServiceFormRow(tx: Db, params: { siteId: string; serviceId: string; id: string }) {
  return (await tx.serviceForm.deleteMany({ where: { id: params.id, siteId: params.siteId, serviceId: params.serviceId } })).count;
}

/** Existing figures of these procedures, to tell new, changed and unchanged rows of an import apart. */
export function findStatsOf(params: { siteId: string; serviceIds: string[] }, tx: Db = db()) {
  return tx.serviceStat.findMany({ where: { siteId: params.siteId, serviceId: { in: params.serviceIds } } });
}

export function upsertStat(tx: Db, s: { siteId: string; serviceId: string; periodStart: Date; periodEnd: Date; timesUsed: number; received: number; onTime: number; late: number }) {
  const { siteId, serviceId, periodStart, periodEnd, ...figures } = s;
  return tx.serviceStat.upsert({
    where: { siteId_serviceId_periodStart_periodEnd: { siteId, serviceId, periodStart, periodEnd } },
    create: { siteId, serviceId, periodStart, periodEnd, ...figures },
    update: figures,
  });
}
