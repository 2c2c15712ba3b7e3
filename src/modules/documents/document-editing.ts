import type { Actor } from '@/server/actor';
import type { Db } from '@/server/db';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent } from '@/modules/content/content.policy';
import { contentChanged } from '@/modules/content/content-events';
import { renderRichText, type RichTextDoc } from '@/modules/content/rich-text';
import { uniqueSlug } from '@/modules/content/slug';
import { mediaFileUrl } from '@/modules/media/media-url';
import { foldDocumentNumber, numberInQuery } from './document-number';
import { documentTypeLabel } from './document-types';
import { dateOnly } from '@/lib/dates';
import type { Snapshot } from '@/modules/workflow/workflow-adapter';
import {
  assertCanWrite,
  forgetItem,
  getEditorialView,
  saveVersion,
  startImportedItem,
  startItem,
  transition,
  workingStates,
  type EditorialView,
  type ProtectionMarks,
  type TransitionInput,
} from '@/modules/workflow/workflow.service';
import { documentWorkflow, toDocumentSnapshot, type DocumentSnapshot } from './document-workflow';
import {
  deleteDocumentRow,
  findConsoleFacets,
  findDocumentChoices,
  findDocumentForConsole,
  findDocumentIdsInSite,
  findDocumentMediaInSite,
  findDocumentsForConsole,
  findSameNumber,
  insertDocument,
  replaceDocumentFiles,
  replaceDocumentRelations,
  slugExists,
} from './documents.repository';
import { DocumentInputSchema, type DocumentData, type DocumentInput } from './documents.schemas';

/** Console use cases of văn bản (C3): write versions, move them through the editorial workflow (E2), delete. */

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

export const MAX_FILES = 20;

/** Library files attached to a document must be this site's uploaded documents (at most MAX_FILES). */
async function checkFiles(siteId: string, fileIds: string[]) {
  if (fileIds.length > MAX_FILES) throw new AppError('VALIDATION', `Mỗi văn bản đính kèm tối đa ${MAX_FILES} tệp.`, { files: `Tối đa ${MAX_FILES} tệp.` });
  const found = await findDocumentMediaInSite({ siteId, ids: fileIds });
  if (found.length !== fileIds.length) throw new AppError('VALIDATION', 'Tệp đính kèm không thuộc thư viện của trang này.', { files: 'Tệp đính kèm không hợp lệ.' });
}

const isCli = (actor: Actor) => actor.isPlatformAdmin && actor.userId === null;

/**
 * A new document is a draft of its writer (E2): it becomes public only through the workflow. `imported` brings
 * in documents issued and approved before this platform (the command line only: demo data, migration).
 */
export async function createDocument(actor: Actor, siteId: string, input: DocumentInput, options: { imported?: 'PUBLISHED' | 'DRAFT'; marks?: ProtectionMarks } = {}) {
  const data = parseInput(DocumentInputSchema, input);
  if (!options.imported) await withTransaction((tx) => assertCanWrite(tx, actor, siteId, [], 'văn bản'));
  else if (!isCli(actor)) throw new AppError('FORBIDDEN', 'Chỉ dòng lệnh nhập dữ liệu mới được nhập văn bản; văn bản mới phải qua ban biên tập duyệt.');
  const numberKey = foldDocumentNumber(data.number);
  await checkLinks(siteId, data, null);
  await checkFiles(siteId, data.fileIds);
  await checkNotDuplicate(siteId, data, numberKey);
  const published = options.imported === 'PUBLISHED';
  const snapshot = toDocumentSnapshot(data) as unknown as Snapshot;
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(`${documentTypeLabel(data.type, data.lang)} ${data.number}`, (s) => slugExists({ siteId, lang: data.lang, slug: s }, tx), 'van-ban');
    const row = await insertDocument(tx, {
      siteId,
      lang: data.lang,
      translationOfId: data.translationOfId ?? null,
      slug,
      ...columns(data, numberKey),
      status: published ? 'PUBLISHED' : 'DRAFT',
      publishedAt: published ? new Date() : null,
      createdById: actor.userId,
    });
    await replaceDocumentRelations(tx, { siteId, documentId: row.id, relatedIds: data.relatedIds });
    await replaceDocumentFiles(tx, { siteId, documentId: row.id, mediaIds: data.fileIds });
    if (published) await startImportedItem(tx, actor, documentWorkflow, siteId, row.id, snapshot);
    else await startItem(tx, actor, documentWorkflow, { siteId, entityId: row.id, data: snapshot, marks: options.marks });
    await recordAudit(tx, actor, {
      siteId,
      action: options.imported ? 'document.import' : 'document.create',
      entity: 'document',
      entityId: row.id,
      after: { number: row.number, slug, status: row.status },
    });
    await contentChanged(tx, { siteId, type: 'document', id: row.id, change: published ? 'published' : 'saved' });
    return { id: row.id, slug, status: row.status };
  });
}

/** The version being worked on (the pending one while a published document is being revised). */
export async function workingDocument(actor: Actor, siteId: string, documentId: string): Promise<DocumentSnapshot> {
  const view = await getEditorialView(actor, documentWorkflow, siteId, documentId);
  if (!view) throw notFound();
  return view.data as unknown as DocumentSnapshot;
}

/**
 * Saves a version of a document (E3): before first publication the row changes too; once published, the public
 * keeps the approved version until the new one is approved. The attachments stay as they are unless given.
 */
export async function updateDocument(
  actor: Actor,
  siteId: string,
  documentId: string,
  input: DocumentInput,
  options: { marks?: ProtectionMarks; autosave?: boolean; beforeWrite?: (tx: Db) => Promise<void> } = {},
) {
  requireDocumentEditor(actor, siteId);
  const before = /^[0-9a-f-]{36}$/.test(documentId) ? await findDocumentForConsole({ siteId, id: documentId }) : null;
  if (!before) throw notFound();
  // Language and original are fixed at creation: the form does not send them again.
  const fileIds = input.fileIds ?? (await workingDocument(actor, siteId, documentId)).fileIds;
  const data = parseInput(DocumentInputSchema, { ...input, fileIds, lang: before.lang, translationOfId: before.translationOfId });
  const numberKey = foldDocumentNumber(data.number);
  await checkLinks(siteId, data, documentId);
  await checkFiles(siteId, data.fileIds);
  await checkNotDuplicate(siteId, data, numberKey, documentId);
  return saveVersion(actor, documentWorkflow, {
    siteId,
    entityId: documentId,
    data: toDocumentSnapshot(data) as unknown as Snapshot,
    marks: options.marks,
    autosave: options.autosave,
    beforeWrite: options.beforeWrite,
  });
}

/** One step of the editorial workflow on a document: submit, review, return, approve, schedule, unpublish… */
export function documentTransition(actor: Actor, siteId: string, documentId: string, input: TransitionInput) {
  return transition(actor, documentWorkflow, { siteId, entityId: documentId, ...input });
}

/** Only the board head removes a document for good, and never a public one (unpublish it first, with a reason). */
export async function deleteDocument(actor: Actor, siteId: string, documentId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId && m.role === 'BOARD_HEAD')) throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập được xóa văn bản.');
  const before = /^[0-9a-f-]{36}$/.test(documentId) ? await findDocumentForConsole({ siteId, id: documentId }) : null;
  if (!before) throw notFound();
  if (before.status === 'PUBLISHED' || before.status === 'SCHEDULED') throw new AppError('RULE_VIOLATION', 'Văn bản đang đăng hoặc hẹn giờ đăng: hãy gỡ (ghi lý do) trước khi xóa.');
  await withTransaction(async (tx) => {
    await deleteDocumentRow(tx, { siteId, id: documentId });
    await forgetItem(tx, documentWorkflow, siteId, documentId);
    await recordAudit(tx, actor, { siteId, action: 'document.delete', entity: 'document', entityId: documentId, before: { number: before.number, status: before.status } });
    await contentChanged(tx, { siteId, type: 'document', id: documentId, change: 'deleted' });
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
  const working = await workingStates(documentWorkflow, siteId, rows.map((r) => r.id));
  return {
    items: rows.map((r) => {
      const w = working.get(r.id);
      // A published document being revised shows both: what the public sees and where the new version stands.
      const pendingVersion = r.status === 'PUBLISHED' && w && w.state !== 'PUBLISHED' ? w.label : null;
      return { ...r, typeLabel: documentTypeLabel(r.type), issuedAt: dateOnly(r.issuedAt)!, updatedAt: r.updatedAt.toISOString(), pendingVersion, scheduleFailed: w?.failed ?? false };
    }),
    total,
    page: params.page,
    pageSize,
  };
}

export type EditableDocument = {
  id: string;
  lang: string;
  slug: string;
  /** What the public sees: PUBLISHED while a version is public. */
  status: string;
  /** The number the public sees (the working version may change it). */
  publicNumber: string;
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
  /** The working version's attachments; `id` is the library file's id. */
  files: { id: string; mediaId: string; name: string; mimeType: string; size: number; url: string }[];
  editorial: Omit<EditorialView, 'data'>;
};

/** The document as the editor should see it: the working version (pending one while published) and its workflow. */
export async function getDocumentForEditing(actor: Actor, siteId: string, documentId: string): Promise<EditableDocument | null> {
  requireDocumentEditor(actor, siteId);
  const row = await findDocumentForConsole({ siteId, id: documentId });
  if (!row) return null;
  const { data, ...editorial } = (await getEditorialView(actor, documentWorkflow, siteId, documentId))!;
  const w = data as unknown as DocumentSnapshot;
  const media = new Map((await findDocumentMediaInSite({ siteId, ids: w.fileIds })).map((m) => [m.id, m]));
  return {
    id: row.id,
    lang: row.lang,
    slug: row.slug,
    status: row.status,
    publicNumber: row.number,
    translationOfId: row.translationOfId,
    englishVersionId: row.translations.find((t) => t.lang === 'en')?.id ?? null,
    number: w.number,
    type: w.type,
    issuer: w.issuer,
    signer: w.signer,
    issuedAt: w.issuedAt,
    effectiveAt: w.effectiveAt,
    expiresAt: w.expiresAt,
    legalStatus: w.legalStatus,
    replacedById: w.replacedById,
    field: w.field,
    summary: w.summary,
    body: w.body,
    bodyHtml: w.body ? renderRichText(w.body as RichTextDoc) : null,
    relatedIds: w.relatedIds,
    files: w.fileIds.flatMap((id) => {
      const m = media.get(id);
      return m ? [{ id: m.id, mediaId: m.id, name: m.originalName, mimeType: m.mimeType, size: m.size, url: mediaFileUrl(m) }] : [];
    }),
    editorial,
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
  };
}
