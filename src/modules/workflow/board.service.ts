import { z } from 'zod';
import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { ROLE_LABELS, type SiteRoleName } from '@/modules/users/roles';
import { findBoardMembers, findBoardMembership, findCategoryIdsOfSite, findMembershipForDecision, setCategoryLimits, setDelegation } from './workflow.repository';

const roleOn = (actor: Actor, siteId: string) => actor.memberships.find((m) => m.siteId === siteId)?.role;

/** Changes are decided on the role read fresh from `memberships` (a head replaced a minute ago no longer decides). */
async function freshRole(actor: Actor, siteId: string): Promise<string | null> {
  if (!actor.userId) return null;
  const m = await findMembershipForDecision({ siteId, userId: actor.userId });
  return m && !m.user.disabledAt ? m.role : null;
}

/** E1: who is on the site's board, with delegations and category limits. Members of the site may look. */
export async function listBoard(actor: Actor, siteId: string) {
  const role = roleOn(actor, siteId);
  if (!role) throw new AppError('FORBIDDEN', 'Bạn không thuộc trang này.');
  const rows = await findBoardMembers(siteId);
  return {
    canDelegate: role === 'BOARD_HEAD',
    canLimit: role === 'BOARD_HEAD' || role === 'SUPER_ADMIN',
    members: rows.map((m) => ({
      id: m.id,
      name: m.user.name,
      email: m.user.email,
      disabled: !!m.user.disabledAt,
      role: m.role as SiteRoleName,
      roleLabel: ROLE_LABELS[m.role as SiteRoleName],
      approvalDelegated: m.approvalDelegated,
      categoryIds: m.categoryIds,
    })),
  };
}

const DelegationSchema = z.object({ membershipId: z.uuid({ error: 'Thành viên không hợp lệ.' }), delegated: z.boolean() });

/** The head delegates approval to a deputy (or takes it back); recorded. */
export async function setApprovalDelegation(actor: Actor, siteId: string, input: z.input<typeof DelegationSchema>) {
  const d = parseInput(DelegationSchema, input);
  if ((await freshRole(actor, siteId)) !== 'BOARD_HEAD') throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập được ủy quyền duyệt bài.');
  await withTransaction(async (tx) => {
    const before = await findBoardMembership({ siteId, membershipId: d.membershipId }, tx);
    if (!before || (await setDelegation(tx, { siteId, membershipId: d.membershipId, delegated: d.delegated })) === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy Phó trưởng ban này trên trang.');
    await recordAudit(tx, actor, {
      siteId,
      action: 'board.delegation',
      entity: 'membership',
      entityId: d.membershipId,
      before: { member: before.user.email, approvalDelegated: before.approvalDelegated },
      after: { member: before.user.email, approvalDelegated: d.delegated },
    });
  });
}

const LimitsSchema = z.object({
  membershipId: z.uuid({ error: 'Thành viên không hợp lệ.' }),
  categoryIds: z.array(z.uuid({ error: 'Chuyên mục không hợp lệ.' })).max(200),
});

/** E1: editors and contributors limited to some categories (none: all); the head or the site's super-admin decides. */
export async function setMemberCategories(actor: Actor, siteId: string, input: z.input<typeof LimitsSchema>) {
  const d = parseInput(LimitsSchema, input);
  const role = await freshRole(actor, siteId);
  if (role !== 'BOARD_HEAD' && role !== 'SUPER_ADMIN') throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban hoặc quản trị trang được phân công chuyên mục.');
  await withTransaction(async (tx) => {
    const found = await findCategoryIdsOfSite({ siteId, ids: d.categoryIds }, tx);
    if (found.length !== new Set(d.categoryIds).size) throw new AppError('VALIDATION', 'Chuyên mục không thuộc trang này.');
    const before = await findBoardMembership({ siteId, membershipId: d.membershipId }, tx);
    const categoryIds = [...new Set(d.categoryIds)];
    if (!before || (await setCategoryLimits(tx, { siteId, membershipId: d.membershipId, categoryIds })) === 0) {
      throw new AppError('NOT_FOUND', 'Chỉ biên tập viên và cộng tác viên của trang được giới hạn chuyên mục.');
    }
    await recordAudit(tx, actor, {
      siteId,
      action: 'board.categories',
      entity: 'membership',
      entityId: d.membershipId,
      before: { member: before.user.email, categoryIds: before.categoryIds },
      after: { member: before.user.email, categoryIds },
    });
  });
}
