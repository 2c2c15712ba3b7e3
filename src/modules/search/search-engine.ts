import type { Db } from '@/server/db';
import type { SearchDocument } from './search-sources';
import type { ParsedQuery } from './search-text';

/**
 * The one interface both engines implement (S1): Meilisearch in production, PostgreSQL full-text search
 * with unaccent and pg_trgm otherwise. Both receive the same parsed query and answer the same shape, so
 * the service, the page and the API never know which one ran.
 */
export type EngineQuery = {
  /** The sites searched: one for a sub-site, every active site (or one chosen) on the root portal. */
  siteIds: string[];
  parsed: ParsedQuery;
  types?: string[];
  field?: string;
  /** Inclusive lower bound and exclusive upper bound of the item's date. */
  from?: Date;
  to?: Date;
  sort: 'relevance' | 'date';
  offset: number;
  limit: number;
  now: Date;
};

export type EngineHit = {
  siteId: string;
  type: string;
  entityId: string;
  lang: string;
  slug: string;
  path: string;
  title: string;
  body: string;
  date: Date | null;
  /** The hit's số ký hiệu is exactly the number in the query. */
  exactNumber: boolean;
};

export type EngineResult = {
  total: number;
  /** More items match than the engine counted: `total` is a lower bound ("hơn N kết quả"). */
  totalCapped: boolean;
  hits: EngineHit[];
  /** Mistyped words replaced by known ones (typed → corrected); empty when the engine corrects silently. */
  corrections: Map<string, string>;
};

/** Produces a site's documents in batches; the built-in engine passes its transaction so the rebuild reads one snapshot. */
export type DocumentProducer = (siteId: string, tx?: Db) => AsyncIterable<SearchDocument[]>;

export interface SearchEngine {
  readonly name: 'built-in' | 'meilisearch';
  /** Applies the index settings (idempotent); called at start and before the first use. */
  prepare(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(siteId: string, type: string, entityIds: string[]): Promise<void>;
  removeSite(siteId: string): Promise<void>;
  /** Replaces one site's items without a moment where the site has none. */
  replaceSite(siteId: string, produce: DocumentProducer, onBatch?: (count: number) => void): Promise<void>;
  /**
   * Rebuilds the whole index aside and swaps it in: searches keep answering from the old index until the
   * new one is complete. Items of sites not listed disappear.
   */
  rebuildAll(siteIds: string[], produce: DocumentProducer, onBatch?: (count: number) => void): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  /** Distinct fields (lĩnh vực) of the searched sites' items, for the filter. */
  fields(siteIds: string[]): Promise<string[]>;
}
