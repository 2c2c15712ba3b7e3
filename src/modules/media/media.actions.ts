'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { deleteMedia, updateMediaDetails, uploadMedia } from './media.service';

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : undefined;
};

/** Upload one or several files from the media library; each is checked on its own. */
export async function uploadMediaAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) return { ok: false, message: 'Hãy chọn ít nhất một tệp để tải lên.', fields: { files: 'Hãy chọn ít nhất một tệp để tải lên.' } };
  const done: string[] = [];
  try {
    for (const file of files) {
      await uploadMedia(actor, siteId, file, { alt: text(form, 'alt'), caption: text(form, 'caption') });
      done.push(file.name);
    }
    revalidatePath(`/quan-tri/trang/${siteId}/thu-vien`);
    return { ok: true, message: `Đã tải lên ${done.length} tệp.` };
  } catch (e) {
    const result = toActionError(e, { action: 'uploadMedia', siteId });
    if (!result.ok && done.length > 0) return { ...result, message: `Đã tải lên ${done.length} tệp; ${result.message}` };
    if (!result.ok && result.fields?.file) return { ...result, fields: { files: result.fields.file } };
    return result;
  }
}

export async function updateMediaAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await updateMediaDetails(actor, siteId, String(form.get('mediaId') ?? ''), { alt: text(form, 'alt'), caption: text(form, 'caption') });
    revalidatePath(`/quan-tri/trang/${siteId}/thu-vien`);
    return { ok: true, message: 'Đã lưu mô tả của tệp.' };
  } catch (e) {
    return toActionError(e, { action: 'updateMedia', siteId });
  }
}

export async function deleteMediaAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await deleteMedia(actor, siteId, String(form.get('mediaId') ?? ''));
    revalidatePath(`/quan-tri/trang/${siteId}/thu-vien`);
    return { ok: true, message: 'Đã xóa tệp.' };
  } catch (e) {
    return toActionError(e, { action: 'deleteMedia', siteId });
  }
}
