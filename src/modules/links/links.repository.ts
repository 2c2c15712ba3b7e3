import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

/** A site's link groups with their links, in display order (C8). */
export function findLinkGroups(siteId: string, tx: Db = db()) {
  return tx.linkGroup.findMany({
    where: { siteId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    include: { links: { where: { siteId }, orderBy: [{ position: 'asc' }, { label: 'asc' }] } },
  });
}

export function findLinkGroup(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.linkGroup.findFirst({ where: { id: params.id, siteId: params.siteId } });
}

export function findLink(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.link.findFirst({ where: { id: params.id, siteId: params.siteId } });
}

export function insertLinkGroup(tx: Db, data: Prisma.LinkGroupUncheckedCreateInput) {
  return tx.linkGroup.create({ data });
}

export async function updateLinkGroupRow(tx: Db, params: { siteId: string; id: string; data: Prisma.LinkGroupUncheckedUpdateManyInput }) {
  return (await tx.linkGroup.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteLinkGroupRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.linkGroup.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

export function insertLink(tx: Db, data: Prisma.LinkUncheckedCreateInput) {
  return tx.link.create({ data });
}

export async function updateLinkRow(tx: Db, params: { siteId: string; id: string; data: Prisma.LinkUncheckedUpdateManyInput }) {
  return (await tx.link.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteLinkRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.link.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}
