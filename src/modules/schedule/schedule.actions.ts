'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { AppError } from '@/server/errors';
import { formatIsoWeek, isoWeekOfDate, parseIsoWeek } from './iso-week';
import { createScheduleEntry, deleteScheduleEntry, publishScheduleWeek, setScheduleEntryPublished, updateScheduleEntry } from './schedule.service';

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

/** Save (draft) or save-and-publish, from the schedule entry form. */
export async function saveScheduleEntryAction(siteId: string, entryId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const publish = form.get('intent') === 'publish';
  try {
    if (entryId) {
      const saved = await updateScheduleEntry(actor, siteId, entryId, entryInput(form));
      if (publish) await setScheduleEntryPublished(actor, siteId, entryId, true);
      revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
      return { ok: true, message: publish ? 'Đã lưu và đăng lịch.' : 'Đã lưu lịch công tác.', redirectTo: `${weekPath(siteId, saved.date)}&da-luu=1` };
    }
    const created = await createScheduleEntry(actor, siteId, entryInput(form), { publish });
    revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
    return { ok: true, message: publish ? 'Đã đăng lịch.' : 'Đã lưu bản nháp.', redirectTo: `${weekPath(siteId, created.date)}&da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveScheduleEntry', siteId });
  }
}

/** Publish, withdraw or delete one entry. */
export async function scheduleEntryCommandAction(siteId: string, entryId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = form.get('command');
  try {
    if (command === 'delete') {
      await deleteScheduleEntry(actor, siteId, entryId);
      revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
      const week = typeof form.get('tuan') === 'string' ? parseIsoWeek(String(form.get('tuan'))) : null;
      return { ok: true, message: 'Đã xóa mục lịch.', redirectTo: `/quan-tri/trang/${siteId}/lich-cong-tac${week ? `?tuan=${formatIsoWeek(week)}` : ''}` };
    }
    if (command !== 'publish' && command !== 'unpublish') throw new AppError('VALIDATION', 'Thao tác không hợp lệ.');
    await setScheduleEntryPublished(actor, siteId, entryId, command === 'publish');
    revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
    return { ok: true, message: command === 'publish' ? 'Đã đăng mục lịch.' : 'Đã gỡ mục lịch khỏi trang công khai.' };
  } catch (e) {
    return toActionError(e, { action: 'scheduleEntryCommand', siteId });
  }
}

/** Publish every draft of the week shown in the console. */
export async function publishScheduleWeekAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const week = parseIsoWeek(String(form.get('tuan') ?? ''));
    if (!week) throw new AppError('VALIDATION', 'Tuần không hợp lệ.');
    const count = await publishScheduleWeek(actor, siteId, week);
    revalidatePath(`/quan-tri/trang/${siteId}/lich-cong-tac`, 'layout');
    return { ok: true, message: count > 0 ? `Đã đăng ${count} mục lịch của tuần ${week.week}.` : 'Tuần này không còn bản nháp nào để đăng.' };
  } catch (e) {
    return toActionError(e, { action: 'publishScheduleWeek', siteId });
  }
}
