'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import type { ProtectionMarks } from '@/modules/workflow/workflow.service';
import { workflowStepAction } from '@/modules/workflow/workflow.actions';
import { autosaveVersion } from '@/modules/workflow/autosave';
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
  return autosaveVersion('autosaveArticle', siteId, (actor) => updateArticle(actor, siteId, articleId, articleInput(form), { marks: marksInput(form), autosave: true }));
}

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
    return workflowStepAction('article', siteId, articleId, _prev, form);
  } catch (e) {
    return toActionError(e, { action: 'articleWorkflow', siteId });
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
