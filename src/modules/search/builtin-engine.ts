import type { DocumentProducer, EngineQuery, EngineResult, SearchEngine } from './search-engine';
import { correctableWords, toPhraseTsQuery, toTsQuery } from './search-text';
import {
  closestTerms,
  deleteEntries,
  deleteEntriesOfOtherSites,
  deleteSiteEntries,
  findEntries,
  findEntryFields,
  replaceSiteEntries,
  supportsConcurrentTransactions,
  upsertEntries,
} from './search.repository';

/**
 * The engine when no Meilisearch is configured (CONTRACT: `npm start` needs no external service): the
 * application's own PostgreSQL (or PGlite) with `to_tsvector('simple', unaccent(…))` and a GIN index, and
 * `pg_trgm` similarity against the vocabulary of indexed words to correct a mistyped word.
 */
export class BuiltinSearchEngine implements SearchEngine {
  readonly name = 'built-in' as const;

  async prepare(): Promise<void> {
    // Tables, indexes and extensions come with the migrations.
  }

  upsert = upsertEntries;

  remove(siteId: string, type: string, entityIds: string[]): Promise<void> {
    return deleteEntries(siteId, type, entityIds);
  }

  removeSite(siteId: string): Promise<void> {
    return deleteSiteEntries(siteId);
  }

  replaceSite(siteId: string, produce: DocumentProducer, onBatch?: (count: number) => void): Promise<void> {
    return replaceSiteEntries(siteId, (tx) => produce(siteId, tx), onBatch);
  }

  /**
   * Sites two at a time (the text folding runs in the database: two connections keep two cores busy; one at a time on
   * PGlite), each swapped atomically (replaceSiteEntries); then what belongs to no listed site goes.
   */
  async rebuildAll(siteIds: string[], produce: DocumentProducer, onBatch?: (count: number) => void): Promise<void> {
    const queue = [...siteIds];
    const lane = async () => {
      for (let siteId = queue.shift(); siteId; siteId = queue.shift()) await this.replaceSite(siteId, produce, onBatch);
    };
    await Promise.all((await supportsConcurrentTransactions()) ? [lane(), lane()] : [lane()]);
    await deleteEntriesOfOtherSites(siteIds);
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    const corrections = new Map<string, string>();
    const candidates = correctableWords(q.parsed);
    if (candidates.length > 0) {
      for (const { word, term } of await closestTerms(q.siteIds, candidates)) {
        if (term && term !== word) corrections.set(word, term);
      }
    }
    // Every word must match (each through its alternatives): a page of items that miss words would bury the
    // right one; the empty state suggests fewer words instead.
    const rows = await findEntries({
      siteIds: q.siteIds,
      tsquery: toTsQuery(q.parsed.parts, corrections),
      phrase: toPhraseTsQuery(q.parsed.parts),
      numberKey: q.parsed.numberKey,
      types: q.types,
      field: q.field,
      from: q.from,
      to: q.to,
      sort: q.sort,
      offset: q.offset,
      limit: q.limit,
      now: q.now,
    });
    return {
      total: Number(rows[0]?.total ?? 0),
      totalCapped: rows[0]?.capped ?? false,
      corrections,
      hits: rows.map((r) => ({
        siteId: r.siteId,
        type: r.type,
        entityId: r.entityId,
        lang: r.lang,
        slug: r.slug,
        path: r.path,
        title: r.title,
        body: r.body,
        date: r.date,
        exactNumber: r.exact,
      })),
    };
  }

  fields(siteIds: string[]): Promise<string[]> {
    return findEntryFields(siteIds);
  }
}
