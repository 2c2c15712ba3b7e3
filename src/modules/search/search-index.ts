import { z } from 'zod';
import type { Db } from '@/server/db';
import { logError } from '@/server/log';
import type { ContentChange } from '@/modules/content/content-events';
import { enqueueJob, PermanentJobError, registerJobHandler } from '@/modules/jobs/job-registry';
import { getSiteById, listActiveSites } from '@/modules/sites/sites.service';
import { BuiltinSearchEngine } from './builtin-engine';
import { MeiliSearchEngine } from './meili-engine';
import type { SearchEngine } from './search-engine';
import { SEARCH_SOURCES, searchSource } from './search-sources';
import { countIndexableItems } from './search-sources.repository';

/**
 * Keeping the index in step with the content (S2). Every write path calls `contentChanged(tx, …)` in its
 * transaction; for searchable types that queues one durable job per item (outbox: the job exists exactly
 * when the change commits, one pending job per item thanks to the dedupe key). The job reads the item's
 * current public state and writes it to the engine or removes it, so it is idempotent and order does not
 * matter. When the engine is down the job retries with back-off and the backlog catches up; publishing
 * never waits for the engine.
 */
export const SEARCH_JOB = 'search.update';

let engine: { key: string; engine: SearchEngine } | undefined;

/**
 * Meilisearch when MEILI_HOST is set (production), the built-in engine otherwise (CONTRACT "Settings"). Built once
 * per set of settings (a changed setting, e.g. in a test that takes the engine down, gives a new client).
 */
export function searchEngine(): SearchEngine {
  const { MEILI_HOST: host, MEILI_MASTER_KEY: apiKey, MEILI_INDEX: indexUid } = process.env;
  const key = JSON.stringify([host, apiKey, indexUid]);
  if (engine?.key !== key) {
    engine = { key, engine: host ? new MeiliSearchEngine({ host, apiKey: apiKey || undefined, indexUid: indexUid || undefined }) : new BuiltinSearchEngine() };
  }
  return engine.engine;
}

/** Applies the engine's settings at start; a search engine that is down must not stop the server. */
export async function prepareSearchEngine(): Promise<void> {
  await searchEngine()
    .prepare()
    .catch((error) => logError('search engine not ready; it will be prepared on first use', error, { engine: searchEngine().name }));
}

const SearchJobPayload = z.object({ siteId: z.uuid(), type: z.string().min(1), id: z.uuid() });

/** Content-change types the index follows besides the sources themselves. */
const SITE_WIDE = new Set(['site', 'category']);

export async function queueSearchUpdate(tx: Db, change: ContentChange): Promise<void> {
  if (!SITE_WIDE.has(change.type) && !searchSource(change.type)) return;
  // A site's settings, move or creation change nothing searchable (names are read when searching); its status does.
  if (change.type === 'site' && change.change === 'saved') return;
  // A category renamed or removed changes its articles' field: the site is re-read as a whole.
  const type = change.type === 'category' ? 'site' : change.type;
  const id = type === 'site' ? change.siteId : change.id;
  await enqueueJob(tx, { kind: SEARCH_JOB, siteId: change.siteId, payload: { siteId: change.siteId, type, id }, dedupeKey: `search:${change.siteId}:${type}:${id}`, maxAttempts: 20 });
}

const BATCH = 500;

/** A site's published items, source after source, in batches (a rebuild never holds a whole site in memory). */
async function* siteDocuments(siteId: string, tx?: Db) {
  for (const source of SEARCH_SOURCES) {
    let afterId: string | undefined;
    for (;;) {
      const batch = await source.load(siteId, { afterId, limit: BATCH }, tx);
      if (batch.length > 0) yield batch;
      if (batch.length < BATCH) break;
      afterId = batch[batch.length - 1]!.entityId;
    }
  }
}

/** Only active sites are searchable: a suspended or archived site's items leave the index, and come back on reactivation. */
async function syncSite(siteId: string): Promise<void> {
  const site = await getSiteById(siteId);
  if (site?.status === 'ACTIVE') await searchEngine().replaceSite(siteId, siteDocuments);
  else await searchEngine().removeSite(siteId);
}

export async function runSearchUpdate(payload: unknown): Promise<void> {
  const parsed = SearchJobPayload.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError('Công việc cập nhật chỉ mục tìm kiếm không hợp lệ.');
  const { siteId, type, id } = parsed.data;
  if (type === 'site') return syncSite(siteId);
  const source = searchSource(type);
  if (!source) throw new PermanentJobError(`Loại nội dung "${type}" không có trong tìm kiếm.`);
  const site = await getSiteById(siteId);
  const [doc] = site?.status === 'ACTIVE' ? await source.load(siteId, { ids: [id], limit: 1 }) : [];
  if (doc) await searchEngine().upsert([doc]);
  else await searchEngine().remove(siteId, type, [id]);
}

export function registerSearchJobs(): void {
  registerJobHandler(SEARCH_JOB, (payload) => runSearchUpdate(payload));
}

export type ReindexProgress = { sitesDone: number; sites: number; items: number; total: number };

/**
 * `search:reindex`: rebuilds from the database without taking search offline (the engines build aside and
 * swap). With a site, only that site; otherwise every active site, and items of other sites are dropped.
 */
export async function rebuildSearchIndex(options: { siteId?: string; onProgress?: (p: ReindexProgress) => void } = {}): Promise<ReindexProgress> {
  const active = await listActiveSites();
  const siteIds = options.siteId ? [options.siteId] : active.map((s) => s.id);
  const progress: ReindexProgress = { sitesDone: 0, sites: siteIds.length, items: 0, total: 0 };
  for (const id of siteIds) progress.total += await countIndexableItems(id);
  options.onProgress?.({ ...progress });
  const onBatch = (count: number) => {
    progress.items += count;
    options.onProgress?.({ ...progress });
  };
  const eng = searchEngine();
  await eng.prepare();
  if (options.siteId) {
    if (active.some((s) => s.id === options.siteId)) await eng.replaceSite(options.siteId, siteDocuments, onBatch);
    else await eng.removeSite(options.siteId);
    progress.sitesDone = 1;
  } else {
    const counting: typeof siteDocuments = async function* (siteId, tx) {
      yield* siteDocuments(siteId, tx);
      progress.sitesDone += 1;
      options.onProgress?.({ ...progress });
    };
    await eng.rebuildAll(siteIds, counting, onBatch);
  }
  options.onProgress?.({ ...progress });
  return progress;
}
