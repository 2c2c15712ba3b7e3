import { mediaFileUrl } from '@/modules/media/media-url';
import { DOCUMENT_GROUPS, documentTypeLabel, legalStatusLabel, type LegalStatusCode } from './document-types';
import { foldDocumentNumber, numberInQuery } from './document-number';
import { dateOnly } from '@/lib/dates';
import { effectiveLegalStatus, todayInVietnam } from './legal-status';
import {
  findPublishedDocumentBySlug,
  findPublishedDocumentLink,
  findPublishedTranslation,
  findSearchFacets,
  searchPublishedDocuments,
  type PublicDocumentRow,
} from './documents.repository';
import type { DocumentFilter } from './documents.schemas';

/** Public reads of văn bản (C3, C5): search with filters, one document, the home page's newest. */

export const DOCUMENTS_PAGE_SIZE = 20;

export type DocumentFileDto = {
  id: string;
  siteId: string;
  fileName: string;
  /** The name the file had when it was uploaded, shown to readers. */
  name: string;
  mimeType: string;
  size: number;
  /** Path on the document's own site host. */
  url: string;
};

export type DocumentSummary = {
  slug: string;
  lang: 'vi' | 'en';
  number: string;
  type: string;
  typeLabel: string;
  issuer: string;
  signer: string | null;
  /** Calendar dates, "YYYY-MM-DD". */
  issuedAt: string;
  effectiveAt: string | null;
  expiresAt: string | null;
  /** The legal status a reader sees today (legal-status.ts). */
  status: LegalStatusCode;
  statusLabel: string;
  summary: string;
  field: string | null;
  publishedAt: string;
  files: DocumentFileDto[];
};

export type DocumentLink = { slug: string; lang: string; number: string; typeLabel: string; summary: string };

export type DocumentDetail = DocumentSummary & {
  bodyHtml: string | null;
  updatedAt: string;
  /** The replacing document, only when it is published on the same site. */
  replacedBy: DocumentLink | null;
  /** Published documents this one replaces. */
  replaces: DocumentLink[];
  related: DocumentLink[];
  translation: { lang: string; slug: string } | null;
};

function toFile(f: PublicDocumentRow['files'][number]): DocumentFileDto {
  const m = f.media;
  return { id: m.id, siteId: m.siteId, fileName: m.fileName, name: m.originalName, mimeType: m.mimeType, size: m.size, url: mediaFileUrl(m) };
}

function toSummary(row: PublicDocumentRow, today: string): DocumentSummary {
  const lang = row.lang === 'en' ? 'en' : 'vi';
  const status = effectiveLegalStatus({ legalStatus: row.legalStatus, effectiveAt: dateOnly(row.effectiveAt), expiresAt: dateOnly(row.expiresAt) }, today);
  return {
    slug: row.slug,
    lang,
    number: row.number,
    type: row.type,
    typeLabel: documentTypeLabel(row.type, lang),
    issuer: row.issuer,
    signer: row.signer,
    issuedAt: dateOnly(row.issuedAt)!,
    effectiveAt: dateOnly(row.effectiveAt),
    expiresAt: dateOnly(row.expiresAt),
    status,
    statusLabel: legalStatusLabel(status, lang),
    summary: row.summary,
    field: row.field,
    publishedAt: row.publishedAt!.toISOString(),
    files: row.files.map(toFile),
  };
}

function toLink(d: { slug: string; lang: string; number: string; type: string; summary: string }): DocumentLink {
  return { slug: d.slug, lang: d.lang, number: d.number, typeLabel: documentTypeLabel(d.type, d.lang === 'en' ? 'en' : 'vi'), summary: d.summary };
}

export type DocumentSearchResult = {
  items: (DocumentSummary & { exactNumber: boolean })[];
  page: number;
  pageSize: number;
  total: number;
  /** The folded number found in the text box, if any. */
  numberKey: string | null;
};

/**
 * A site's published documents matching the filters (C3 search tool). A number/symbol in the text
 * box is matched exactly on the folded number and those documents come first; the words match the
 * summary and the number without regard to diacritics.
 */
export async function searchDocuments(params: { siteId: string; filter: DocumentFilter; page?: number; pageSize?: number; now?: Date }): Promise<DocumentSearchResult> {
  const now = params.now ?? new Date();
  const today = todayInVietnam(now);
  const f = params.filter;
  const page = Math.max(1, params.page ?? 1);
  const pageSize = params.pageSize ?? DOCUMENTS_PAGE_SIZE;
  const numberKey = f.q ? numberInQuery(f.q) : null;
  const { rows, total } = await searchPublishedDocuments({
    siteId: params.siteId,
    lang: f.lang,
    today,
    now,
    numberKey: numberKey ?? undefined,
    text: f.q,
    exactNumberKey: f.number ? foldDocumentNumber(f.number) : undefined,
    type: f.type,
    types: f.group ? [...DOCUMENT_GROUPS[f.group].types] : undefined,
    field: f.field,
    issuer: f.issuer,
    year: f.year,
    status: f.status,
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return {
    items: rows.map((r) => ({ ...toSummary(r, today), exactNumber: !!numberKey && r.numberKey === numberKey })),
    page,
    pageSize,
    total,
    numberKey,
  };
}

/** Choices for the search form, from what the site has published (in the group, when one is chosen). */
export async function getDocumentSearchFacets(params: { siteId: string; lang: 'vi' | 'en'; group?: keyof typeof DOCUMENT_GROUPS }) {
  return findSearchFacets({ siteId: params.siteId, lang: params.lang, types: params.group ? [...DOCUMENT_GROUPS[params.group].types] : undefined });
}

export async function getPublishedDocument(params: { siteId: string; slug: string; lang?: 'vi' | 'en'; now?: Date }): Promise<DocumentDetail | null> {
  const lang = params.lang ?? 'vi';
  const row = await findPublishedDocumentBySlug({ siteId: params.siteId, lang, slug: params.slug });
  if (!row) return null;
  const [replacedBy, translation] = await Promise.all([
    row.replacedById ? findPublishedDocumentLink({ siteId: params.siteId, id: row.replacedById }) : null,
    findPublishedTranslation({ siteId: params.siteId, id: row.id, translationOfId: row.translationOfId, lang }),
  ]);
  return {
    ...toSummary(row, todayInVietnam(params.now)),
    bodyHtml: row.bodyHtml || null,
    updatedAt: row.updatedAt.toISOString(),
    replacedBy: replacedBy ? toLink(replacedBy) : null,
    replaces: row.replaces.map(toLink),
    related: row.relatedTo.map((r) => toLink(r.related)),
    translation,
  };
}

/** The newest published documents of a site (home page side block). */
export async function listLatestDocuments(siteId: string, take = 5, lang: 'vi' | 'en' = 'vi') {
  return (await searchDocuments({ siteId, filter: { lang }, pageSize: take })).items;
}
