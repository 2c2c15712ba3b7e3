import type { Db } from '@/server/db';
import { AppError } from '@/server/errors';
import { parseInput } from '@/server/validation';
import { renderRichText, richTextToPlain, type RichTextDoc, type RichTextNode } from '@/modules/content/rich-text';
import type { Snapshot, WorkflowAdapter } from '@/modules/workflow/workflow-adapter';
import { foldDocumentNumber } from './document-number';
import { documentTypeLabel, legalStatusLabel, type LegalStatusCode } from './document-types';
import { dateOnly } from '@/lib/dates';
import {
  findDocumentFacts,
  findDocumentForConsole,
  findDocumentIdsInSite,
  findDocumentMediaInSite,
  replaceDocumentFiles,
  replaceDocumentRelations,
  updateDocumentRow,
} from './documents.repository';
import { DocumentInputSchema, type DocumentData } from './documents.schemas';

/**
 * What a revision of a văn bản stores: the validated editable fields, JSON-safe (dates as "YYYY-MM-DD"),
 * with the related documents and the attached library files by id. Language and original are fixed at
 * creation and are not part of a version.
 */
export type DocumentSnapshot = {
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
  relatedIds: string[];
  fileIds: string[];
};


export function toDocumentSnapshot(data: DocumentData): DocumentSnapshot {
  return {
    number: data.number,
    type: data.type,
    issuer: data.issuer,
    signer: data.signer ?? null,
    issuedAt: dateOnly(data.issuedAt)!,
    effectiveAt: dateOnly(data.effectiveAt),
    expiresAt: dateOnly(data.expiresAt),
    legalStatus: data.legalStatus,
    replacedById: data.replacedById ?? null,
    field: data.field ?? null,
    summary: data.summary,
    body: data.body ?? null,
    relatedIds: data.relatedIds,
    fileIds: data.fileIds,
  };
}

export const asDocument = (data: Snapshot) => data as unknown as DocumentSnapshot;

/** The version's fields read back through the form's schema (what the form would have accepted). */
function validated(d: DocumentSnapshot): DocumentData {
  return parseInput(DocumentInputSchema, { ...d, signer: d.signer, field: d.field, body: d.body as object | null });
}

function paragraphs(body: unknown): string[] {
  const doc = body as RichTextNode | null;
  return (doc?.content ?? []).map((node) => richTextToPlain(node).trim()).filter(Boolean);
}

const dateVi = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');

export const documentWorkflow: WorkflowAdapter = {
  entity: 'document',
  noun: 'văn bản',
  async loadFacts(tx, siteId, id) {
    const row = await findDocumentFacts({ siteId, id }, tx);
    return row ? { publicStatus: row.status, publishedAt: row.publishedAt, createdById: row.createdById } : null;
  },
  async snapshot(tx, siteId, id) {
    const row = await findDocumentForConsole({ siteId, id }, tx);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
    const snap: DocumentSnapshot = {
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
      body: row.body ?? null,
      relatedIds: row.relatedTo.map((r) => r.relatedId),
      fileIds: row.files.map((f) => f.media.id),
    };
    return snap as unknown as Snapshot;
  },
  async apply(tx: Db, siteId, id, data) {
    const d = validated(asDocument(data));
    // Links were checked when the version was saved; anything deleted since is dropped, not an error.
    const linkIds = [...new Set([...d.relatedIds, ...(d.replacedById ? [d.replacedById] : [])])];
    const [docs, media] = await Promise.all([findDocumentIdsInSite({ siteId, ids: linkIds }, tx), findDocumentMediaInSite({ siteId, ids: d.fileIds }, tx)]);
    const existing = new Set(docs.map((x) => x.id));
    const files = new Set(media.map((m) => m.id));
    await updateDocumentRow(tx, {
      siteId,
      id,
      data: {
        number: d.number,
        numberKey: foldDocumentNumber(d.number),
        type: d.type,
        issuer: d.issuer,
        signer: d.signer ?? null,
        issuedAt: d.issuedAt!,
        effectiveAt: d.effectiveAt,
        expiresAt: d.expiresAt,
        legalStatus: d.legalStatus,
        replacedById: d.replacedById && existing.has(d.replacedById) && d.replacedById !== id ? d.replacedById : null,
        field: d.field ?? null,
        summary: d.summary,
        body: d.body ? (d.body as object) : null,
        bodyHtml: d.body ? renderRichText(d.body as RichTextDoc) : null,
      },
    });
    await replaceDocumentRelations(tx, { siteId, documentId: id, relatedIds: d.relatedIds.filter((r) => existing.has(r)) });
    await replaceDocumentFiles(tx, { siteId, documentId: id, mediaIds: d.fileIds.filter((f) => files.has(f)) });
  },
  async setPublic(tx, siteId, id, state) {
    await updateDocumentRow(tx, { siteId, id, data: { status: state.status, ...(state.publishedAt ? { publishedAt: state.publishedAt } : {}) } });
  },
  /** A document is published as the form would accept it (dates in order, a replacing document only when replaced…). */
  checkPublishable(data) {
    validated(asDocument(data));
  },
  title: (data) => `${documentTypeLabel(asDocument(data).type)} ${asDocument(data).number}`,
  categoryIds: () => [],
  view(data) {
    const d = asDocument(data);
    return {
      fields: [
        { label: 'Số ký hiệu', value: d.number },
        { label: 'Loại văn bản', value: documentTypeLabel(d.type) },
        { label: 'Trích yếu', value: d.summary },
        { label: 'Cơ quan ban hành', value: d.issuer },
        { label: 'Người ký', value: d.signer ?? '' },
        { label: 'Ngày ban hành', value: dateVi(d.issuedAt) },
        { label: 'Ngày có hiệu lực', value: dateVi(d.effectiveAt) },
        { label: 'Ngày hết hiệu lực', value: dateVi(d.expiresAt) },
        { label: 'Tình trạng hiệu lực', value: legalStatusLabel(d.legalStatus as LegalStatusCode, 'vi') },
        { label: 'Lĩnh vực', value: d.field ?? '' },
        { label: 'Văn bản liên quan', value: `${d.relatedIds.length} văn bản` },
        { label: 'Tệp đính kèm', value: `${d.fileIds.length} tệp` },
      ],
      body: paragraphs(d.body),
    };
  },
  consolePath: (siteId, id) => `/quan-tri/trang/${siteId}/van-ban/${id}`,
  async publicPath(tx, siteId, id) {
    const row = await findDocumentFacts({ siteId, id }, tx);
    return row ? `${row.lang === 'en' ? '/en' : ''}/van-ban/${row.slug}` : null;
  },
};
