import type { Db } from '@/server/db';
import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { bumpGenerations } from '@/modules/page-cache/cache-generations.repository';
import { findAuditEntries, insertAuditEntry } from './audit.repository';
import type { AuditFilter } from './audit.schemas';

/** Records one administrative or editorial action (O4) inside the caller's transaction. */
export async function recordAudit(
  tx: Db,
  actor: Actor,
  entry: { siteId: string | null; action: string; entity: string; entityId?: string; before?: unknown; after?: unknown },
): Promise<void> {
  await insertAuditEntry(tx, { ...entry, actorId: actor.userId, actorLabel: actor.label, ip: actor.ip ?? null });
  // Page cache (issue 7): every audited write is a change a visitor may see, so it makes the site's cached pages
  // (and its parents', which aggregate it) stale at commit. Tying it to the audit entry means no write path can
  // forget it. Site and domain changes alter host routing and directories everywhere.
  if (entry.entity === 'site' || entry.entity === 'domain') await bumpGenerations(tx, 'global');
  else if (entry.siteId) await bumpGenerations(tx, { siteId: entry.siteId });
}

export type AuditEntryDto = {
  id: string;
  createdAt: string;
  siteName: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export async function listAuditEntries(actor: Actor, filter: Pick<AuditFilter, 'page' | 'pageSize'> & Partial<AuditFilter>) {
  let siteIds: string[] | null = null;
  if (!actor.isPlatformAdmin) {
    siteIds = actor.memberships.filter((m) => m.role === 'SUPER_ADMIN' || m.role === 'BOARD_HEAD').map((m) => m.siteId);
    if (siteIds.length === 0) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem nhật ký hệ thống.');
  }
  const { items, total } = await findAuditEntries({ ...filter, siteIds });
  const dtos: AuditEntryDto[] = items.map((e) => ({
    id: e.id,
    createdAt: e.createdAt.toISOString(),
    siteName: e.site?.name ?? null,
    actorLabel: e.actorLabel,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
  }));
  return { items: dtos, total, page: filter.page, pageSize: filter.pageSize };
}
