import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { recordAudit } from '@/modules/audit/audit.service';
import { canPublishContent } from '@/modules/content/content.policy';
import { detectFileType } from '@/modules/media/file-type';
import { uploadMedia } from '@/modules/media/media.service';
import { requireDocumentEditor } from './document-editing';
import { deleteDocumentFileRow, findDocumentFiles, findDocumentForConsole, insertDocumentFile } from './documents.repository';

/**
 * Files attached to a document (C3 "attached files to download"). They are stored by the media
 * library (type read from the bytes, safe names, served only while the document is published) and
 * linked through DocumentFile. Legal documents take PDF, DOC, DOCX and XLSX only.
 */
export const DOCUMENT_FILE_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
export const DOCUMENT_FILE_ACCEPT = '.pdf,.doc,.docx,.xlsx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_FILES = 20;

async function editableDocument(actor: Actor, siteId: string, documentId: string) {
  requireDocumentEditor(actor, siteId);
  const doc = /^[0-9a-f-]{36}$/.test(documentId) ? await findDocumentForConsole({ siteId, id: documentId }) : null;
  if (!doc) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
  // Same rule as editing the document itself: what the public already sees is changed by the board.
  if (doc.status === 'PUBLISHED' && !canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Văn bản đã đăng chỉ ban biên tập được sửa tệp đính kèm.');
  return doc;
}

/** Uploads files and attaches them after the existing ones; the same file twice is attached once. */
export async function attachDocumentFiles(actor: Actor, siteId: string, documentId: string, files: File[]) {
  const doc = await editableDocument(actor, siteId, documentId);
  const real = files.filter((f) => f instanceof File && f.size > 0);
  if (real.length === 0) throw new AppError('VALIDATION', 'Hãy chọn ít nhất một tệp để đính kèm.', { files: 'Hãy chọn ít nhất một tệp để đính kèm.' });
  const existing = await findDocumentFiles({ siteId, documentId: doc.id });
  if (existing.length + real.length > MAX_FILES) throw new AppError('VALIDATION', `Mỗi văn bản đính kèm tối đa ${MAX_FILES} tệp.`, { files: `Tối đa ${MAX_FILES} tệp.` });
  for (const file of real) {
    const type = detectFileType(new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer()), file.name);
    if (!type || !DOCUMENT_FILE_TYPES.includes(type.mimeType)) {
      const message = `Tệp "${file.name.normalize('NFC')}": văn bản chỉ đính kèm tệp PDF, DOC, DOCX hoặc XLSX.`;
      throw new AppError('VALIDATION', message, { files: message });
    }
  }
  const attached: string[] = [];
  const seen = new Set(existing.map((f) => f.mediaId));
  let position = existing.reduce((max, f) => Math.max(max, f.position), -1) + 1;
  for (const file of real) {
    const media = await uploadMedia(actor, siteId, file, {}, 'DOCUMENT');
    if (seen.has(media.id)) continue;
    seen.add(media.id);
    await withTransaction(async (tx) => {
      await insertDocumentFile(tx, { siteId, documentId: doc.id, mediaId: media.id, position: position++ });
      await recordAudit(tx, actor, { siteId, action: 'document.file.attach', entity: 'document', entityId: doc.id, after: { mediaId: media.id, fileName: media.fileName } });
    });
    attached.push(media.originalName);
  }
  return { attached };
}

/** Removes an attachment from the document; the file stays in the site's library until deleted there. */
export async function detachDocumentFile(actor: Actor, siteId: string, documentId: string, documentFileId: string) {
  const doc = await editableDocument(actor, siteId, documentId);
  await withTransaction(async (tx) => {
    const removed = /^[0-9a-f-]{36}$/.test(documentFileId) ? await deleteDocumentFileRow(tx, { siteId, documentId: doc.id, id: documentFileId }) : 0;
    if (removed === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.');
    await recordAudit(tx, actor, { siteId, action: 'document.file.remove', entity: 'document', entityId: doc.id, before: { documentFileId } });
  });
}
