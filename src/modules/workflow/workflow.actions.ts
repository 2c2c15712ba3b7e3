'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { WORKFLOW_ADAPTERS } from '@/server/workflow-adapters';
import { AppError } from '@/server/errors';
import { acquireEditLock, restoreRevision, transition, type TransitionInput } from './workflow.service';

function adapterFor(entity: string) {
  const adapter = WORKFLOW_ADAPTERS[entity];
  if (!adapter) throw new AppError('NOT_FOUND', 'Loại nội dung không hợp lệ.');
  return adapter;
}

export type LockResult = { ok: true; lock: { mine: boolean; holder: string; since: string } | null } | { ok: false; message: string };

/**
 * The edit lock of any content item: 'check' only reports who holds it, 'take' takes or renews it (when the person
 * starts editing, then every minute), 'takeOver' takes it from whoever holds it (audited).
 */
export async function workflowLockAction(entity: string, siteId: string, entityId: string, mode: 'check' | 'take' | 'takeOver'): Promise<LockResult> {
  const { actor } = await requireAdmin();
  try {
    return { ok: true, lock: await acquireEditLock(actor, adapterFor(entity), { siteId, entityId, takeOver: mode === 'takeOver', checkOnly: mode === 'check' }) };
  } catch (e) {
    const r = toActionError(e, { action: 'workflowLock', siteId });
    return { ok: false, message: r.ok ? '' : r.message };
  }
}

/** Restores a revision of any content item as its new working draft. */
export async function restoreRevisionAction(entity: string, siteId: string, entityId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const adapter = adapterFor(entity);
    const n = Number(form.get('number'));
    const saved = await restoreRevision(actor, adapter, { siteId, entityId, number: n });
    const path = adapter.consolePath(siteId, entityId);
    revalidatePath(path);
    return { ok: true, message: `Đã khôi phục phiên bản ${n} thành phiên bản mới ${saved.revision} (bản nháp).`, redirectTo: path };
  } catch (e) {
    return toActionError(e, { action: 'restoreRevision', siteId });
  }
}

/** "datetime-local" values are typed in Vietnam's time (UTC+7), whatever the browser's zone. */
function vnDateTime(value: FormDataEntryValue | null): string | undefined {
  return typeof value === 'string' && value ? `${value}:00+07:00` : undefined;
}

const DONE: Record<string, string> = {
  submit: 'Đã gửi duyệt.',
  review: 'Đã biên tập xong và trình duyệt.',
  return: 'Đã trả lại tác giả.',
  approve: 'Đã duyệt và đăng.',
  schedule: 'Đã duyệt; nội dung sẽ tự đăng đúng giờ hẹn.',
  cancelSchedule: 'Đã hủy hẹn giờ.',
  unpublish: 'Đã gỡ.',
  archive: 'Đã chuyển vào lưu trữ.',
  reopen: 'Đã mở lại để sửa.',
};

/** One workflow step on any content item from the console; the service decides again whether this person may take it. */
export async function workflowStepAction(entity: string, siteId: string, entityId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = String(form.get('command') ?? '');
  try {
    const adapter = adapterFor(entity);
    await transition(actor, adapter, {
      siteId,
      entityId,
      action: command as TransitionInput['action'],
      reason: typeof form.get('reason') === 'string' ? String(form.get('reason')) : undefined,
      scheduledAt: vnDateTime(form.get('scheduledAt')),
      unpublishAt: vnDateTime(form.get('unpublishAt')),
    });
    const path = adapter.consolePath(siteId, entityId);
    revalidatePath(path);
    return { ok: true, message: DONE[command] ?? 'Đã thực hiện.', redirectTo: `${path}?buoc=${encodeURIComponent(command)}` };
  } catch (e) {
    return toActionError(e, { action: 'workflowStep', siteId });
  }
}
