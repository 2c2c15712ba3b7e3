'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { AppError } from '@/server/errors';
import { publicRequest } from '@/server/public-request';
import { assertNotSpam, typedValues, type PublicFormResult } from '@/modules/public-forms/public-form';
import { createConsultation, moderateComment, publishReport, setConsultationPublished, submitComment, updateConsultation } from './consultations.service';
import type { ConsultationInput } from './consultations.schemas';

const s = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === 'string' ? v : undefined;
};

/** Public: a comment on a draft (I2). The site comes from the request, the draft from its slug on that site. */
export async function submitCommentAction(slug: string, _prev: PublicFormResult | null, form: FormData): Promise<PublicFormResult> {
  try {
    const req = await publicRequest();
    assertNotSpam(form);
    await submitComment(
      { siteId: req.siteId, address: req.address, slug },
      { name: s(form, 'name') ?? '', email: s(form, 'email') ?? '', organisation: s(form, 'organisation'), article: s(form, 'article'), content: s(form, 'content') ?? '' },
    );
    return { ok: true, message: 'Góp ý của ông/bà đã được tiếp nhận và sẽ được hiển thị sau khi ban biên tập kiểm duyệt. Xin cảm ơn.' };
  } catch (e) {
    return { ...toActionError(e, { action: 'submitComment' }), values: typedValues(form, ['name', 'email', 'organisation', 'article', 'content']) };
  }
}

function input(form: FormData): ConsultationInput {
  return {
    title: s(form, 'title') ?? '',
    summary: s(form, 'summary') ?? '',
    body: s(form, 'body') ?? '',
    unitName: s(form, 'unitName') ?? '',
    unitAddress: s(form, 'unitAddress') ?? '',
    unitEmail: s(form, 'unitEmail') ?? '',
    startsOn: s(form, 'startsOn') ?? '',
    endsOn: s(form, 'endsOn') ?? '',
    fileIds: form.getAll('fileIds').filter((v): v is string => typeof v === 'string'),
  };
}

export async function saveConsultationAction(siteId: string, id: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const publish = form.get('intent') === 'publish';
  try {
    if (id) {
      await updateConsultation(actor, siteId, id, input(form));
      if (publish) await setConsultationPublished(actor, siteId, id, true);
      revalidatePath(`/quan-tri/trang/${siteId}/gop-y-du-thao`, 'layout');
      return { ok: true, message: publish ? 'Đã lưu và đăng dự thảo.' : 'Đã lưu dự thảo.' };
    }
    const created = await createConsultation(actor, siteId, input(form), { publish });
    revalidatePath(`/quan-tri/trang/${siteId}/gop-y-du-thao`, 'layout');
    return { ok: true, message: publish ? 'Đã đăng dự thảo.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/gop-y-du-thao/${created.id}` };
  } catch (e) {
    return toActionError(e, { action: 'saveConsultation', siteId });
  }
}

export async function consultationCommandAction(siteId: string, id: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const command = s(form, 'command');
    if (command === 'publish' || command === 'unpublish') {
      await setConsultationPublished(actor, siteId, id, command === 'publish');
    } else if (command === 'approve' || command === 'hide') {
      await moderateComment(actor, siteId, s(form, 'commentId') ?? '', command);
    } else if (command === 'report') {
      await publishReport(actor, siteId, id, { report: s(form, 'report') ?? '' });
    } else throw new AppError('VALIDATION', 'Thao tác không hợp lệ.');
    revalidatePath(`/quan-tri/trang/${siteId}/gop-y-du-thao`, 'layout');
    const messages: Record<string, string> = {
      publish: 'Đã đăng dự thảo.',
      unpublish: 'Đã gỡ dự thảo khỏi trang công khai.',
      approve: 'Đã duyệt hiển thị góp ý.',
      hide: 'Đã ẩn góp ý.',
      report: 'Đã công bố báo cáo tiếp thu, giải trình.',
    };
    return { ok: true, message: messages[command] };
  } catch (e) {
    return toActionError(e, { action: 'consultationCommand', siteId });
  }
}
