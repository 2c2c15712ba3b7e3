'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { createLink, createLinkGroup, deleteLink, deleteLinkGroup, updateLink, updateLinkGroup } from './links.service';

const str = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
};

const groupInput = (form: FormData) => ({ name: str(form, 'name'), nameEn: str(form, 'nameEn'), position: (str(form, 'position') || '0') as unknown as number });
const linkInput = (form: FormData) => ({
  groupId: str(form, 'groupId'),
  label: str(form, 'label'),
  labelEn: str(form, 'labelEn'),
  url: str(form, 'url'),
  position: (str(form, 'position') || '0') as unknown as number,
});

/** One action for the link manager's forms: the submit button says what to do. */
export async function linkGroupAction(siteId: string, groupId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    let message: string;
    if (!groupId) {
      await createLinkGroup(actor, siteId, groupInput(form));
      message = 'Đã thêm nhóm liên kết.';
    } else if (form.get('intent') === 'delete') {
      await deleteLinkGroup(actor, siteId, groupId);
      message = 'Đã xóa nhóm liên kết.';
    } else {
      await updateLinkGroup(actor, siteId, groupId, groupInput(form));
      message = 'Đã lưu nhóm liên kết.';
    }
    revalidatePath(`/quan-tri/trang/${siteId}/lien-ket`);
    return { ok: true, message };
  } catch (e) {
    return toActionError(e, { action: 'linkGroup', siteId });
  }
}

export async function linkAction(siteId: string, linkId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    let message: string;
    if (!linkId) {
      await createLink(actor, siteId, linkInput(form));
      message = 'Đã thêm liên kết.';
    } else if (form.get('intent') === 'delete') {
      await deleteLink(actor, siteId, linkId);
      message = 'Đã xóa liên kết.';
    } else {
      await updateLink(actor, siteId, linkId, linkInput(form));
      message = 'Đã lưu liên kết.';
    }
    revalidatePath(`/quan-tri/trang/${siteId}/lien-ket`);
    return { ok: true, message };
  } catch (e) {
    return toActionError(e, { action: 'link', siteId });
  }
}
