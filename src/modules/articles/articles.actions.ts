'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { acquireEditLock, restoreRevision, type ProtectionMarks, type TransitionInput } from '@/modules/workflow/workflow.service';
import { articleWorkflow } from './article-workflow';
import { articleTransition, createArticle, deleteArticle, proposeArticleToParent, updateArticle } from './articles.service';
import { createCategory, deleteCategory } from './categories.service';

function articleInput(form: FormData) {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    title: s('title') ?? '',
    sapo: s('sapo') ?? '',
    body: s('body') ?? '',
    author: s('author'),
    source: s('source'),
    tags: s('tags'),
    categoryIds: form.getAll('categoryIds').map(String),
    relatedIds: form.getAll('relatedIds').map(String),
    featuredImageId: s('featuredImageId') || null,
    featuredCaption: s('featuredCaption'),
    featuredAlt: s('featuredAlt'),
    lang: (s('lang') === 'en' ? 'en' : 'vi') as 'vi' | 'en',
    translationOfId: s('translationOfId') || null,
  };
}

function marksInput(form: FormData) {
  return { classification: (form.get('classification') as string) || 'NONE', forbiddenSubject: form.get('forbiddenSubject') === 'on' } as ProtectionMarks;
}

/** "datetime-local" values are typed in Vietnam's time (UTC+7), whatever the browser's zone. */
function vnDateTime(value: FormDataEntryValue | null): string | undefined {
  return typeof value === 'string' && value ? `${value}:00+07:00` : undefined;
}

/** Save (a version), or save and submit it for review, from the article editor. */
export async function saveArticleAction(siteId: string, articleId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const submit = form.get('intent') === 'submit';
  try {
    if (articleId) {
      const saved = await updateArticle(actor, siteId, articleId, articleInput(form), { marks: marksInput(form) });
      if (submit) await articleTransition(actor, siteId, articleId, { action: 'submit' });
      revalidatePath(`/quan-tri/trang/${siteId}/tin-bai/${articleId}`);
      const pending = saved.pendingVersion ? ' Bản đang đăng không đổi cho đến khi phiên bản mới được duyệt.' : '';
      return { ok: true, message: submit ? `Đã lưu phiên bản ${saved.revision} và gửi duyệt.` : `Đã lưu phiên bản ${saved.revision}.${pending}` };
    }
    const created = await createArticle(actor, siteId, articleInput(form), { marks: marksInput(form) });
    if (submit) await articleTransition(actor, siteId, created.id, { action: 'submit' });
    revalidatePath(`/quan-tri/trang/${siteId}/tin-bai`);
    return { ok: true, message: submit ? 'Đã lưu và gửi duyệt.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/tin-bai/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveArticle', siteId });
  }
}

/** Autosave from the editor (every half minute while something changed): one revision, replaced by the next. */
export async function autosaveArticleAction(siteId: string, articleId: string, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const saved = await updateArticle(actor, siteId, articleId, articleInput(form), { marks: marksInput(form), autosave: true });
    return { ok: true, message: `Đã tự lưu (phiên bản ${saved.revision}) lúc ${new Date().toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' })}.` };
  } catch (e) {
    return toActionError(e, { action: 'autosaveArticle', siteId });
  }
}

const DONE: Record<string, string> = {
  submit: 'Đã gửi duyệt.',
  review: 'Đã biên tập xong và trình duyệt.',
  return: 'Đã trả lại tác giả.',
  approve: 'Đã duyệt và đăng bài.',
  schedule: 'Đã duyệt; bài sẽ tự đăng đúng giờ hẹn.',
  cancelSchedule: 'Đã hủy hẹn giờ.',
  unpublish: 'Đã gỡ bài.',
  archive: 'Đã chuyển vào lưu trữ.',
  reopen: 'Đã mở lại để sửa.',
};

/** One workflow step from the console; the service decides again whether this person may take it. */
export async function articleWorkflowAction(siteId: string, articleId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = String(form.get('command') ?? '');
  try {
    if (command === 'delete') {
      await deleteArticle(actor, siteId, articleId);
      revalidatePath(`/quan-tri/trang/${siteId}/tin-bai`);
      return { ok: true, message: 'Đã xóa bài viết.', redirectTo: `/quan-tri/trang/${siteId}/tin-bai` };
    }
    if (command === 'propose') {
      const p = await proposeArticleToParent(actor, siteId, articleId);
      return { ok: true, message: `Đã đề xuất bài lên ${p.parentName}; ban biên tập ở đó sẽ duyệt lại.` };
    }
    await articleTransition(actor, siteId, articleId, {
      action: command as TransitionInput['action'],
      reason: typeof form.get('reason') === 'string' ? String(form.get('reason')) : undefined,
      scheduledAt: vnDateTime(form.get('scheduledAt')),
      unpublishAt: vnDateTime(form.get('unpublishAt')),
    });
    revalidatePath(`/quan-tri/trang/${siteId}/tin-bai/${articleId}`);
    return { ok: true, message: DONE[command] ?? 'Đã thực hiện.', redirectTo: `/quan-tri/trang/${siteId}/tin-bai/${articleId}?buoc=${encodeURIComponent(command)}` };
  } catch (e) {
    return toActionError(e, { action: 'articleWorkflow', siteId });
  }
}

/** Takes or renews the edit lock; with takeOver, takes it from whoever holds it (recorded). */
export async function articleLockAction(siteId: string, articleId: string, takeOver: boolean) {
  const { actor } = await requireAdmin();
  try {
    return { ok: true as const, lock: await acquireEditLock(actor, articleWorkflow, { siteId, entityId: articleId, takeOver }) };
  } catch (e) {
    return toActionError(e, { action: 'articleLock', siteId });
  }
}

export async function restoreArticleRevisionAction(siteId: string, articleId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const n = Number(form.get('number'));
    const saved = await restoreRevision(actor, articleWorkflow, { siteId, entityId: articleId, number: n });
    revalidatePath(`/quan-tri/trang/${siteId}/tin-bai/${articleId}`);
    return { ok: true, message: `Đã khôi phục phiên bản ${n} thành phiên bản mới ${saved.revision} (bản nháp).`, redirectTo: `/quan-tri/trang/${siteId}/tin-bai/${articleId}` };
  } catch (e) {
    return toActionError(e, { action: 'restoreArticleRevision', siteId });
  }
}

export async function createCategoryAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await createCategory(actor, siteId, {
      name: String(form.get('name') ?? ''),
      nameEn: String(form.get('nameEn') ?? ''),
      parentId: String(form.get('parentId') ?? '') || null,
      position: String(form.get('position') ?? '0') as unknown as number,
    });
    revalidatePath(`/quan-tri/trang/${siteId}/chuyen-muc`);
    return { ok: true, message: 'Đã thêm chuyên mục.' };
  } catch (e) {
    return toActionError(e, { action: 'createCategory', siteId });
  }
}

export async function deleteCategoryAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await deleteCategory(actor, siteId, String(form.get('categoryId') ?? ''));
    revalidatePath(`/quan-tri/trang/${siteId}/chuyen-muc`);
    return { ok: true, message: 'Đã xóa chuyên mục.' };
  } catch (e) {
    return toActionError(e, { action: 'deleteCategory', siteId });
  }
}
