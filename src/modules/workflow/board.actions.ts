'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { setApprovalDelegation, setMemberCategories } from './board.service';

export async function delegationAction(siteId: string, membershipId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const delegated = form.get('delegated') === '1';
    await setApprovalDelegation(actor, siteId, { membershipId, delegated });
    revalidatePath(`/quan-tri/trang/${siteId}/ban-bien-tap`);
    return { ok: true, message: delegated ? 'Đã ủy quyền duyệt bài.' : 'Đã thu hồi ủy quyền duyệt bài.' };
  } catch (e) {
    return toActionError(e, { action: 'delegation', siteId });
  }
}

export async function categoryLimitsAction(siteId: string, membershipId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const categoryIds = form.getAll('categoryIds').map(String);
    await setMemberCategories(actor, siteId, { membershipId, categoryIds });
    revalidatePath(`/quan-tri/trang/${siteId}/ban-bien-tap`);
    return { ok: true, message: categoryIds.length ? `Đã giới hạn trong ${categoryIds.length} chuyên mục.` : 'Được viết trong mọi chuyên mục.' };
  } catch (e) {
    return toActionError(e, { action: 'categoryLimits', siteId });
  }
}
