import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { ContentStatus, Prisma } from '@/generated/prisma/client';

export type EditorialRow = Prisma.EditorialItemGetPayload<object>;

export function findEditorialItem(params: { siteId: string; entity: string; entityId: string }, tx: Db = db()) {
  return tx.editorialItem.findUnique({ where: { siteId_entity_entityId: params } });
}

/** Locks the row for the rest of the transaction so two transitions cannot interleave. */
export async function lockEditorialItem(tx: Db, params: { siteId: string; entity: string; entityId: string }): Promise<void> {
  await tx.$queryRaw`SELECT id FROM editorial_items WHERE "siteId" = ${params.siteId}::uuid AND entity = ${params.entity} AND "entityId" = ${params.entityId}::uuid FOR UPDATE`;
}

export function insertEditorialItem(tx: Db, data: Prisma.EditorialItemUncheckedCreateInput) {
  return tx.editorialItem.create({ data });
}

export async function updateEditorialItem(tx: Db, params: { siteId: string; entity: string; entityId: string; data: Prisma.EditorialItemUncheckedUpdateManyInput }) {
  return (await tx.editorialItem.updateMany({ where: { siteId: params.siteId, entity: params.entity, entityId: params.entityId }, data: params.data })).count;
}

export async function deleteEditorialData(tx: Db, params: { siteId: string; entity: string; entityId: string }) {
  await tx.revision.deleteMany({ where: params });
  await tx.editorialItem.deleteMany({ where: params });
}

export function findLatestRevision(params: { siteId: string; entity: string; entityId: string }, tx: Db = db()) {
  return tx.revision.findFirst({ where: params, orderBy: { number: 'desc' } });
}

export function findRevision(params: { siteId: string; entity: string; entityId: string; number: number }, tx: Db = db()) {
  return tx.revision.findFirst({ where: params });
}

export function findRevisionById(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.revision.findFirst({ where: { siteId: params.siteId, id: params.id } });
}

export function findRevisions(params: { siteId: string; entity: string; entityId: string }) {
  return db().revision.findMany({
    where: params,
    orderBy: { number: 'desc' },
    select: { id: true, number: true, title: true, autosave: true, restoredFrom: true, createdBy: true, createdAt: true },
    take: 500,
  });
}

export function insertRevision(tx: Db, data: Prisma.RevisionUncheckedCreateInput) {
  return tx.revision.create({ data });
}

export async function updateRevision(tx: Db, params: { siteId: string; id: string; data: Prisma.RevisionUncheckedUpdateManyInput }) {
  return (await tx.revision.updateMany({ where: { siteId: params.siteId, id: params.id }, data: params.data })).count;
}

/** The acting person's membership, read fresh for every decision (a revoked role stops at once). */
export function findMembershipForDecision(params: { siteId: string; userId: string }, tx: Db = db()) {
  return tx.membership.findUnique({
    where: { siteId_userId: params },
    select: { role: true, categoryIds: true, approvalDelegated: true, user: { select: { disabledAt: true } } },
  });
}

/** Everyone on a site's board with a working address, for notifications. */
export function findSiteMembersForNotice(siteId: string, tx: Db = db()) {
  return tx.membership.findMany({
    where: { siteId, user: { disabledAt: null } },
    select: { userId: true, role: true, categoryIds: true, approvalDelegated: true, user: { select: { email: true, name: true } } },
  });
}

export function findUserNames(ids: string[], tx: Db = db()) {
  return tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });
}

export function findSiteForWorkflow(siteId: string, tx: Db = db()) {
  return tx.site.findUnique({
    where: { id: siteId },
    select: { id: true, name: true, status: true, parentId: true, domains: { where: { isPrimary: true }, select: { host: true } } },
  });
}

/** Items waiting on someone in the given sites (the console's "việc chờ xử lý"). */
export function findOpenEditorialItems(params: { siteIds: string[]; userId: string }) {
  return db().editorialItem.findMany({
    where: {
      siteId: { in: params.siteIds },
      OR: [
        { state: { in: ['SUBMITTED', 'REVIEWED', 'SCHEDULED'] as ContentStatus[] } },
        { state: { in: ['DRAFT', 'RETURNED'] as ContentStatus[] }, authorId: params.userId },
        { lastError: { not: null } },
      ],
    },
    orderBy: { updatedAt: 'desc' },
    take: 300,
    include: { site: { select: { name: true } } },
  });
}

export function findDelegations(siteId: string) {
  return db().membership.findMany({
    where: { siteId, role: 'BOARD_DEPUTY' },
    select: { id: true, approvalDelegated: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  });
}

export async function setDelegation(tx: Db, params: { siteId: string; membershipId: string; delegated: boolean }) {
  return (await tx.membership.updateMany({ where: { siteId: params.siteId, id: params.membershipId, role: 'BOARD_DEPUTY' }, data: { approvalDelegated: params.delegated } })).count;
}

export async function setCategoryLimits(tx: Db, params: { siteId: string; membershipId: string; categoryIds: string[] }) {
  return (await tx.membership.updateMany({ where: { siteId: params.siteId, id: params.membershipId, role: { in: ['EDITOR', 'CONTRIBUTOR'] } }, data: { categoryIds: params.categoryIds } })).count;
}

export function findEditorialStates(params: { siteId: string; entity: string; entityIds: string[] }) {
  return db().editorialItem.findMany({
    where: { siteId: params.siteId, entity: params.entity, entityId: { in: params.entityIds } },
    select: { entityId: true, state: true, lastError: true },
  });
}

export function findBoardMembers(siteId: string) {
  return db().membership.findMany({
    where: { siteId },
    select: { id: true, role: true, categoryIds: true, approvalDelegated: true, user: { select: { name: true, email: true, disabledAt: true } } },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
  });
}

export function findCategoryIdsOfSite(params: { siteId: string; ids: string[] }, tx: Db = db()) {
  return tx.category.findMany({ where: { siteId: params.siteId, id: { in: params.ids } }, select: { id: true } });
}

/** One membership of the site with what the board page changes (for the audit entry's "before"). */
export function findBoardMembership(params: { siteId: string; membershipId: string }, tx: Db = db()) {
  return tx.membership.findFirst({
    where: { siteId: params.siteId, id: params.membershipId },
    select: { id: true, role: true, approvalDelegated: true, categoryIds: true, user: { select: { email: true } } },
  });
}
