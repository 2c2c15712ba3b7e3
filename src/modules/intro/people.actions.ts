'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { workflowStepAction } from '@/modules/workflow/workflow.actions';
import { createPerson, deletePerson, personTransition, updatePerson } from './people.service';
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

/** Save (a version), or save and submit it for review, for a leader or contact person (C2, C7, E2). */
export async function savePersonAction(siteId: string, personId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const submit = form.get('intent') === 'submit';
  try {
    if (personId) {
      const saved = await updatePerson(actor, siteId, personId, personInput(form));
      if (submit) await personTransition(actor, siteId, personId, { action: 'submit' });
      revalidatePath(`/quan-tri/trang/${siteId}/nhan-su/${personId}`);
      const pending = saved.pendingVersion ? ' Thông tin đang đăng không đổi cho đến khi phiên bản mới được duyệt.' : '';
      return { ok: true, message: submit ? `Đã lưu phiên bản ${saved.revision} và gửi duyệt.` : `Đã lưu phiên bản ${saved.revision}.${pending}` };
    }
    const created = await createPerson(actor, siteId, personInput(form));
    if (submit) await personTransition(actor, siteId, created.id, { action: 'submit' });
    revalidatePath(`/quan-tri/trang/${siteId}/nhan-su`);
    return { ok: true, message: submit ? 'Đã lưu và gửi duyệt.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/nhan-su/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'savePerson', siteId });
  }
}

/** One workflow step on a person from the console, or their deletion by the board head; the services decide again. */
export async function personWorkflowAction(siteId: string, personId: string, prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    if (form.get('command') === 'delete') {
      await deletePerson(actor, siteId, personId);
      revalidatePath(`/quan-tri/trang/${siteId}/nhan-su`);
      return { ok: true, message: 'Đã xóa.', redirectTo: `/quan-tri/trang/${siteId}/nhan-su` };
    }
    return workflowStepAction('person', siteId, personId, prev, form);
  } catch (e) {
    return toActionError(e, { action: 'personWorkflow', siteId });
  }
}
