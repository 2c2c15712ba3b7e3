'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import type { GalleryInput, GalleryItemInput } from './galleries.schemas';
import { workflowStepAction } from '@/modules/workflow/workflow.actions';
import { deleteGallery, galleryTransition } from './galleries.service';
import { saveGallery } from './save-gallery';

const str = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : undefined;
};

/** Rows come as items.<n>.<field>; a row ticked "Bỏ khỏi album" is left out. */
function itemsFromForm(form: FormData): GalleryItemInput[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of form.entries()) {
    const m = /^items\.(\d{1,3})\.(mediaId|videoUrl|alt|caption|position|remove)$/.exec(key);
    if (!m || typeof value !== 'string') continue;
    const row = rows.get(Number(m[1])) ?? {};
    row[m[2]!] = value;
    rows.set(Number(m[1]), row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => r)
    .filter((r) => !r.remove)
    .map((r) => ({ mediaId: r.mediaId || null, videoUrl: r.videoUrl, alt: r.alt, caption: r.caption, position: (r.position || '0') as unknown as number }));
}

function galleryInput(form: FormData): GalleryInput {
  return {
    kind: str(form, 'kind') === 'VIDEO' ? 'VIDEO' : 'PHOTO',
    title: str(form, 'title') ?? '',
    description: str(form, 'description'),
    coverId: str(form, 'coverId') || null,
    lang: str(form, 'lang') === 'en' ? 'en' : 'vi',
    translationOfId: str(form, 'translationOfId') || null,
    items: itemsFromForm(form),
    addMediaIds: form.getAll('addMediaIds').map(String).filter(Boolean),
    newAlt: str(form, 'newAlt'),
    newCaption: str(form, 'newCaption'),
    newVideoUrl: str(form, 'newVideoUrl'),
  };
}

/** Save (a version), or save and submit it for review, from the album editor, with uploads in the same submission. */
export async function saveGalleryAction(siteId: string, galleryId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const submit = form.get('intent') === 'submit';
  const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
  let target: string;
  try {
    const saved = await saveGallery(actor, siteId, galleryId, galleryInput(form), { files });
    if (submit) await galleryTransition(actor, siteId, saved.id, { action: 'submit' });
    revalidatePath(`/quan-tri/trang/${siteId}/thu-vien-anh`);
    target = `/quan-tri/trang/${siteId}/thu-vien-anh/${saved.id}?da-luu=${submit ? 'gui' : saved.pendingVersion ? 'phien-ban' : '1'}`;
  } catch (e) {
    return toActionError(e, { action: 'saveGallery', siteId });
  }
  // A server-side redirect rather than `redirectTo`: the editor is re-keyed by the saved version (to clear the
  // file input and show the new rows), which would drop a client-side redirect.
  redirect(target);
}

/** One workflow step on an album from the console, or its deletion by the board head; the services decide again. */
export async function galleryWorkflowAction(siteId: string, galleryId: string, prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    if (form.get('command') === 'delete') {
      await deleteGallery(actor, siteId, galleryId);
      revalidatePath(`/quan-tri/trang/${siteId}/thu-vien-anh`);
      return { ok: true, message: 'Đã xóa album.', redirectTo: `/quan-tri/trang/${siteId}/thu-vien-anh` };
    }
    return workflowStepAction('gallery', siteId, galleryId, prev, form);
  } catch (e) {
    return toActionError(e, { action: 'galleryWorkflow', siteId });
  }
}
