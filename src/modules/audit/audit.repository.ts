import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

export type AuditEntryInput = {
  siteId: string | null;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

function json(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export async function insertAuditEntry(tx: Db, entry: AuditEntryInput): Promise<void> {
  await tx.auditLog.create({
    data: {
      siteId: entry.siteId,
      actorId: entry.actorId,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      ip: entry.ip ?? null,
    },
  });
}

export type AuditQuery = {
  /** Sites the reader may see; null = every site and platform-wide entries (platform admin). */
  siteIds: string[] | null;
  siteId?: string;
  action?: string;
  actor?: string;
  entityId?: string;
  /** Start of the first day (inclusive). */
  from?: Date;
  /** Start of the last day (inclusive): entries before the day after it. */
  to?: Date;
  page: number;
  pageSize: number;
};

export async function findAuditEntries(q: AuditQuery) {
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      q.siteIds === null ? {} : { siteId: { in: q.siteIds } },
      q.siteId ? { siteId: q.siteId } : {},
      q.action ? { action: { startsWith: q.action } } : {},
      q.actor ? { actorLabel: { contains: q.actor, mode: 'insensitive' } } : {},
      q.entityId ? { entityId: q.entityId } : {},
      q.from ? { createdAt: { gte: q.from } } : {},
      q.to ? { createdAt: { lt: new Date(q.to.getTime() + 86_400_000) } } : {},
    ],
  };
  const [items, total] = await Promise.all([
    db().auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      include: { site: { select: { name: true } } },
    }),
    db().auditLog.count({ where }),
  ]);
  return { items, total };
}

/** The history of one item of one site (O4), newest first. */
export function findItemHistory(params: { siteId: string; entity: string; entityId: string; take: number }) {
  return db().auditLog.findMany({
    where: { siteId: params.siteId, entity: params.entity, entityId: params.entityId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: params.take,
    select: { id: true, createdAt: true, actorLabel: true, action: true, before: true, after: true },
  });
}
