import type { Db } from '@/server/db';
import { db } from '@/server/db';
import { Prisma } from '@/generated/prisma/client';
import type { SearchDocument } from './search-sources';

/**
 * The built-in engine's index (search_entries, search_terms). Raw SQL because the tsvector, unaccent,
 * ts_rank and trigram operators have no Prisma equivalent. Every statement names its sites in the where.
 *
 * Text is lower-cased in JavaScript (Unicode-aware, whatever the database's locale; PGlite's is C) and
 * folded by `unaccent` here, so the index and the query (search-text.ts) fold the same way.
 */
const wordsOf = (value: string | null) => (value ?? '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');

export async function upsertEntries(documents: SearchDocument[], tx: Db = db()): Promise<void> {
  if (documents.length === 0) return;
  const rows = JSON.stringify(
    documents.map((d) => ({
      siteId: d.siteId,
      type: d.type,
      entityId: d.entityId,
      lang: d.lang,
      slug: d.slug,
      path: d.path,
      title: d.title,
      body: d.body,
      field: d.field,
      numberKey: d.numberKey,
      date: d.date?.toISOString() ?? null,
      visibleFrom: d.visibleFrom.toISOString(),
      titleWords: wordsOf(d.title),
      fieldWords: wordsOf(d.field),
      bodyWords: wordsOf(d.body),
    })),
  );
  await tx.$executeRaw`
    INSERT INTO search_entries (id, "siteId", type, "entityId", lang, slug, path, title, body, field, "numberKey", date, "visibleFrom", tsv, "titleTsv", "updatedAt")
    SELECT gen_random_uuid(), d."siteId", d.type, d."entityId", d.lang, d.slug, d.path, d.title, d.body, d.field, d."numberKey", d.date, d."visibleFrom",
      setweight(to_tsvector('simple', unaccent(d."titleWords")), 'A')
        || setweight(to_tsvector('simple', unaccent(d."fieldWords")), 'B')
        || setweight(to_tsvector('simple', unaccent(d."bodyWords")), 'D'),
      to_tsvector('simple', unaccent(d."titleWords")),
      now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS d("siteId" uuid, type text, "entityId" uuid, lang text, slug text, path text, title text, body text,
      field text, "numberKey" text, date timestamptz, "visibleFrom" timestamptz, "titleWords" text, "fieldWords" text, "bodyWords" text)
    ON CONFLICT ("siteId", type, "entityId") DO UPDATE SET
      lang = EXCLUDED.lang, slug = EXCLUDED.slug, path = EXCLUDED.path, title = EXCLUDED.title, body = EXCLUDED.body,
      field = EXCLUDED.field, "numberKey" = EXCLUDED."numberKey", date = EXCLUDED.date, "visibleFrom" = EXCLUDED."visibleFrom",
      tsv = EXCLUDED.tsv, "titleTsv" = EXCLUDED."titleTsv", "updatedAt" = now()`;
  const bySite = new Map<string, string[]>();
  for (const d of documents) bySite.set(d.siteId, [...(bySite.get(d.siteId) ?? []), d.entityId]);
  for (const [siteId, ids] of bySite) {
    await tx.$executeRaw`
      INSERT INTO search_terms ("siteId", term)
      SELECT DISTINCT e."siteId", w FROM search_entries e, unnest(tsvector_to_array(e.tsv)) AS w
      WHERE e."siteId" = ${siteId}::uuid AND e."entityId" = ANY(${ids}::uuid[]) AND length(w) >= 3 AND w !~ '[0-9]'
      ON CONFLICT DO NOTHING`;
  }
}

export async function deleteEntries(siteId: string, type: string, entityIds: string[], tx: Db = db()): Promise<void> {
  await tx.$executeRaw`DELETE FROM search_entries WHERE "siteId" = ${siteId}::uuid AND type = ${type} AND "entityId" = ANY(${entityIds}::uuid[])`;
}

export async function deleteSiteEntries(siteId: string, tx: Db = db()): Promise<void> {
  await tx.$executeRaw`DELETE FROM search_entries WHERE "siteId" = ${siteId}::uuid`;
  await tx.$executeRaw`DELETE FROM search_terms WHERE "siteId" = ${siteId}::uuid`;
}

/** Everything of the sites not listed (a full rebuild drops what no longer belongs to an active site). */
export async function deleteEntriesOfOtherSites(siteIds: string[]): Promise<void> {
  await db().$executeRaw`DELETE FROM search_entries WHERE NOT ("siteId" = ANY(${siteIds}::uuid[]))`;
  await db().$executeRaw`DELETE FROM search_terms WHERE NOT ("siteId" = ANY(${siteIds}::uuid[]))`;
}

/** The vocabulary of a site rebuilt from its entries (drops words of items that are gone). */
async function rebuildSiteTerms(siteId: string, tx: Db): Promise<void> {
  await tx.$executeRaw`DELETE FROM search_terms WHERE "siteId" = ${siteId}::uuid`;
  await tx.$executeRaw`
    INSERT INTO search_terms ("siteId", term)
    SELECT DISTINCT ${siteId}::uuid, w FROM search_entries e, unnest(tsvector_to_array(e.tsv)) AS w
    WHERE e."siteId" = ${siteId}::uuid AND length(w) >= 3 AND w !~ '[0-9]'`;
}

/**
 * One site's items replaced in one transaction: searches running meanwhile see the old rows (MVCC) until
 * the new ones commit, so the site is never missing from results. The producer reads through the same
 * transaction, i.e. one consistent snapshot of the content.
 */
export async function replaceSiteEntries(
  siteId: string,
  batches: (tx: Db) => AsyncIterable<SearchDocument[]>,
  onBatch?: (count: number) => void,
): Promise<void> {
  await db().$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM search_entries WHERE "siteId" = ${siteId}::uuid`;
      for await (const batch of batches(tx)) {
        await upsertEntries(batch.filter((d) => d.siteId === siteId), tx);
        onBatch?.(batch.length);
      }
      await rebuildSiteTerms(siteId, tx);
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
}

/**
 * Whether the database runs transactions of several connections side by side. PGlite (the embedded default) is one
 * session behind its socket: two open transactions would interleave, so a rebuild there runs one site at a time.
 */
export async function supportsConcurrentTransactions(): Promise<boolean> {
  const [row] = await db().$queryRaw<{ v: string }[]>`SELECT version() AS v`;
  return !/PGlite|emscripten/i.test(row?.v ?? '');
}

/** For each word: the most similar known word of the sites (itself when known), or nothing. */
export async function closestTerms(siteIds: string[], words: string[]): Promise<{ word: string; term: string | null }[]> {
  if (words.length === 0 || siteIds.length === 0) return [];
  // Words the sites know are answered by the (siteId, term) index; only the others need the trigram search.
  const known = new Set(
    (await db().$queryRaw<{ term: string }[]>`
      SELECT w.word AS term FROM unnest(${words}::text[]) AS w(word)
      WHERE EXISTS (SELECT 1 FROM search_terms t WHERE t.term = w.word AND t."siteId" = ANY(${siteIds}::uuid[]))`).map((r) => r.term),
  );
  const unknown = words.filter((w) => !known.has(w));
  const similar =
    unknown.length === 0
      ? []
      : await db().$queryRaw<{ word: string; term: string | null }[]>`
    SELECT w.word, s.term FROM unnest(${unknown}::text[]) AS w(word)
    LEFT JOIN LATERAL (
      SELECT t.term FROM search_terms t
      WHERE t."siteId" = ANY(${siteIds}::uuid[]) AND t.term % w.word
      ORDER BY similarity(t.term, w.word) DESC, t.term
      LIMIT 1
    ) s ON true`;
  return [...words.filter((w) => known.has(w)).map((word) => ({ word, term: word })), ...similar];
}

export type EntryRow = {
  siteId: string;
  type: string;
  entityId: string;
  lang: string;
  slug: string;
  path: string;
  title: string;
  body: string;
  date: Date | null;
  exact: boolean;
  total: bigint;
  /** More items match than were ranked (relevance order on a broad query): `total` is a lower bound. */
  capped: boolean;
};

/**
 * How many matches a relevance search ranks at most, per kind of match (the title's words, any word). Counting and
 * ranking every match costs time in proportion to the matches: a broad query over a province's 100,000 items
 * would rank tens of thousands to show ten. Items with the words in their title (and a matching số ký hiệu) are
 * taken first, so the cap drops only items that mention the words in their body; Meilisearch caps its
 * hits the same way (`maxTotalHits`).
 */
export const RANK_CAP = 1_000;

export type EntryQuery = {
  siteIds: string[];
  tsquery: string;
  /** The words as typed, adjacent: ranked above the same words apart. */
  phrase: string | null;
  numberKey: string | null;
  types?: string[];
  field?: string;
  from?: Date;
  to?: Date;
  sort: 'relevance' | 'date';
  offset: number;
  limit: number;
  now: Date;
  /** RANK_CAP unless a test sets a small one. */
  cap?: number;
};

/**
 * Matching entries, best first: the exact số ký hiệu, then a number that starts with the one typed
 * ("12/2024" → 12/2024/QĐ-UBND), then the title holding the words as a phrase, then the title's rank, then the
 * newest. Two steps: the matches are ranked on narrow values (the title's small tsvector, never the whole text's),
 * and only the page's rows read their body; the total is counted on the same narrow set.
 */
export function findEntries(q: EntryQuery): Promise<EntryRow[]> {
  const filters: Prisma.Sql[] = [Prisma.sql`e."siteId" = ANY(${q.siteIds}::uuid[])`, Prisma.sql`e."visibleFrom" <= ${q.now}`];
  if (q.types?.length) filters.push(Prisma.sql`e.type = ANY(${q.types}::text[])`);
  if (q.field) filters.push(Prisma.sql`e.field = ${q.field}`);
  if (q.from) filters.push(Prisma.sql`e.date >= ${q.from}`);
  if (q.to) filters.push(Prisma.sql`e.date < ${q.to}`);
  const byNumber = q.numberKey ? Prisma.sql`(e."numberKey" = ${q.numberKey} OR e."numberKey" LIKE ${`${q.numberKey}/%`})` : null;
  const byWords = q.tsquery ? Prisma.sql`e.tsv @@ query` : null;
  const match = byNumber && byWords ? Prisma.sql`(${byWords} OR ${byNumber})` : (byWords ?? byNumber ?? Prisma.sql`false`);
  const numberRank = q.numberKey ? Prisma.sql`(CASE WHEN e."numberKey" = ${q.numberKey} THEN 2 WHEN e."numberKey" LIKE ${`${q.numberKey}/%`} THEN 1 ELSE 0 END)` : Prisma.sql`0`;
  const phrase = q.phrase ? Prisma.sql`coalesce(e."titleTsv" @@ to_tsquery('simple', ${q.phrase}), false)` : Prisma.sql`false`;
  const order =
    q.sort === 'date'
      ? Prisma.sql`m.date DESC NULLS LAST, m."entityId"`
      : Prisma.sql`m.nr DESC, m.ph DESC, m.tr DESC, m.date DESC NULLS LAST, m."entityId"`;
  if (q.sort === 'relevance' && byWords) {
    // Two capped candidate sets read through the GIN indexes (a LIMIT without ORDER BY stops the heap scan early):
    // title matches (and numbers), then any match. Only the candidates are ranked and counted.
    const cap = q.cap ?? RANK_CAP;
    const titled = byNumber ? Prisma.sql`(e."titleTsv" @@ query OR ${byNumber})` : Prisma.sql`e."titleTsv" @@ query`;
    // Each candidate set ranks the rows it reads (no second pass over the table to rank them).
    const ranked = Prisma.sql`e.id, e."entityId", e.date, ${numberRank} AS nr, ${phrase} AS ph, coalesce(ts_rank(e."titleTsv", query), 0) AS tr`;
    return db().$queryRaw<EntryRow[]>`
      WITH titled AS MATERIALIZED (
        SELECT ${ranked} FROM search_entries e, to_tsquery('simple', ${q.tsquery}) AS query
        WHERE ${Prisma.join(filters, ' AND ')} AND ${titled} LIMIT ${cap}
      ), found AS MATERIALIZED (
        SELECT ${ranked} FROM search_entries e, to_tsquery('simple', ${q.tsquery}) AS query
        WHERE ${Prisma.join(filters, ' AND ')} AND ${match} LIMIT ${cap}
      ), matches AS MATERIALIZED (
        SELECT * FROM titled UNION SELECT * FROM found
      ), page AS (
        SELECT m.* FROM matches m ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}
      )
      SELECT e."siteId", e.type, e."entityId", e.lang, e.slug, e.path, e.title, left(e.body, 4000) AS body, e.date,
        m.nr = 2 AS exact, (SELECT count(*) FROM matches) AS total, (SELECT count(*) FROM found) >= ${cap} AS capped
      FROM page m JOIN search_entries e ON e.id = m.id
      ORDER BY ${order}`;
  }
  return db().$queryRaw<EntryRow[]>`
    WITH matches AS MATERIALIZED (
      SELECT e.id, e."entityId", e.date, ${numberRank} AS nr, ${phrase} AS ph, coalesce(ts_rank(e."titleTsv", query), 0) AS tr
      FROM search_entries e, to_tsquery('simple', ${q.tsquery}) AS query
      WHERE ${Prisma.join(filters, ' AND ')} AND ${match}
    ), page AS (
      SELECT m.* FROM matches m ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}
    )
    SELECT e."siteId", e.type, e."entityId", e.lang, e.slug, e.path, e.title, left(e.body, 4000) AS body, e.date,
      m.nr = 2 AS exact, (SELECT count(*) FROM matches) AS total, false AS capped
    FROM page m JOIN search_entries e ON e.id = m.id
    ORDER BY ${order}`;
}

export async function findEntryFields(siteIds: string[]): Promise<string[]> {
  const rows = await db().$queryRaw<{ field: string }[]>`
    SELECT DISTINCT field FROM search_entries WHERE "siteId" = ANY(${siteIds}::uuid[]) AND field IS NOT NULL ORDER BY field LIMIT 200`;
  return rows.map((r) => r.field);
}
