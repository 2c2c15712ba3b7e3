import type { Db } from '@/server/db';
import { queueSearchUpdate } from '@/modules/search/search-index';

/**
 * One call, inside the writing transaction, whenever something the public can see may have changed.
 * What follows a change (the search index, the page cache) reacts here, so a service never has to know
 * who listens, and a listener never misses a write path. Listeners queue durable work with the
 * transaction (the job outbox) instead of doing it now: if the transaction rolls back, nothing happens;
 * if it commits, the work is certain to run.
 */
export const CONTENT_TYPES = ['article', 'document', 'page', 'person', 'schedule', 'project', 'service', 'gallery', 'banner', 'link', 'category', 'directory', 'menu', 'site', 'question', 'consultation'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export type ContentChange = {
  siteId: string;
  type: ContentType;
  /** The item's id; for `site` changes (suspension, settings, menu) the site id. */
  id: string;
  change: 'saved' | 'published' | 'unpublished' | 'deleted';
};

/**
 * The listeners are called explicitly, not registered at start: every process that writes (app, CLI, seed,
 * tests) then reacts the same way without a registration step to forget. Each listener only queues work.
 */
export async function contentChanged(tx: Db, change: ContentChange): Promise<void> {
  await queueSearchUpdate(tx, change);
}
