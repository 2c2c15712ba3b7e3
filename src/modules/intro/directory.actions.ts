'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { createDirectoryEntry, deleteDirectoryEntry, moveDirectoryEntry, updateDirectoryEntry } from './directory.service';
import type { DirectoryEntryInput } from './intro.schemas';

function entryInput(form: FormData): DirectoryEntryInput {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return { unit: s('unit') ?? '', unitEn: s('unitEn'), holder: s('holder'), email: s('email') ?? '', phone: s('phone') };
}

/** Adds an entry, or saves an existing one, in the official e-mail directory (C7). */
export async function saveDirectoryEntryAction(siteId: string, entryId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    if (entryId) {
      await updateDirectoryEntry(actor, siteId, entryId, entryInput(form));
      revalidatePath(`/quan-tri/trang/${siteId}/danh-ba`);
      return { ok: true, message: 'Đã lưu mục danh bạ.', redirectTo: `/quan-tri/trang/${siteId}/danh-ba?da-luu=1` };
    }
    await createDirectoryEntry(actor, siteId, entryInput(form));
    revalidatePath(`/quan-tri/trang/${siteId}/danh-ba`);
    return { ok: true, message: 'Đã thêm vào danh bạ.' };
  } catch (e) {
    return toActionError(e, { action: 'saveDirectoryEntry', siteId });
  }
}

/** Move up, move down or delete one entry. */
export async function directoryCommandAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const entryId = String(form.get('entryId') ?? '');
  const command = form.get('command');
  try {
    if (command === 'delete') {
      await deleteDirectoryEntry(actor, siteId, entryId);
      revalidatePath(`/quan-tri/trang/${siteId}/danh-ba`);
      return { ok: true, message: 'Đã xóa mục danh bạ.' };
    }
    await moveDirectoryEntry(actor, siteId, entryId, command);
    revalidatePath(`/quan-tri/trang/${siteId}/danh-ba`);
    return { ok: true, message: 'Đã đổi thứ tự.' };
  } catch (e) {
    return toActionError(e, { action: 'directoryCommand', siteId });
  }
}
