'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { createArticle, deleteArticle, setArticlePublished, updateArticle } from './articles.service';
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
    publishedAt: s('publishedAt') ? new Date(`${s('publishedAt')}:00+07:00`).toISOString() : null,
    lang: (s('lang') === 'en' ? 'en' : 'vi') as 'vi' | 'en',
    translationOfId: s('translationOfId') || null,
  };
}

/** Save (draft) or save-and-publish, from the article editor. */
export async function saveArticleAction(siteId: string, articleId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const publish = form.get('intent') === 'publish';
  try {
    if (articleId) {
      await updateArticle(actor, siteId, articleId, articleInput(form));
      if (publish) await setArticlePublished(actor, siteId, articleId, true);
      revalidatePath(`/quan-tri/trang/${siteId}/tin-bai`);
      return { ok: true, message: publish ? 'Đã lưu và đăng bài.' : 'Đã lưu bài viết.' };
    }
    const created = await createArticle(actor, siteId, articleInput(form), { publish });
    revalidatePath(`/quan-tri/trang/${siteId}/tin-bai`);
    return { ok: true, message: publish ? 'Đã đăng bài.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/tin-bai/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveArticle', siteId });
  }
}

export async function articleCommandAction(siteId: string, articleId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = form.get('command');
  try {
    if (command === 'delete') {
      await deleteArticle(actor, siteId, articleId);
      revalidatePath(`/quan-tri/trang/${siteId}/tin-bai`);
      return { ok: true, message: 'Đã xóa bài viết.', redirectTo: `/quan-tri/trang/${siteId}/tin-bai` };
    }
    await setArticlePublished(actor, siteId, articleId, command === 'publish');
    revalidatePath(`/quan-tri/trang/${siteId}/tin-bai/${articleId}`);
    return { ok: true, message: command === 'publish' ? 'Đã đăng bài.' : 'Đã gỡ bài.' };
  } catch (e) {
    return toActionError(e, { action: 'articleCommand', siteId });
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
