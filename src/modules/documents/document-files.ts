import type { Actor } from '@/server/actor';
import type { Db } from '@/server/db';
import { AppError } from '@/server/errors';
import { recordAudit } from '@/modules/audit/audit.service';
import { detectFileType } from '@/modules/media/file-type';
import { uploadMedia } from '@/modules/media/media.service';
import { MAX_FILES, requireDocumentEditor, updateDocument, workingDocument } from './document-editing';
import type { DocumentSnapshot } from './document-workflow';
import { findDocumentForConsole } from './documents.repository';
import type { DocumentInput } from './documents.schemas';

/**
 * Files attached to a document (C3 "attached files to download"). They are stored by the media
 * library (type read from the bytes, safe names, served only while the document is published) and
 * are part of the document's version (E3): adding or removing one saves a new version, and on a published
 * document the public keeps the approved files until that version is approved. PDF, DOC, DOCX and XLSX only.
 */
export const DOCUMENT_FILE_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
export const DOCUMENT_FILE_ACCEPT = '.pdf,.doc,.docx,.xlsx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
async function editableDocument(actor: Actor, siteId: string, documentId: string) {
  requireDocumentEditor(actor, siteId);
  const doc = /^[0-9a-f-]{36}$/.test(documentId) ? await findDocumentForConsole({ siteId, id: documentId }) : null;
  if (!doc) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
  return doc;
}

/** The working version with other attachments: a new version like any save (the public keeps the approved files). */
function saveFiles(actor: Actor, siteId: string, documentId: string, working: DocumentSnapshot, fileIds: string[], audit: (tx: Db) => Promise<void>) {
  return updateDocument(actor, siteId, documentId, { ...working, fileIds, body: working.body as object | null } as DocumentInput, { beforeWrite: audit });
}

/** Uploads files and attaches them after the existing ones; the same file twice is attached once. */
export async function attachDocumentFiles(actor: Actor, siteId: string, documentId: string, files: File[]) {
  const doc = await editableDocument(actor, siteId, documentId);
  const real = files.filter((f) => f instanceof File && f.size > 0);
  if (real.length === 0) throw new AppError('VALIDATION', 'Hãy chọn ít nhất một tệp để đính kèm.', { files: 'Hãy chọn ít nhất một tệp để đính kèm.' });
  const working = await workingDocument(actor, siteId, doc.id);
  if (working.fileIds.length + real.length > MAX_FILES) throw new AppError('VALIDATION', `Mỗi văn bản đính kèm tối đa ${MAX_FILES} tệp.`, { files: `Tối đa ${MAX_FILES} tệp.` });
  for (const file of real) {
    const type = detectFileType(new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer()), file.name);
    if (!type || !DOCUMENT_FILE_TYPES.includes(type.mimeType)) {
      const message = `Tệp "${file.name.normalize('NFC')}": văn bản chỉ đính kèm tệp PDF, DOC, DOCX hoặc XLSX.`;
      throw new AppError('VALIDATION', message, { files: message });
    }
  }
  const added: { id: string; fileName: string; originalName: string }[] = [];
  const seen = new Set(working.fileIds);
  for (const file of real) {
    const media = await uploadMedia(actor, siteId, file, {}, 'DOCUMENT');
    if (seen.has(media.id)) continue;
    seen.add(media.id);
    added.push(media);
  }
  if (added.length) {
    await saveFiles(actor, siteId, doc.id, working, [...working.fileIds, ...added.map((m) => m.id)], async (tx) => {
      for (const m of added) await recordAudit(tx, actor, { siteId, action: 'document.file.attach', entity: 'document', entityId: doc.id, after: { mediaId: m.id, fileName: m.fileName } });
    });
  }
  return { attached: added.map((m) => m.originalName) };
}

/** Removes an attachment from the working version; the file stays in the site's library until deleted there. */
export async function detachDocumentFile(actor: Actor, siteId: string, documentId: string, mediaId: string) {
  const doc = await editableDocument(actor, siteId, documentId);
  const working = await workingDocument(actor, siteId, doc.id);
  if (!working.fileIds.includes(mediaId)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.');
  await saveFiles(actor, siteId, doc.id, working, working.fileIds.filter((id) => id !== mediaId), async (tx) => {
    await recordAudit(tx, actor, { siteId, action: 'document.file.remove', entity: 'document', entityId: doc.id, before: { mediaId } });
  });
}
