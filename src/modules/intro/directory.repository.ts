import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

/** The site's official e-mail directory in display order (C7, seed 002 Đ8.7). */
export function findDirectoryEntries(siteId: string, tx: Db = db()) {
  return tx.directoryEntry.findMany({ where: { siteId }, orderBy: [{ position: 'asc' }, { unit: 'asc' }, { id: 'asc' }], take: 1000 });
}

export function findDirectoryEntry(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.directoryEntry.findFirst({ where: { id: params.id, siteId: params.siteId } });
}

export function insertDirectoryEntry(tx: Db, data: Prisma.DirectoryEntryUncheckedCreateInput) {
  return tx.directoryEntry.create({ data });
}

export async function updateDirectoryEntryRow(tx: Db, params: { siteId: string; id: string; data: Prisma.DirectoryEntryUncheckedUpdateManyInput }) {
  return (await tx.directoryEntry.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteDirectoryEntryRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.directoryEntry.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

/** Writes positions 0, 1, 2… in the given order; each id is matched together with the site. */
export async function writeDirectoryOrder(tx: Db, params: { siteId: string; ids: string[] }) {
  for (const [position, id] of params.ids.entries()) {
    await tx.directoryEntry.updateMany({ where: { id, siteId: params.siteId }, data: { position } });
  }
}
