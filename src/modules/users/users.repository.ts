import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma, SiteRole } from '@/generated/prisma/client';

export function findUserByEmail(email: string, tx: Db = db()) {
  return tx.user.findUnique({ where: { email: email.toLowerCase() } });
}

export function findUserById(id: string, tx: Db = db()) {
  return tx.user.findUnique({ where: { id } });
}

/** The session check of every request: is the account still valid, which sites and roles. */
export function findSessionUser(id: string) {
  return db().user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      isPlatformAdmin: true,
      disabledAt: true,
      sessionVersion: true,
      passwordChangedAt: true,
      memberships: { select: { siteId: true, role: true } },
    },
  });
}

export function insertUser(tx: Db, data: Prisma.UserCreateInput) {
  return tx.user.create({ data });
}

export function updateUserRow(tx: Db, id: string, data: Prisma.UserUpdateInput) {
  return tx.user.update({ where: { id }, data });
}

export function findSuperAdminOfSite(siteId: string, tx: Db = db()) {
  return tx.membership.findFirst({
    where: { siteId, role: 'SUPER_ADMIN' },
    select: { id: true, user: { select: { id: true, email: true, name: true } } },
  });
}

export function findMembersOfSite(siteId: string, tx: Db = db()) {
  return tx.membership.findMany({
    where: { siteId },
    select: { id: true, role: true, user: { select: { id: true, email: true, name: true, disabledAt: true } } },
    orderBy: { createdAt: 'asc' },
  });
}

export function findMembership(params: { siteId: string; userId: string }, tx: Db = db()) {
  return tx.membership.findUnique({ where: { siteId_userId: { siteId: params.siteId, userId: params.userId } } });
}

export function insertMembership(tx: Db, data: { siteId: string; userId: string; role: SiteRole }) {
  return tx.membership.create({ data });
}

export function findAllUsers() {
  return db().user.findMany({
    orderBy: { email: 'asc' },
    select: {
      id: true,
      email: true,
      name: true,
      isPlatformAdmin: true,
      disabledAt: true,
      memberships: { select: { role: true, site: { select: { id: true, name: true } } } },
    },
  });
}
