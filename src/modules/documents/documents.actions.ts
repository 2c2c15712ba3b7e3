'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { createDocument, deleteDocument, setDocumentPublished, updateDocument } from './document-editing';
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

/** Save (draft) or save-and-publish, from the document form. */
export async function saveDocumentAction(siteId: string, documentId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const publish = form.get('intent') === 'publish';
  try {
    if (documentId) {
      await updateDocument(actor, siteId, documentId, documentInput(form));
      if (publish) await setDocumentPublished(actor, siteId, documentId, true);
      revalidatePath(listPath(siteId));
      return { ok: true, message: publish ? 'Đã lưu và đăng văn bản.' : 'Đã lưu văn bản.' };
    }
    const created = await createDocument(actor, siteId, documentInput(form), { publish });
    revalidatePath(listPath(siteId));
    return { ok: true, message: publish ? 'Đã đăng văn bản.' : 'Đã lưu bản nháp.', redirectTo: `${listPath(siteId)}/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveDocument', siteId });
  }
}

export async function documentCommandAction(siteId: string, documentId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = form.get('command');
  try {
    if (command === 'delete') {
      await deleteDocument(actor, siteId, documentId);
      revalidatePath(listPath(siteId));
      return { ok: true, message: 'Đã xóa văn bản.', redirectTo: listPath(siteId) };
    }
    await setDocumentPublished(actor, siteId, documentId, command === 'publish');
    revalidatePath(`${listPath(siteId)}/${documentId}`);
    return { ok: true, message: command === 'publish' ? 'Đã đăng văn bản.' : 'Đã gỡ văn bản khỏi trang công khai.' };
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
    await detachDocumentFile(actor, siteId, documentId, String(form.get('documentFileId') ?? ''));
    revalidatePath(`${listPath(siteId)}/${documentId}`);
    return { ok: true, message: 'Đã gỡ tệp khỏi văn bản (tệp vẫn còn trong thư viện).' };
  } catch (e) {
    return toActionError(e, { action: 'detachDocumentFile', siteId });
  }
}
