'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { AppError } from '@/server/errors';
import { formatIsoWeek, isoWeekOfDate, parseIsoWeek } from './iso-week';
import { marksFromForm } from '@/modules/content/protection-marks';
import { workflowStepAction } from '@/modules/workflow/workflow.actions';
import { approveScheduleWeek, createScheduleEntry, deleteScheduleEntry, getScheduleEntryForEditing, scheduleEntryTransition, updateScheduleEntry } from './schedule.service';

function entryInput(form: FormData) {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    date: s('date') ?? '',
    startTime: s('startTime'),
    endTime: s('endTime'),
    leader: s('leader') ?? '',
    content: s('content') ?? '',
    place: s('place'),
    participants: s('participants'),
    preparedBy: s('preparedBy'),
    lang: (s('lang') === 'en' ? 'en' : 'vi') as 'vi' | 'en',
  };
}

const weekPath = (siteId: string, date: string) => `/quan-tri/trang/${siteId}/lich-cong-tac?tuan=${formatIsoWeek(isoWeekOfDate(date))}`;

/** Save (a version), or save and submit it for review, from the schedule entry form. */
export async function saveScheduleEntryAction(siteId: string, entryId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const submit = form.get('intent') === 'submit';
  try {
    if (entryId) {
      const saved = await updateScheduleEntry(actor, siteId, entryId, entryInput(form), { marks: marksFromForm(form) });
      if (submit) await scheduleEntryTransition(actor, siteId, entryId, { action: 'submit' });
      revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
      const pending = saved.pendingVersion ? ' Bản đang đăng không đổi cho đến khi phiên bản mới được duyệt.' : '';
      return { ok: true, message: submit ? `Đã lưu phiên bản ${saved.revision} và gửi duyệt.` : `Đã lưu phiên bản ${saved.revision}.${pending}` };
    }
    const created = await createScheduleEntry(actor, siteId, entryInput(form), { marks: marksFromForm(form) });
    if (submit) await scheduleEntryTransition(actor, siteId, created.id, { action: 'submit' });
    revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
    return { ok: true, message: submit ? 'Đã lưu và gửi duyệt.' : 'Đã lưu bản nháp.', redirectTo: `${weekPath(siteId, created.date)}&da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveScheduleEntry', siteId });
  }
}

/** A workflow step from the console (the service decides again whether this person may take it), or delete. */
export async function scheduleEntryCommandAction(siteId: string, entryId: string, prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    if (form.get('command') === 'delete') {
      const entry = await getScheduleEntryForEditing(actor, siteId, entryId);
      await deleteScheduleEntry(actor, siteId, entryId);
      revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
      return { ok: true, message: 'Đã xóa mục lịch.', redirectTo: entry ? weekPath(siteId, entry.date) : `/quan-tri/trang/${siteId}/lich-cong-tac` };
    }
    return workflowStepAction('schedule', siteId, entryId, prev, form);
  } catch (e) {
    return toActionError(e, { action: 'scheduleEntryCommand', siteId });
  }
}

/** Approve and publish every entry of the week shown in the console that waits for approval. */
export async function approveScheduleWeekAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  let confirmed: string;
  try {
    const week = parseIsoWeek(String(form.get('tuan') ?? ''));
    if (!week) throw new AppError('VALIDATION', 'Tuần không hợp lệ.');
    const { approved, refused } = await approveScheduleWeek(actor, siteId, week);
    revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
    const done = approved > 0 ? `Đã duyệt và đăng ${approved} mục lịch của tuần ${week.week}.` : 'Tuần này không có mục nào được đăng.';
    if (refused.length > 0) {
      const why = refused.map((r) => ` «${r.content}»: ${r.message}`).join('');
      const message = `${done} Chưa đăng được ${refused.length} mục:${why}`;
      return approved > 0 ? { ok: true, message } : { ok: false, message };
    }
    confirmed = `/quan-tri/trang/${siteId}/lich-cong-tac?tuan=${formatIsoWeek(week)}&da-duyet=${approved}`;
  } catch (e) {
    return toActionError(e, { action: 'approveScheduleWeek', siteId });
  }
  // The button goes away with the last entry waiting (and its message with it), so the confirmation travels in the
  // address: a server-side redirect, which the client follows even though the form's component is gone.
  redirect(confirmed);
}
