import type { Actor } from '@/server/actor';
import type { Db } from '@/server/db';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent, canPublishContent } from '@/modules/content/content.policy';
import { renderRichText } from '@/modules/content/rich-text';
import { uniqueSlug } from '@/modules/content/slug';
import { mediaFileUrl } from '@/modules/media/media-url';
import { foldDocumentNumber, numberInQuery } from './document-number';
import { documentTypeLabel } from './document-types';
import { dateOnly } from './legal-status';
import {
  deleteDocumentRow,
  findConsoleFacets,
  findDocumentChoices,
  findDocumentForConsole,
  findDocumentIdsInSite,
  findDocumentsForConsole,
  findSameNumber,
  insertDocument,
  replaceDocumentRelations,
  slugExists,
  updateDocumentRow,
} from './documents.repository';
import { DocumentInputSchema, type DocumentData, type DocumentInput } from './documents.schemas';

/** Console use cases of văn bản (C3): write, publish, unpublish, delete; rules of content.policy (E1). */

export function requireDocumentEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền biên tập văn bản của trang này.');
}

const notFound = () => new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');

/** Ids that arrive from the form must be documents of this site (GUIDE "Tenant flow" 4). */
async function checkLinks(siteId: string, data: DocumentData, selfId: string | null, tx?: Db) {
  const ids = [...new Set([...data.relatedIds, ...(data.replacedById ? [data.replacedById] : []), ...(data.translationOfId ? [data.translationOfId] : [])])];
  const found = new Map((await findDocumentIdsInSite({ siteId, ids }, tx)).map((d) => [d.id, d]));
  if (data.relatedIds.some((id) => !found.has(id))) {
    throw new AppError('VALIDATION', 'Văn bản liên quan không thuộc trang này.', { relatedIds: 'Văn bản liên quan không hợp lệ.' });
  }
  if (data.replacedById) {
    const r = found.get(data.replacedById);
    if (!r) throw new AppError('VALIDATION', 'Văn bản thay thế không thuộc trang này.', { replacedById: 'Văn bản thay thế không hợp lệ.' });
    if (selfId && data.replacedById === selfId) throw new AppError('VALIDATION', 'Văn bản không thể tự thay thế chính nó.', { replacedById: 'Hãy chọn một văn bản khác.' });
    if (selfId && r.replacedById === selfId) {
      throw new AppError('VALIDATION', 'Hai văn bản không thể thay thế lẫn nhau.', { replacedById: 'Văn bản được chọn đang bị chính văn bản này thay thế.' });
    }
  }
  if (data.translationOfId) {
    const o = found.get(data.translationOfId);
    if (!o || o.lang !== 'vi' || data.lang !== 'en') {
      throw new AppError('VALIDATION', 'Bản tiếng Anh phải gắn với một văn bản tiếng Việt của trang này.', { translationOfId: 'Văn bản gốc không hợp lệ.' });
    }
  }
}

async function checkNotDuplicate(siteId: string, data: DocumentData, numberKey: string, exceptId?: string) {
  const same = await findSameNumber({ siteId, lang: data.lang, numberKey, issuedAt: data.issuedAt!, exceptId });
  if (same) {
    const day = data.issuedAt!.toISOString().slice(0, 10).split('-').reverse().join('/');
    throw new AppError('CONFLICT', `Đã có văn bản số ${same.number} ban hành ngày ${day}.`, { number: 'Số ký hiệu này đã được nhập cho cùng ngày ban hành.' });
  }
}

function columns(data: DocumentData, numberKey: string) {
  return {
    number: data.number,
    numberKey,
    type: data.type,
    issuer: data.issuer,
    signer: data.signer ?? null,
    issuedAt: data.issuedAt!,
    effectiveAt: data.effectiveAt,
    expiresAt: data.expiresAt,
    legalStatus: data.legalStatus,
    replacedById: data.replacedById ?? null,
    field: data.field ?? null,
    summary: data.summary,
    body: data.body ? (data.body as object) : null,
    bodyHtml: data.body ? renderRichText(data.body) : null,
  };
}

/** Saves a new document as a draft, or publishes it at once when asked and allowed. */
export async function createDocument(actor: Actor, siteId: string, input: DocumentInput, options: { publish?: boolean } = {}) {
  requireDocumentEditor(actor, siteId);
  if (options.publish && !canPublishContent(actor, siteId)) {
    throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng văn bản; hãy lưu nháp để ban biên tập duyệt.');
  }
  const data = parseInput(DocumentInputSchema, input);
  const numberKey = foldDocumentNumber(data.number);
  await checkLinks(siteId, data, null);
  await checkNotDuplicate(siteId, data, numberKey);
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(`${documentTypeLabel(data.type, data.lang)} ${data.number}`, (s) => slugExists({ siteId, lang: data.lang, slug: s }, tx), 'van-ban');
    const row = await insertDocument(tx, {
      siteId,
      lang: data.lang,
      translationOfId: data.translationOfId ?? null,
      slug,
      ...columns(data, numberKey),
      status: options.publish ? 'PUBLISHED' : 'DRAFT',
      publishedAt: options.publish ? new Date() : null,
      createdById: actor.userId,
    });
    await replaceDocumentRelations(tx, { siteId, documentId: row.id, relatedIds: data.relatedIds });
    await recordAudit(tx, actor, {
      siteId,
      action: options.publish ? 'document.publish' : 'document.create',
      entity: 'document',
      entityId: row.id,
      after: { number: row.number, slug, status: row.status },
    });
    return { id: row.id, slug, status: row.status };
  });
}

export async function updateDocument(actor: Actor, siteId: string, documentId: string, input: DocumentInput) {
  requireDocumentEditor(actor, siteId);
  const before = await findDocumentForConsole({ siteId, id: documentId });
  if (!before) throw notFound();
  if (before.status === 'PUBLISHED' && !canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Văn bản đã đăng chỉ ban biên tập được sửa.');
  // Language and original are fixed at creation: the form does not send them again.
  const data = parseInput(DocumentInputSchema, { ...input, lang: before.lang, translationOfId: before.translationOfId });
  const numberKey = foldDocumentNumber(data.number);
  await checkLinks(siteId, data, documentId);
  await checkNotDuplicate(siteId, data, numberKey, documentId);
  await withTransaction(async (tx) => {
    await updateDocumentRow(tx, { siteId, id: documentId, data: columns(data, numberKey) });
    await replaceDocumentRelations(tx, { siteId, documentId, relatedIds: data.relatedIds });
    await recordAudit(tx, actor, {
      siteId,
      action: 'document.update',
      entity: 'document',
      entityId: documentId,
      before: { number: before.number, legalStatus: before.legalStatus },
      after: { number: data.number, legalStatus: data.legalStatus },
    });
  });
}

export async function setDocumentPublished(actor: Actor, siteId: string, documentId: string, publish: boolean) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng hoặc gỡ văn bản.');
  const before = await findDocumentForConsole({ siteId, id: documentId });
  if (!before) throw notFound();
  await withTransaction(async (tx) => {
    await updateDocumentRow(tx, {
      siteId,
      id: documentId,
      data: publish ? { status: 'PUBLISHED', publishedAt: before.publishedAt ?? new Date() } : { status: 'UNPUBLISHED' },
    });
    await recordAudit(tx, actor, {
      siteId,
      action: publish ? 'document.publish' : 'document.unpublish',
      entity: 'document',
      entityId: documentId,
      before: { status: before.status },
      after: { status: publish ? 'PUBLISHED' : 'UNPUBLISHED' },
    });
  });
}

export async function deleteDocument(actor: Actor, siteId: string, documentId: string) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền xóa văn bản.');
  const before = await findDocumentForConsole({ siteId, id: documentId });
  if (!before) throw notFound();
  await withTransaction(async (tx) => {
    await deleteDocumentRow(tx, { siteId, id: documentId });
    await recordAudit(tx, actor, { siteId, action: 'document.delete', entity: 'document', entityId: documentId, before: { number: before.number, status: before.status } });
  });
}

export async function listDocumentsForConsole(actor: Actor, siteId: string, params: { page: number; q?: string }) {
  requireDocumentEditor(actor, siteId);
  const pageSize = 30;
  const q = params.q?.normalize('NFC').trim() || undefined;
  const [rows, total] = await findDocumentsForConsole({
    siteId,
    text: q,
    numberKey: q ? (numberInQuery(q) ?? foldDocumentNumber(q)) : undefined,
    skip: (params.page - 1) * pageSize,
    take: pageSize,
  });
  return {
    items: rows.map((r) => ({ ...r, typeLabel: documentTypeLabel(r.type), issuedAt: dateOnly(r.issuedAt)!, updatedAt: r.updatedAt.toISOString() })),
    total,
    page: params.page,
    pageSize,
  };
}

export type EditableDocument = {
  id: string;
  lang: string;
  slug: string;
  status: string;
  translationOfId: string | null;
  englishVersionId: string | null;
  number: string;
  type: string;
  issuer: string;
  signer: string | null;
  issuedAt: string;
  effectiveAt: string | null;
  expiresAt: string | null;
  legalStatus: string;
  replacedById: string | null;
  field: string | null;
  summary: string;
  body: unknown;
  bodyHtml: string | null;
  relatedIds: string[];
  files: { id: string; mediaId: string; name: string; mimeType: string; size: number; url: string }[];
};

export async function getDocumentForEditing(actor: Actor, siteId: string, documentId: string): Promise<EditableDocument | null> {
  requireDocumentEditor(actor, siteId);
  const row = await findDocumentForConsole({ siteId, id: documentId });
  if (!row) return null;
  return {
    id: row.id,
    lang: row.lang,
    slug: row.slug,
    status: row.status,
    translationOfId: row.translationOfId,
    englishVersionId: row.translations.find((t) => t.lang === 'en')?.id ?? null,
    number: row.number,
    type: row.type,
    issuer: row.issuer,
    signer: row.signer,
    issuedAt: dateOnly(row.issuedAt)!,
    effectiveAt: dateOnly(row.effectiveAt),
    expiresAt: dateOnly(row.expiresAt),
    legalStatus: row.legalStatus,
    replacedById: row.replacedById,
    field: row.field,
    summary: row.summary,
    body: row.body,
    bodyHtml: row.bodyHtml,
    relatedIds: row.relatedTo.map((r) => r.relatedId),
    files: row.files.map((f) => ({ id: f.id, mediaId: f.media.id, name: f.media.originalName, mimeType: f.media.mimeType, size: f.media.size, url: mediaFileUrl(f.media) })),
  };
}

/** Choices the document form offers: the site's documents (replacement, related), fields and issuers seen before. */
export async function getDocumentEditorOptions(actor: Actor, siteId: string) {
  requireDocumentEditor(actor, siteId);
  const [docs, [fields, issuers]] = await Promise.all([findDocumentChoices(siteId), findConsoleFacets(siteId)]);
  return {
    documents: docs.map((d) => ({
      id: d.id,
      lang: d.lang,
      label: `${documentTypeLabel(d.type)} ${d.number} — ${d.summary.length > 90 ? `${d.summary.slice(0, 90)}…` : d.summary}${d.status === 'PUBLISHED' ? '' : ' (chưa đăng)'}`,
    })),
    fields: fields.map((f) => f.field!),
    issuers: issuers.map((i) => i.issuer),
    canPublish: canPublishContent(actor, siteId),
  };
}
