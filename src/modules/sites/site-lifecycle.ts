import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { countChildrenNotArchived, findAllSites, findSiteById, updateSiteRow } from './sites.repository';
import { ArchiveSiteSchema, MoveSiteSchema, SetStatusSchema } from './sites.schemas';
import { toSiteDto, type SiteDto } from './sites.dto';
import { loadSite, requireManager } from './sites.service';

/** Site lifecycle use cases (T3): suspend/reactivate, archive (mergers), move in the tree. */

/** Suspends or reactivates a site; a suspended site keeps everything (T3, seed 003 Đ21.3). */
export async function setSiteStatus(actor: Actor, siteId: string, input: { status: string }): Promise<SiteDto> {
  requireManager(actor);
  const { status } = parseInput(SetStatusSchema, input);
  const before = await loadSite(siteId);
  if (before.status === 'ARCHIVED') throw new AppError('RULE_VIOLATION', 'Trang đã lưu trữ không thể tạm ngừng hay mở lại.');
  if (!before.parentId && status === 'SUSPENDED') throw new AppError('RULE_VIOLATION', 'Không thể tạm ngừng cổng gốc của tỉnh.');
  if (before.status === status) return toSiteDto(before);
  const after = await withTransaction(async (tx) => {
    const row = await updateSiteRow(tx, siteId, { status, suspendedAt: status === 'SUSPENDED' ? new Date() : null });
    await recordAudit(tx, actor, {
      siteId,
      action: status === 'SUSPENDED' ? 'site.suspend' : 'site.reactivate',
      entity: 'site',
      entityId: siteId,
      before: { status: before.status },
      after: { status },
    });
    await contentChanged(tx, { siteId, type: 'site', id: siteId, change: status === 'SUSPENDED' ? 'unpublished' : 'published' });
    return row;
  });
  return toSiteDto(after);
}

/** Archives a site (merged or dissolved units). Children must be moved or archived first. */
export async function archiveSite(actor: Actor, siteId: string, input: { successorId?: string | null }): Promise<SiteDto> {
  requireManager(actor);
  const { successorId } = parseInput(ArchiveSiteSchema, input);
  const before = await loadSite(siteId);
  if (!before.parentId) throw new AppError('RULE_VIOLATION', 'Không thể lưu trữ cổng gốc của tỉnh.');
  if (before.status === 'ARCHIVED') return toSiteDto(before);
  const children = await countChildrenNotArchived(siteId);
  if (children > 0) {
    throw new AppError('RULE_VIOLATION', `Đơn vị còn ${children} trang con đang hoạt động; hãy chuyển hoặc lưu trữ chúng trước.`);
  }
  if (successorId) {
    if (successorId === siteId) throw new AppError('VALIDATION', 'Đơn vị kế thừa phải là một đơn vị khác.', { successorId: 'Chọn đơn vị khác.' });
    const successor = await findSiteById(successorId);
    if (!successor || successor.status === 'ARCHIVED') {
      throw new AppError('VALIDATION', 'Đơn vị kế thừa không tồn tại hoặc đã lưu trữ.', { successorId: 'Đơn vị kế thừa không hợp lệ.' });
    }
  }
  const after = await withTransaction(async (tx) => {
    const row = await updateSiteRow(tx, siteId, { status: 'ARCHIVED', archivedAt: new Date(), successorId: successorId ?? null });
    await recordAudit(tx, actor, {
      siteId,
      action: 'site.archive',
      entity: 'site',
      entityId: siteId,
      before: { status: before.status },
      after: { status: 'ARCHIVED', successorId: successorId ?? null },
    });
    await contentChanged(tx, { siteId, type: 'site', id: siteId, change: 'unpublished' });
    return row;
  });
  return toSiteDto(after);
}

/**
 * Moves a site under another parent (units merge and regroup, 2025 two-tier reform). Hostnames
 * stay as they are; the administrator adds a new primary host under the new parent if wanted.
 */
export async function moveSite(actor: Actor, siteId: string, input: { parentId: string }): Promise<SiteDto> {
  requireManager(actor);
  const { parentId } = parseInput(MoveSiteSchema, input);
  const site = await loadSite(siteId);
  if (!site.parentId) throw new AppError('RULE_VIOLATION', 'Không thể chuyển cổng gốc của tỉnh.');
  if (parentId === site.parentId) return toSiteDto(site);
  const all = await findAllSites();
  const target = all.find((s) => s.id === parentId);
  if (!target) throw new AppError('VALIDATION', 'Đơn vị cấp trên không tồn tại.', { parentId: 'Đơn vị cấp trên không tồn tại.' });
  if (target.status === 'ARCHIVED') throw new AppError('RULE_VIOLATION', `Đơn vị "${target.name}" đã lưu trữ.`, { parentId: 'Đơn vị cấp trên đã lưu trữ.' });
  // Walk up from the target: meeting the site itself means the move would create a cycle.
  const byId = new Map(all.map((s) => [s.id, s]));
  for (let cur: (typeof all)[number] | undefined = target; cur; cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
    if (cur.id === siteId) throw new AppError('RULE_VIOLATION', 'Không thể chuyển một đơn vị vào chính nó hoặc đơn vị con của nó.', { parentId: 'Chọn đơn vị khác.' });
  }
  const after = await withTransaction(async (tx) => {
    const row = await updateSiteRow(tx, siteId, { parentId });
    await recordAudit(tx, actor, { siteId, action: 'site.move', entity: 'site', entityId: siteId, before: { parentId: site.parentId }, after: { parentId } });
    await contentChanged(tx, { siteId, type: 'site', id: siteId, change: 'saved' });
    return row;
  });
  return toSiteDto(after);
}
