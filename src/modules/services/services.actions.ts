'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { AppError } from '@/server/errors';
import { attachServiceForms, detachServiceForm } from './service-forms';
import { createService, deleteService, setServicePublished, updateService } from './services.service';
import type { ServiceInput } from './services.schemas';

const listPath = (siteId: string) => `/quan-tri/trang/${siteId}/dich-vu-cong`;

function serviceInput(form: FormData): ServiceInput {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    code: s('code') ?? '',
    name: s('name') ?? '',
    field: s('field') ?? '',
    level: s('level') ?? '',
    implementingBody: s('implementingBody') ?? '',
    applicants: s('applicants'),
    steps: s('steps'),
    channels: s('channels'),
    dossier: s('dossier'),
    timeLimit: s('timeLimit'),
    fees: s('fees'),
    result: s('result'),
    conditions: s('conditions'),
    legalBasis: s('legalBasis'),
    onlineUrl: s('onlineUrl'),
  };
}

/** Save (draft) or save-and-publish, from the procedure form. */
export async function saveServiceAction(siteId: string, serviceId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const publish = form.get('intent') === 'publish';
  try {
    if (serviceId) {
      await updateService(actor, siteId, serviceId, serviceInput(form));
      if (publish) await setServicePublished(actor, siteId, serviceId, true);
      revalidatePath(listPath(siteId), 'layout');
      return { ok: true, message: publish ? 'Đã lưu và đăng thủ tục.' : 'Đã lưu thủ tục.' };
    }
    const created = await createService(actor, siteId, serviceInput(form));
    if (publish) await setServicePublished(actor, siteId, created.id, true);
    revalidatePath(listPath(siteId), 'layout');
    return { ok: true, message: publish ? 'Đã đăng thủ tục.' : 'Đã lưu bản nháp.', redirectTo: `${listPath(siteId)}/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveService', siteId });
  }
}

/** Publish, withdraw or delete one procedure. */
export async function serviceCommandAction(siteId: string, serviceId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = form.get('command');
  try {
    if (command === 'delete') {
      await deleteService(actor, siteId, serviceId);
      revalidatePath(listPath(siteId), 'layout');
      return { ok: true, message: 'Đã xóa thủ tục.', redirectTo: listPath(siteId) };
    }
    if (command !== 'publish' && command !== 'unpublish') throw new AppError('VALIDATION', 'Thao tác không hợp lệ.');
    await setServicePublished(actor, siteId, serviceId, command === 'publish');
    revalidatePath(listPath(siteId), 'layout');
    return { ok: true, message: command === 'publish' ? 'Đã đăng thủ tục.' : 'Đã gỡ thủ tục khỏi trang công khai.' };
  } catch (e) {
    return toActionError(e, { action: 'serviceCommand', siteId });
  }
}

export async function attachServiceFormsAction(siteId: string, serviceId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const files = form.getAll('files').filter((f): f is File => f instanceof File);
    const title = form.get('title');
    const { attached } = await attachServiceForms(actor, siteId, serviceId, files, typeof title === 'string' ? title : undefined);
    revalidatePath(`${listPath(siteId)}/${serviceId}`);
    return { ok: true, message: attached.length ? `Đã thêm ${attached.length} biểu mẫu.` : 'Tệp này đã là biểu mẫu của thủ tục.' };
  } catch (e) {
    return toActionError(e, { action: 'attachServiceForms', siteId });
  }
}

export async function detachServiceFormAction(siteId: string, serviceId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await detachServiceForm(actor, siteId, serviceId, String(form.get('formId') ?? ''));
    revalidatePath(`${listPath(siteId)}/${serviceId}`);
    return { ok: true, message: 'Đã gỡ biểu mẫu (tệp vẫn còn trong thư viện).' };
  } catch (e) {
    return toActionError(e, { action: 'detachServiceForm', siteId });
  }
}
