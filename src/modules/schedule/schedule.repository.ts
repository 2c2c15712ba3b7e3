import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';

/** "YYYY-MM-DD" → the value Prisma stores in a DATE column. */
export function dateValue(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

const order = [{ date: 'asc' }, { startTime: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }] satisfies Prisma.ScheduleEntryOrderByWithRelationInput[];

/** Published entries of one site, language and date range (both ends included). */
export function findPublishedEntries(params: { siteId: string; lang: string; from: string; to: string }) {
  return db().scheduleEntry.findMany({
    where: { siteId: params.siteId, lang: params.lang, date: { gte: dateValue(params.from), lte: dateValue(params.to) }, ...publishedWhere() },
    orderBy: order,
  });
}

/** Whether a site has anything published in a language (the English page exists only then, C11). */
export async function hasPublishedEntries(params: { siteId: string; lang: string }): Promise<boolean> {
  return Boolean(await db().scheduleEntry.findFirst({ where: { siteId: params.siteId, lang: params.lang, ...publishedWhere() }, select: { id: true } }));
}

/** Console: every entry of a site in a date range, any status and language. */
export function findEntriesForConsole(params: { siteId: string; from: string; to: string }) {
  return db().scheduleEntry.findMany({
    where: { siteId: params.siteId, date: { gte: dateValue(params.from), lte: dateValue(params.to) } },
    orderBy: order,
  });
}

export function findEntryForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.scheduleEntry.findFirst({ where: { id: params.id, siteId: params.siteId } });
}

export function insertEntry(tx: Db, data: Prisma.ScheduleEntryUncheckedCreateInput) {
  return tx.scheduleEntry.create({ data });
}

export async function updateEntryRow(tx: Db, params: { siteId: string; id: string; data: Prisma.ScheduleEntryUncheckedUpdateManyInput }) {
  return (await tx.scheduleEntry.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteEntryRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.scheduleEntry.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}
