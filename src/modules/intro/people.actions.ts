'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { createPerson, deletePerson, setPersonPublished, updatePerson } from './people.service';
import type { PersonInput } from './intro.schemas';

function personInput(form: FormData): PersonInput {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    name: s('name') ?? '',
    jobTitle: s('jobTitle') ?? '',
    unit: s('unit'),
    duties: s('duties'),
    phone: s('phone'),
    email: s('email'),
    photoId: s('photoId') || null,
    isLeader: s('isLeader') === 'on',
    isSiteContact: s('isSiteContact') === 'on',
    position: (s('position') ?? '0') as unknown as number,
    lang: s('lang') === 'en' ? 'en' : 'vi',
    translationOfId: s('translationOfId') || null,
  };
}

/** Save (draft) or save-and-publish a leader or contact person (C2, C7). */
export async function savePersonAction(siteId: string, personId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const publish = form.get('intent') === 'publish';
  try {
    if (personId) {
      await updatePerson(actor, siteId, personId, personInput(form));
      if (publish) await setPersonPublished(actor, siteId, personId, true);
      revalidatePath(`/quan-tri/trang/${siteId}/nhan-su`);
      return { ok: true, message: publish ? 'Đã lưu và đăng.' : 'Đã lưu.' };
    }
    const created = await createPerson(actor, siteId, personInput(form), { publish });
    revalidatePath(`/quan-tri/trang/${siteId}/nhan-su`);
    return { ok: true, message: publish ? 'Đã đăng.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/nhan-su/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'savePerson', siteId });
  }
}

export async function personCommandAction(siteId: string, personId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = form.get('command');
  try {
    if (command === 'delete') {
      await deletePerson(actor, siteId, personId);
      revalidatePath(`/quan-tri/trang/${siteId}/nhan-su`);
      return { ok: true, message: 'Đã xóa.', redirectTo: `/quan-tri/trang/${siteId}/nhan-su` };
    }
    await setPersonPublished(actor, siteId, personId, command === 'publish');
    revalidatePath(`/quan-tri/trang/${siteId}/nhan-su/${personId}`);
    return { ok: true, message: command === 'publish' ? 'Đã đăng.' : 'Đã gỡ khỏi trang công khai.' };
  } catch (e) {
    return toActionError(e, { action: 'personCommand', siteId });
  }
}
