import type { Db } from '@/server/db';
import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { bumpGenerations } from '@/modules/page-cache/cache-generations.repository';
import { parseInput } from '@/server/validation';
import { auditActionLabel, auditStepLabel, auditTransition } from './audit-labels';
import { findAuditEntries, findItemHistory, insertAuditEntry } from './audit.repository';
import { ItemHistorySchema, type AuditFilter } from './audit.schemas';

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
  /** "Bài viết: Duyệt và đăng"; the raw action when it has no Vietnamese name. */
  actionLabel: string;
  /** Workflow steps: the states before and after (Vietnamese) and the reason given. */
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
};

/**
 * O4 search. Platform admins see everything (platform-wide entries too); a site's super-admin and board head see
 * the entries of their sites only — the site list goes into the query, so a site filter cannot widen it.
 */
export async function listAuditEntries(actor: Actor, filter: Pick<AuditFilter, 'page' | 'pageSize'> & Partial<AuditFilter>) {
  const siteIds = auditSitesOf(actor);
  if (siteIds !== null && siteIds.length === 0) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem nhật ký hệ thống.');
  const { items, total } = await findAuditEntries({ ...filter, siteIds });
  const dtos: AuditEntryDto[] = items.map((e) => ({
    id: e.id,
    createdAt: e.createdAt.toISOString(),
    siteName: e.site?.name ?? null,
    actorLabel: e.actorLabel,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    actionLabel: auditActionLabel(e.action),
    ...transitionOf(e.before, e.after),
    before: e.before,
    after: e.after,
  }));
  return { items: dtos, total, page: filter.page, pageSize: filter.pageSize };
}

/** The sites whose entries the actor may read; null = all (platform admin). */
export function auditSitesOf(actor: Actor): string[] | null {
  if (actor.isPlatformAdmin) return null;
  return actor.memberships.filter((m) => m.role === 'SUPER_ADMIN' || m.role === 'BOARD_HEAD').map((m) => m.siteId);
}

function transitionOf(before: unknown, after: unknown) {
  const t = auditTransition(before, after);
  return { fromState: t.from, toState: t.to, reason: t.reason };
}

export type ItemHistoryEntryDto = { id: string; createdAt: string; actorLabel: string; action: string; stepLabel: string; fromState: string | null; toState: string | null; reason: string | null };

/**
 * One item's history (who did what, when, from which state to which, why) for its editor page. Anyone of the
 * site's board may read it — it is the item's own record, not the site-wide log.
 */
export async function listItemHistory(actor: Actor, siteId: string, input: { entity: string; entityId: string }, limit = 100): Promise<ItemHistoryEntryDto[]> {
  const q = parseInput(ItemHistorySchema, input);
  if (!actor.isPlatformAdmin && !actor.memberships.some((m) => m.siteId === siteId)) throw new AppError('FORBIDDEN', 'Bạn không thuộc trang này.');
  const rows = await findItemHistory({ siteId, entity: q.entity, entityId: q.entityId, take: Math.min(Math.max(limit, 1), 500) });
  return rows.map((e) => ({
    id: e.id,
    createdAt: e.createdAt.toISOString(),
    actorLabel: e.actorLabel,
    action: e.action,
    stepLabel: auditStepLabel(e.action) ?? e.action,
    ...transitionOf(e.before, e.after),
  }));
}
