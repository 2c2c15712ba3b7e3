import type { Db } from '@/server/db';
import { db } from '@/server/db';
import { Prisma, type ContentStatus } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';
import type { DocumentTypeCode, LegalStatusCode } from './document-types';

/**
 * Văn bản (C3). Every query carries siteId in its WHERE; public ones also the visibility rule of
 * content/visibility.ts (PUBLISHED and publishedAt ≤ now).
 */

const filesOf = (siteId: string) => ({
  where: { siteId, media: { siteId } },
  orderBy: [{ position: 'asc' }, { id: 'asc' }],
  select: { id: true, position: true, media: { select: { id: true, siteId: true, fileName: true, originalName: true, mimeType: true, size: true } } },
}) satisfies Prisma.Document$filesArgs;

const listInclude = (siteId: string) => ({ files: filesOf(siteId) }) satisfies Prisma.DocumentInclude;
export type PublicDocumentRow = Prisma.DocumentGetPayload<{ include: ReturnType<typeof listInclude> }>;

export type DocumentSearch = {
  siteId: string;
  lang: string;
  /** Today in Vietnam, "YYYY-MM-DD": the legal status shown depends on it. */
  today: string;
  now: Date;
  /** Folded number found in the text box: exact matches come first. */
  numberKey?: string;
  /** Words of the text box, matched without diacritics in the summary and the number. */
  text?: string;
  /** The API's `number`: exact match only. */
  exactNumberKey?: string;
  type?: DocumentTypeCode;
  types?: DocumentTypeCode[];
  field?: string;
  issuer?: string;
  year?: number;
  status?: LegalStatusCode;
};

function likeEscape(v: string): string {
  return v.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The status a reader sees, in SQL (same rule as legal-status.ts effectiveLegalStatus). */
function statusSql(today: string) {
  return Prisma.sql`CASE WHEN d."legalStatus" IN ('IN_FORCE', 'NOT_YET_EFFECTIVE') THEN
      CASE WHEN d."effectiveAt" > ${today}::date THEN 'NOT_YET_EFFECTIVE'
           WHEN d."expiresAt" <= ${today}::date THEN 'EXPIRED'
           ELSE 'IN_FORCE' END
    ELSE d."legalStatus"::text END`;
}

function searchWhere(s: DocumentSearch) {
  // publishedAt is stored as UTC without a zone; the ISO string cast to timestamp drops the "Z".
  const conds = [
    Prisma.sql`d."siteId" = ${s.siteId}::uuid`,
    Prisma.sql`d.lang = ${s.lang}`,
    Prisma.sql`d.status = 'PUBLISHED'`,
    Prisma.sql`d."publishedAt" <= ${s.now.toISOString()}::timestamp`,
  ];
  if (s.type) conds.push(Prisma.sql`d.type = ${s.type}`);
  if (s.types?.length) conds.push(Prisma.sql`d.type IN (${Prisma.join(s.types)})`);
  if (s.field) conds.push(Prisma.sql`d.field = ${s.field}`);
  if (s.issuer) conds.push(Prisma.sql`d.issuer = ${s.issuer}`);
  if (s.year) conds.push(Prisma.sql`d."issuedAt" >= ${`${s.year}-01-01`}::date AND d."issuedAt" < ${`${s.year + 1}-01-01`}::date`);
  if (s.exactNumberKey) conds.push(Prisma.sql`d."numberKey" = ${s.exactNumberKey}`);
  if (s.status) conds.push(Prisma.sql`(${statusSql(s.today)}) = ${s.status}`);
  const either = [];
  if (s.numberKey) either.push(Prisma.sql`d."numberKey" LIKE ${`%${likeEscape(s.numberKey)}%`}`);
  if (s.text) {
    const pattern = `%${likeEscape(s.text)}%`;
    either.push(Prisma.sql`unaccent(d.summary) ILIKE unaccent(${pattern})`, Prisma.sql`unaccent(d.number) ILIKE unaccent(${pattern})`);
  }
  if (either.length) conds.push(Prisma.sql`(${Prisma.join(either, ' OR ')})`);
  return Prisma.join(conds, ' AND ');
}

/** One page of a site's published documents matching the filters: exact number first, newest next. */
export async function searchPublishedDocuments(s: DocumentSearch & { skip: number; take: number }) {
  const where = searchWhere(s);
  const exactFirst = s.numberKey ? Prisma.sql`(d."numberKey" = ${s.numberKey}) DESC,` : Prisma.empty;
  const [ids, [count]] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`SELECT d.id FROM documents d WHERE ${where}
      ORDER BY ${exactFirst} d."issuedAt" DESC, d."createdAt" DESC, d.id DESC LIMIT ${s.take} OFFSET ${s.skip}`,
    db().$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM documents d WHERE ${where}`,
  ]);
  const rows = ids.length
    ? await db().document.findMany({ where: { siteId: s.siteId, id: { in: ids.map((r) => r.id) } }, include: listInclude(s.siteId) })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows: ids.map((r) => byId.get(r.id)).filter((r): r is PublicDocumentRow => !!r), total: Number(count?.total ?? 0) };
}

/** The choices of the search form: fields, issuing bodies and years that published documents have. */
export async function findSearchFacets(params: { siteId: string; lang: string; types?: DocumentTypeCode[] }) {
  const where: Prisma.DocumentWhereInput = {
    siteId: params.siteId,
    lang: params.lang,
    ...publishedWhere(),
    ...(params.types?.length ? { type: { in: params.types } } : {}),
  };
  const [fields, issuers, years] = await Promise.all([
    db().document.findMany({ where: { ...where, field: { not: null } }, distinct: ['field'], select: { field: true }, orderBy: { field: 'asc' } }),
    db().document.findMany({ where, distinct: ['issuer'], select: { issuer: true }, orderBy: { issuer: 'asc' } }),
    db().$queryRaw<{ year: number }[]>`SELECT DISTINCT extract(year FROM d."issuedAt")::int AS year FROM documents d
      WHERE d."siteId" = ${params.siteId}::uuid AND d.lang = ${params.lang} AND d.status = 'PUBLISHED'
        AND d."publishedAt" <= ${new Date().toISOString()}::timestamp
        ${params.types?.length ? Prisma.sql`AND d.type IN (${Prisma.join(params.types)})` : Prisma.empty}
      ORDER BY year DESC`,
  ]);
  return { fields: fields.map((f) => f.field!), issuers: issuers.map((i) => i.issuer), years: years.map((y) => Number(y.year)) };
}

export function findPublishedDocumentBySlug(params: { siteId: string; lang: string; slug: string }) {
  return db().document.findFirst({
    where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...publishedWhere() },
    include: {
      ...listInclude(params.siteId),
      relatedTo: {
        where: { siteId: params.siteId, related: { siteId: params.siteId, ...publishedWhere() } },
        select: { related: { select: { slug: true, lang: true, number: true, type: true, summary: true } } },
      },
      replaces: {
        where: { siteId: params.siteId, ...publishedWhere() },
        select: { slug: true, lang: true, number: true, type: true, summary: true },
        orderBy: { issuedAt: 'desc' },
      },
    },
  });
}

/** A published document of the same site by id (the replacing document), or null. */
export function findPublishedDocumentLink(params: { siteId: string; id: string }) {
  return db().document.findFirst({
    where: { siteId: params.siteId, id: params.id, ...publishedWhere() },
    select: { slug: true, lang: true, number: true, type: true, summary: true },
  });
}

/** The published other-language version of a document (C11): its translation or its original. */
export function findPublishedTranslation(params: { siteId: string; id: string; translationOfId: string | null; lang: string }) {
  const other = params.lang === 'en' ? 'vi' : 'en';
  return db().document.findFirst({
    where: {
      siteId: params.siteId,
      lang: other,
      ...publishedWhere(),
      OR: [{ translationOfId: params.id }, ...(params.translationOfId ? [{ id: params.translationOfId }] : [])],
    },
    select: { slug: true, lang: true },
  });
}

// ── Console ──────────────────────────────────────────────────────────────────

export function findDocumentsForConsole(params: { siteId: string; status?: ContentStatus; numberKey?: string; text?: string; skip: number; take: number }) {
  const where: Prisma.DocumentWhereInput = {
    siteId: params.siteId,
    ...(params.status ? { status: params.status } : {}),
    ...(params.text
      ? { OR: [{ summary: { contains: params.text, mode: 'insensitive' } }, ...(params.numberKey ? [{ numberKey: { contains: params.numberKey } }] : [])] }
      : {}),
  };
  return db().$transaction([
    db().document.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip: params.skip,
      take: params.take,
      select: { id: true, slug: true, lang: true, number: true, type: true, summary: true, status: true, issuedAt: true, updatedAt: true },
    }),
    db().document.count({ where }),
  ]);
}

export function findDocumentChoices(siteId: string) {
  return db().document.findMany({
    where: { siteId },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
    take: 500,
    select: { id: true, lang: true, number: true, type: true, summary: true, status: true },
  });
}

export function findConsoleFacets(siteId: string) {
  return Promise.all([
    db().document.findMany({ where: { siteId, field: { not: null } }, distinct: ['field'], select: { field: true }, orderBy: { field: 'asc' } }),
    db().document.findMany({ where: { siteId }, distinct: ['issuer'], select: { issuer: true }, orderBy: { issuer: 'asc' } }),
  ]);
}

export function findDocumentForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.document.findFirst({
    where: { id: params.id, siteId: params.siteId },
    include: {
      relatedTo: { where: { siteId: params.siteId }, select: { relatedId: true } },
      files: filesOf(params.siteId),
      translations: { where: { siteId: params.siteId }, select: { id: true, lang: true } },
    },
  });
}

export type ConsoleDocumentRow = NonNullable<Awaited<ReturnType<typeof findDocumentForConsole>>>;

export function findDocumentIdsInSite(params: { siteId: string; ids: string[] }, tx: Db = db()) {
  return tx.document.findMany({ where: { siteId: params.siteId, id: { in: params.ids } }, select: { id: true, lang: true, replacedById: true } });
}

export function slugExists(params: { siteId: string; lang: string; slug: string; exceptId?: string }, tx: Db = db()) {
  return tx.document
    .findFirst({ where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) }, select: { id: true } })
    .then(Boolean);
}

/** Another document of the site with the same number, language and issue date (a double entry). */
export function findSameNumber(params: { siteId: string; lang: string; numberKey: string; issuedAt: Date; exceptId?: string }, tx: Db = db()) {
  return tx.document.findFirst({
    where: {
      siteId: params.siteId,
      lang: params.lang,
      numberKey: params.numberKey,
      issuedAt: params.issuedAt,
      ...(params.exceptId ? { id: { not: params.exceptId } } : {}),
    },
    select: { id: true, number: true },
  });
}

/** `body: null` clears the rich text (a JSON null column, not the JSON value null). */
type WithBody<T> = Omit<T, 'body'> & { body?: object | null };
const bodyValue = (body: object | null | undefined) => (body === null ? Prisma.DbNull : (body as Prisma.InputJsonValue | undefined));

export function insertDocument(tx: Db, data: WithBody<Prisma.DocumentUncheckedCreateInput>) {
  return tx.document.create({ data: { ...data, body: bodyValue(data.body) } });
}

export async function updateDocumentRow(tx: Db, params: { siteId: string; id: string; data: WithBody<Prisma.DocumentUncheckedUpdateManyInput> }) {
  const data = { ...params.data, body: bodyValue(params.data.body) };
  return (await tx.document.updateMany({ where: { id: params.id, siteId: params.siteId }, data })).count;
}

export async function deleteDocumentRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.document.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

/** Replaces a document's related documents; the ids were checked to belong to the site. */
export async function replaceDocumentRelations(tx: Db, params: { siteId: string; documentId: string; relatedIds: string[] }) {
  await tx.documentRelation.deleteMany({ where: { siteId: params.siteId, documentId: params.documentId } });
  const related = params.relatedIds.filter((id) => id !== params.documentId);
  if (related.length) {
    await tx.documentRelation.createMany({ data: related.map((relatedId) => ({ siteId: params.siteId, documentId: params.documentId, relatedId })) });
  }
}

// ── Attached files (DocumentFile → Media) ────────────────────────────────────

/** Replaces a document's attachments with these library files, in this order (ids checked to belong to the site). */
export async function replaceDocumentFiles(tx: Db, params: { siteId: string; documentId: string; mediaIds: string[] }) {
  await tx.documentFile.deleteMany({ where: { siteId: params.siteId, documentId: params.documentId } });
  if (params.mediaIds.length) {
    await tx.documentFile.createMany({ data: params.mediaIds.map((mediaId, position) => ({ siteId: params.siteId, documentId: params.documentId, mediaId, position })) });
  }
}

/** Library files of the site that may be attached to a document (uploaded as documents). */
export function findDocumentMediaInSite(params: { siteId: string; ids: string[] }, tx: Db = db()) {
  if (params.ids.length === 0) return Promise.resolve([]);
  return tx.media.findMany({
    where: { siteId: params.siteId, id: { in: params.ids }, kind: 'DOCUMENT' },
    select: { id: true, siteId: true, fileName: true, originalName: true, mimeType: true, size: true },
  });
}

// ── Editorial workflow (document-workflow.ts) ────────────────────────────────

export function findDocumentFacts(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.document.findFirst({ where: { id: params.id, siteId: params.siteId }, select: { status: true, publishedAt: true, createdById: true, slug: true, lang: true } });
}
