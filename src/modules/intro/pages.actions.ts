'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { createPage, deletePage, setPagePublished, updatePage } from './pages.service';
import type { PageInput } from './intro.schemas';

function pageInput(form: FormData): PageInput {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    title: s('title') ?? '',
    slug: s('slug'),
    kind: (s('kind') ?? 'OTHER') as PageInput['kind'],
    position: (s('position') ?? '0') as unknown as number,
    body: s('body') ?? '',
    lang: s('lang') === 'en' ? 'en' : 'vi',
    translationOfId: s('translationOfId') || null,
  };
}

/** Save (draft) or save-and-publish, from the introduction page editor (C2). */
export async function savePageAction(siteId: string, pageId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const publish = form.get('intent') === 'publish';
  try {
    if (pageId) {
      await updatePage(actor, siteId, pageId, pageInput(form));
      if (publish) await setPagePublished(actor, siteId, pageId, true);
      revalidatePath(`/quan-tri/trang/${siteId}/gioi-thieu`);
      return { ok: true, message: publish ? 'Đã lưu và đăng trang.' : 'Đã lưu trang.' };
    }
    const created = await createPage(actor, siteId, pageInput(form), { publish });
    revalidatePath(`/quan-tri/trang/${siteId}/gioi-thieu`);
    return { ok: true, message: publish ? 'Đã đăng trang.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/gioi-thieu/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'savePage', siteId });
  }
}

export async function pageCommandAction(siteId: string, pageId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = form.get('command');
  try {
    if (command === 'delete') {
      await deletePage(actor, siteId, pageId);
      revalidatePath(`/quan-tri/trang/${siteId}/gioi-thieu`);
      return { ok: true, message: 'Đã xóa trang.', redirectTo: `/quan-tri/trang/${siteId}/gioi-thieu` };
    }
    await setPagePublished(actor, siteId, pageId, command === 'publish');
    revalidatePath(`/quan-tri/trang/${siteId}/gioi-thieu/${pageId}`);
    return { ok: true, message: command === 'publish' ? 'Đã đăng trang.' : 'Đã gỡ trang.' };
  } catch (e) {
    return toActionError(e, { action: 'pageCommand', siteId });
  }
}
