'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { AppError } from '@/server/errors';
import { publicRequest } from '@/server/public-request';
import { assertNotSpam, typedValues, type PublicFormResult } from '@/modules/public-forms/public-form';
import { approveAnswer, askQuestion, assignQuestion, draftAnswer, returnAnswer, setQuestionPublished, trackQuestion, updateQuestionSettings } from './questions.service';

const s = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === 'string' ? v : undefined;
};

const ASK_FIELDS = ['name', 'email', 'phone', 'address', 'field', 'title', 'content'] as const;

/** Public: a citizen sends a question (I1). */
export async function askQuestionAction(_prev: PublicFormResult | null, form: FormData): Promise<PublicFormResult> {
  try {
    const req = await publicRequest();
    assertNotSpam(form);
    const file = form.get('attachment');
    const result = await askQuestion(
      { siteId: req.siteId, address: req.address },
      { name: s(form, 'name') ?? '', email: s(form, 'email') ?? '', phone: s(form, 'phone'), address: s(form, 'address'), field: (s(form, 'field') ?? '') as never, title: s(form, 'title') ?? '', content: s(form, 'content') ?? '' },
      file instanceof File ? file : null,
    );
    return { ok: true, message: 'Câu hỏi của ông/bà đã được tiếp nhận.', data: result };
  } catch (e) {
    return { ...toActionError(e, { action: 'askQuestion' }), values: typedValues(form, ASK_FIELDS) };
  }
}

/** Public: status of a question by its tracking code. */
export async function trackQuestionAction(_prev: PublicFormResult | null, form: FormData): Promise<PublicFormResult> {
  try {
    const req = await publicRequest();
    assertNotSpam(form);
    const tracked = await trackQuestion({ siteId: req.siteId, address: req.address }, { code: s(form, 'code') ?? '' });
    return { ok: true, data: tracked };
  } catch (e) {
    return { ...toActionError(e, { action: 'trackQuestion' }), values: typedValues(form, ['code']) };
  }
}

function done(siteId: string, id: string, message: string): ActionResult {
  revalidatePath(`/quan-tri/trang/${siteId}/hoi-dap`, 'layout');
  void id;
  return { ok: true, message };
}

export async function assignQuestionAction(siteId: string, id: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await assignQuestion(actor, siteId, id, { assigneeUserId: s(form, 'assigneeUserId') || null, assignedUnit: s(form, 'assignedUnit')?.trim() || s(form, 'assignedUnitPick'), dueDate: s(form, 'dueDate') });
    return done(siteId, id, 'Đã phân công xử lý câu hỏi.');
  } catch (e) {
    return toActionError(e, { action: 'assignQuestion', siteId });
  }
}

export async function draftAnswerAction(siteId: string, id: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await draftAnswer(actor, siteId, id, { answer: s(form, 'answer') ?? '' });
    return done(siteId, id, 'Đã lưu câu trả lời và trình duyệt.');
  } catch (e) {
    return toActionError(e, { action: 'draftAnswer', siteId });
  }
}

export async function reviewAnswerAction(siteId: string, id: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const command = s(form, 'command');
    if (command === 'approve') {
      const publish = s(form, 'publish') === '1';
      await approveAnswer(actor, siteId, id, { publish });
      return done(siteId, id, publish ? 'Đã duyệt, gửi câu trả lời cho người hỏi và đăng công khai.' : 'Đã duyệt và gửi câu trả lời cho người hỏi.');
    }
    if (command === 'return') {
      await returnAnswer(actor, siteId, id, { reason: s(form, 'reason') ?? '' });
      return done(siteId, id, 'Đã trả lại câu trả lời để soạn lại.');
    }
    throw new AppError('VALIDATION', 'Thao tác không hợp lệ.');
  } catch (e) {
    return toActionError(e, { action: 'reviewAnswer', siteId });
  }
}

export async function publishQuestionAction(siteId: string, id: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const publish = s(form, 'command') === 'publish';
    await setQuestionPublished(actor, siteId, id, publish);
    return done(siteId, id, publish ? 'Đã đăng câu hỏi và câu trả lời lên trang công khai.' : 'Đã gỡ câu hỏi khỏi trang công khai.');
  } catch (e) {
    return toActionError(e, { action: 'publishQuestion', siteId });
  }
}

export async function questionSettingsAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await updateQuestionSettings(actor, siteId, { questionDueDays: s(form, 'questionDueDays') ?? '' });
    revalidatePath(`/quan-tri/trang/${siteId}/hoi-dap`, 'layout');
    return { ok: true, message: 'Đã lưu thời hạn trả lời mặc định.' };
  } catch (e) {
    return toActionError(e, { action: 'questionSettings', siteId });
  }
}
