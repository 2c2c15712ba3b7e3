import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { DOCUMENT_FILE_TYPES } from '@/modules/documents/document-files';
import { detectFileType } from '@/modules/media/file-type';
import { uploadMedia } from '@/modules/media/media.service';
import { canPublishServices } from './services.policy';
import { deleteServiceFormRow, findServiceForConsole, findServiceForms, insertServiceForm } from './services.repository';
import { requireServiceEditor } from './services.service';

/**
 * Biểu mẫu, tờ khai (P1 "downloadable forms"): files of the site's media library (type read from the
 * bytes, served only while the procedure is published), linked through service_forms. Forms are
 * PDF, DOC, DOCX or XLSX like documents' attachments.
 */
const MAX_FORMS = 20;

async function editableService(actor: Actor, siteId: string, serviceId: string) {
  requireServiceEditor(actor, siteId);
  const row = /^[0-9a-f-]{36}$/.test(serviceId) ? await findServiceForConsole({ siteId, id: serviceId }) : null;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy thủ tục.');
  if (row.status === 'PUBLISHED' && !canPublishServices(actor, siteId)) throw new AppError('FORBIDDEN', 'Thủ tục đã đăng chỉ ban biên tập được sửa biểu mẫu.');
  return row;
}

/** "To-khai-dang-ky-khai-sinh.docx" → "To khai dang ky khai sinh" when the editor gives no title. */
function titleFromName(name: string): string {
  return name.normalize('NFC').replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_-]+/g, ' ').trim().slice(0, 300) || 'Biểu mẫu';
}

export async function attachServiceForms(actor: Actor, siteId: string, serviceId: string, files: File[], title?: string) {
  const service = await editableService(actor, siteId, serviceId);
  const real = files.filter((f) => f instanceof File && f.size > 0);
  if (real.length === 0) throw new AppError('VALIDATION', 'Hãy chọn ít nhất một tệp biểu mẫu.', { files: 'Hãy chọn ít nhất một tệp biểu mẫu.' });
  const existing = await findServiceForms({ siteId, serviceId: service.id });
  if (existing.length + real.length > MAX_FORMS) throw new AppError('VALIDATION', `Mỗi thủ tục có tối đa ${MAX_FORMS} biểu mẫu.`, { files: `Tối đa ${MAX_FORMS} tệp.` });
  for (const file of real) {
    const type = detectFileType(new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer()), file.name);
    if (!type || !DOCUMENT_FILE_TYPES.includes(type.mimeType)) {
      const message = `Tệp "${file.name.normalize('NFC')}": biểu mẫu chỉ nhận tệp PDF, DOC, DOCX hoặc XLSX.`;
      throw new AppError('VALIDATION', message, { files: message });
    }
  }
  const cleanTitle = title?.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, 300);
  const seen = new Set(existing.map((f) => f.mediaId));
  let position = existing.reduce((max, f) => Math.max(max, f.position), -1) + 1;
  const attached: string[] = [];
  for (const file of real) {
    const media = await uploadMedia(actor, siteId, file, {}, 'DOCUMENT');
    if (seen.has(media.id)) continue;
    seen.add(media.id);
    const formTitle = cleanTitle && real.length === 1 ? cleanTitle : titleFromName(media.originalName);
    await withTransaction(async (tx) => {
      await insertServiceForm(tx, { siteId, serviceId: service.id, mediaId: media.id, title: formTitle, position: position++ });
      await recordAudit(tx, actor, { siteId, action: 'service.form.attach', entity: 'service', entityId: service.id, after: { mediaId: media.id, title: formTitle } });
      if (service.status === 'PUBLISHED') await contentChanged(tx, { siteId, type: 'service', id: service.id, change: 'published' });
    });
    attached.push(formTitle);
  }
  return { attached };
}

/** Removes a form from the procedure; the file stays in the site's library until deleted there. */
export async function detachServiceForm(actor: Actor, siteId: string, serviceId: string, formId: string) {
  const service = await editableService(actor, siteId, serviceId);
  await withTransaction(async (tx) => {
    const removed = /^[0-9a-f-]{36}$/.test(formId) ? await deleteServiceFormRow(tx, { siteId, serviceId: service.id, id: formId }) : 0;
    if (removed === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy biểu mẫu này.');
    await recordAudit(tx, actor, { siteId, action: 'service.form.remove', entity: 'service', entityId: service.id, before: { formId } });
    if (service.status === 'PUBLISHED') await contentChanged(tx, { siteId, type: 'service', id: service.id, change: 'published' });
  });
}
