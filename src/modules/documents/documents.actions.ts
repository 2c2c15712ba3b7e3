'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { autosaveVersion } from '@/modules/workflow/autosave';
import { marksFromForm } from '@/modules/content/protection-marks';
import { workflowStepAction } from '@/modules/workflow/workflow.actions';
import { createDocument, deleteDocument, documentTransition, updateDocument } from './document-editing';
import { attachDocumentFiles, detachDocumentFile } from './document-files';
import type { DocumentInput } from './documents.schemas';

function documentInput(form: FormData): DocumentInput {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    number: s('number') ?? '',
    type: (s('type') ?? '') as DocumentInput['type'],
    issuer: s('issuer') ?? '',
    signer: s('signer'),
    issuedAt: s('issuedAt'),
    effectiveAt: s('effectiveAt'),
    expiresAt: s('expiresAt'),
    legalStatus: (s('legalStatus') || undefined) as DocumentInput['legalStatus'],
    replacedById: s('replacedById') || null,
    field: s('field'),
    summary: s('summary') ?? '',
    body: s('body') || null,
    relatedIds: form.getAll('relatedIds').map(String),
    lang: s('lang') === 'en' ? 'en' : 'vi',
    translationOfId: s('translationOfId') || null,
  };
}

const listPath = (siteId: string) => `/quan-tri/trang/${siteId}/van-ban`;

/** Save (a version), or save and submit it for review, from the document form. */
export async function saveDocumentAction(siteId: string, documentId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const submit = form.get('intent') === 'submit';
  try {
    if (documentId) {
      const saved = await updateDocument(actor, siteId, documentId, documentInput(form), { marks: marksFromForm(form) });
      if (submit) await documentTransition(actor, siteId, documentId, { action: 'submit' });
      revalidatePath(listPath(siteId), 'layout');
      const pending = saved.pendingVersion ? ' Bản đang đăng không đổi cho đến khi phiên bản mới được duyệt.' : '';
      return { ok: true, message: submit ? `Đã lưu phiên bản ${saved.revision} và gửi duyệt.` : `Đã lưu phiên bản ${saved.revision}.${pending}` };
    }
    const created = await createDocument(actor, siteId, documentInput(form), { marks: marksFromForm(form) });
    if (submit) await documentTransition(actor, siteId, created.id, { action: 'submit' });
    revalidatePath(listPath(siteId));
    return { ok: true, message: submit ? 'Đã lưu và gửi duyệt.' : 'Đã lưu bản nháp.', redirectTo: `${listPath(siteId)}/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveDocument', siteId });
  }
}

/** Autosave of a draft document being written (E3). */
export async function autosaveDocumentAction(siteId: string, documentId: string, form: FormData): Promise<ActionResult> {
  return autosaveVersion('autosaveDocument', siteId, (actor) => updateDocument(actor, siteId, documentId, documentInput(form), { marks: marksFromForm(form), autosave: true }));
}

/** A workflow step from the console (the service decides again whether this person may take it), or delete. */
export async function documentCommandAction(siteId: string, documentId: string, prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    if (form.get('command') === 'delete') {
      await deleteDocument(actor, siteId, documentId);
      revalidatePath(listPath(siteId));
      return { ok: true, message: 'Đã xóa văn bản.', redirectTo: listPath(siteId) };
    }
    return workflowStepAction('document', siteId, documentId, prev, form);
  } catch (e) {
    return toActionError(e, { action: 'documentCommand', siteId });
  }
}

export async function attachDocumentFilesAction(siteId: string, documentId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const files = form.getAll('files').filter((f): f is File => f instanceof File);
    const { attached } = await attachDocumentFiles(actor, siteId, documentId, files);
    revalidatePath(`${listPath(siteId)}/${documentId}`);
    return { ok: true, message: attached.length ? `Đã đính kèm ${attached.length} tệp.` : 'Tệp này đã được đính kèm từ trước.' };
  } catch (e) {
    return toActionError(e, { action: 'attachDocumentFiles', siteId });
  }
}

export async function detachDocumentFileAction(siteId: string, documentId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await detachDocumentFile(actor, siteId, documentId, String(form.get('mediaId') ?? ''));
    revalidatePath(`${listPath(siteId)}/${documentId}`);
    return { ok: true, message: 'Đã gỡ tệp khỏi văn bản (tệp vẫn còn trong thư viện).' };
  } catch (e) {
    return toActionError(e, { action: 'detachDocumentFile', siteId });
  }
}
