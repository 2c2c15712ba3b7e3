import { Meilisearch, type EnqueuedTaskPromise, type Settings } from 'meilisearch';
import type { DocumentProducer, EngineHit, EngineQuery, EngineResult, SearchEngine } from './search-engine';
import type { SearchDocument } from './search-sources';
import { foldForSearch, SEARCH_SYNONYMS, searchWords } from './search-text';

/** One Meilisearch document per item; the folded copies are what is searched (the same folding as the built-in engine). */
type MeiliDocument = {
  id: string;
  siteId: string;
  type: string;
  entityId: string;
  lang: string;
  slug: string;
  path: string;
  title: string;
  body: string;
  field: string | null;
  numberKey: string | null;
  titleFolded: string;
  fieldFolded: string;
  bodyFolded: string;
  date: number | null;
  visibleFrom: number;
  indexedAt: number;
};

/** Meilisearch counts hits exactly up to this many (`maxTotalHits`); beyond it the total is a lower bound. */
const MAX_TOTAL_HITS = 10_000;
const RETRIEVED = ['siteId', 'type', 'entityId', 'lang', 'slug', 'path', 'title', 'body', 'date', 'numberKey'];

/** Applied by code at every start (prepare), so an index never runs with settings other than these. */
export const MEILI_SETTINGS: Settings = {
  searchableAttributes: ['numberKey', 'titleFolded', 'fieldFolded', 'bodyFolded'],
  filterableAttributes: ['siteId', 'type', 'entityId', 'field', 'date', 'visibleFrom', 'lang', 'numberKey', 'indexedAt'],
  sortableAttributes: ['date'],
  displayedAttributes: ['*'],
  synonyms: Object.fromEntries(SEARCH_SYNONYMS.flatMap((s) => [[s.short, [s.long]], [s.long, [s.short]]])),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnAttributes: ['numberKey'] },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
};

/** A string inside a Meilisearch filter expression. */
const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function toMeili(d: SearchDocument, indexedAt: number): MeiliDocument {
  return {
    id: `${d.type}-${d.entityId}`,
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
    titleFolded: foldForSearch(d.title),
    fieldFolded: foldForSearch(d.field ?? ''),
    bodyFolded: foldForSearch(d.body),
    date: d.date ? d.date.getTime() : null,
    visibleFrom: d.visibleFrom.getTime(),
    indexedAt,
  };
}

async function done(task: EnqueuedTaskPromise): Promise<void> {
  const result = await task.waitTask({ timeout: 120_000 });
  if (result.status !== 'succeeded') throw new Error(`Meilisearch: ${result.error?.message ?? result.status}`);
}

/** Production engine (docker-compose.yml). Only the server talks to it; the key never reaches a browser. */
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private prepared: Promise<void> | null = null;

  constructor(options: { host: string; apiKey?: string; indexUid?: string }) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.indexUid = options.indexUid ?? 'cong-so';
  }

  readonly indexUid: string;

  private async applySettings(uid: string): Promise<void> {
    await done(this.client.index(uid).updateSettings(MEILI_SETTINGS));
  }

  prepare(): Promise<void> {
    this.prepared ??= (async () => {
      if (!(await this.client.index(this.indexUid).getRawInfo().then(() => true, () => false))) {
        await done(this.client.createIndex(this.indexUid, { primaryKey: 'id' }));
      }
      await this.applySettings(this.indexUid);
    })().catch((error) => {
      this.prepared = null;
      throw error;
    });
    return this.prepared;
  }

  private async index() {
    await this.prepare();
    return this.client.index<MeiliDocument>(this.indexUid);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const now = Date.now();
    await done((await this.index()).addDocuments(documents.map((d) => toMeili(d, now))));
  }

  async remove(siteId: string, type: string, entityIds: string[]): Promise<void> {
    if (entityIds.length === 0) return;
    await done((await this.index()).deleteDocuments({ filter: `siteId = ${quote(siteId)} AND type = ${quote(type)} AND entityId IN [${entityIds.map(quote).join(', ')}]` }));
  }

  async removeSite(siteId: string): Promise<void> {
    await done((await this.index()).deleteDocuments({ filter: `siteId = ${quote(siteId)}` }));
  }

  /** New versions first, then whatever of the site was not re-added: the site never disappears meanwhile. */
  async replaceSite(siteId: string, produce: DocumentProducer, onBatch?: (count: number) => void): Promise<void> {
    const index = await this.index();
    const started = Date.now();
    for await (const batch of produce(siteId)) {
      await done(index.addDocuments(batch.map((d) => toMeili(d, started))));
      onBatch?.(batch.length);
    }
    await done(index.deleteDocuments({ filter: `siteId = ${quote(siteId)} AND indexedAt < ${started}` }));
  }

  /** A new index built aside with the same settings, then swapped in one step (swapIndexes), the old one dropped. */
  async rebuildAll(siteIds: string[], produce: DocumentProducer, onBatch?: (count: number) => void): Promise<void> {
    await this.prepare();
    const temp = `${this.indexUid}-rebuild-${Date.now()}`;
    await done(this.client.createIndex(temp, { primaryKey: 'id' }));
    try {
      await this.applySettings(temp);
      const index = this.client.index<MeiliDocument>(temp);
      const now = Date.now();
      for (const siteId of siteIds) {
        for await (const batch of produce(siteId)) {
          await done(index.addDocuments(batch.map((d) => toMeili(d, now))));
          onBatch?.(batch.length);
        }
      }
      await done(this.client.swapIndexes([{ indexes: [this.indexUid, temp], rename: false }]));
    } finally {
      await done(this.client.deleteIndex(temp)).catch(() => undefined);
    }
  }

  private filters(q: EngineQuery): string[] {
    const f = [`siteId IN [${q.siteIds.map(quote).join(', ')}]`, `visibleFrom <= ${q.now.getTime()}`];
    if (q.types?.length) f.push(`type IN [${q.types.map(quote).join(', ')}]`);
    if (q.field) f.push(`field = ${quote(q.field)}`);
    if (q.from) f.push(`date >= ${q.from.getTime()}`);
    if (q.to) f.push(`date < ${q.to.getTime()}`);
    return f;
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    const index = await this.index();
    const filter = this.filters(q);
    const toHit = (h: MeiliDocument): EngineHit => ({
      siteId: h.siteId,
      type: h.type,
      entityId: h.entityId,
      lang: h.lang,
      slug: h.slug,
      path: h.path,
      title: h.title,
      body: h.body,
      date: h.date === null ? null : new Date(h.date),
      exactNumber: Boolean(q.parsed.numberKey && h.numberKey === q.parsed.numberKey),
    });
    const result = await index.search(searchWords(q.parsed.text).join(' '), {
      filter,
      sort: q.sort === 'date' ? ['date:desc'] : undefined,
      page: Math.floor(q.offset / q.limit) + 1,
      hitsPerPage: q.limit,
      attributesToRetrieve: RETRIEVED,
      matchingStrategy: 'all',
    });
    let hits = result.hits.map((h) => toHit(h as MeiliDocument));
    // The exact số ký hiệu first, as in the built-in engine.
    if (q.parsed.numberKey && q.offset === 0 && q.sort === 'relevance') {
      const exact = await index.search('', { filter: [...filter, `numberKey = ${quote(q.parsed.numberKey)}`], limit: 5, attributesToRetrieve: RETRIEVED });
      const first = exact.hits.map((h) => toHit(h as MeiliDocument));
      const ids = new Set(first.map((h) => h.entityId));
      hits = [...first, ...hits.filter((h) => !ids.has(h.entityId))].slice(0, q.limit);
    }
    const total = Math.max(result.totalHits ?? 0, hits.length);
    return { total, totalCapped: total >= MAX_TOTAL_HITS, hits, corrections: new Map() };
  }

  async fields(siteIds: string[]): Promise<string[]> {
    const index = await this.index();
    const r = await index.search('', { filter: [`siteId IN [${siteIds.map(quote).join(', ')}]`], facets: ['field'], limit: 0 });
    return Object.keys(r.facetDistribution?.field ?? {}).sort((a, b) => a.localeCompare(b, 'vi'));
  }
}
