'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { autosaveVersion } from '@/modules/workflow/autosave';
import { workflowStepAction } from '@/modules/workflow/workflow.actions';
import { createPage, deletePage, pageTransition, updatePage } from './pages.service';
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

/** Save (a version), or save and submit it for review, from the introduction page editor (C2, E2). */
export async function savePageAction(siteId: string, pageId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const submit = form.get('intent') === 'submit';
  try {
    if (pageId) {
      const saved = await updatePage(actor, siteId, pageId, pageInput(form));
      if (submit) await pageTransition(actor, siteId, pageId, { action: 'submit' });
      revalidatePath(`/quan-tri/trang/${siteId}/gioi-thieu/${pageId}`);
      const pending = saved.pendingVersion ? ' Trang đang đăng không đổi cho đến khi phiên bản mới được duyệt.' : '';
      return { ok: true, message: submit ? `Đã lưu phiên bản ${saved.revision} và gửi duyệt.` : `Đã lưu phiên bản ${saved.revision}.${pending}` };
    }
    const created = await createPage(actor, siteId, pageInput(form));
    if (submit) await pageTransition(actor, siteId, created.id, { action: 'submit' });
    revalidatePath(`/quan-tri/trang/${siteId}/gioi-thieu`);
    return { ok: true, message: submit ? 'Đã lưu và gửi duyệt.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/gioi-thieu/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'savePage', siteId });
  }
}

/** Autosave of a draft introduction page being written (E3). */
export async function autosavePageAction(siteId: string, pageId: string, form: FormData): Promise<ActionResult> {
  return autosaveVersion('autosavePage', siteId, (actor) => updatePage(actor, siteId, pageId, pageInput(form), { autosave: true }));
}

/** One workflow step on a page from the console, or its deletion by the board head; the services decide again. */
export async function pageWorkflowAction(siteId: string, pageId: string, prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    if (form.get('command') === 'delete') {
      await deletePage(actor, siteId, pageId);
      revalidatePath(`/quan-tri/trang/${siteId}/gioi-thieu`);
      return { ok: true, message: 'Đã xóa trang.', redirectTo: `/quan-tri/trang/${siteId}/gioi-thieu` };
    }
    return workflowStepAction('page', siteId, pageId, prev, form);
  } catch (e) {
    return toActionError(e, { action: 'pageWorkflow', siteId });
  }
}
