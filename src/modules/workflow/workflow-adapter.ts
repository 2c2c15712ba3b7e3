import type { Db } from '@/server/db';
import type { ContentType } from '@/modules/content/content-events';

/** The editable fields of an item as one JSON snapshot (what a revision stores). */
export type Snapshot = Record<string, unknown>;

/** What the workflow needs to know of a content row. */
export type ItemFacts = {
  /** The row's status: PUBLISHED while a version is public. */
  publicStatus: string;
  publishedAt: Date | null;
  createdById: string | null;
};

/** A readable view of a snapshot for the side-by-side diff (E3). */
export type SnapshotView = { fields: { label: string; value: string }[]; body: string[] };

/**
 * How the workflow reaches one content type. The workflow owns states, revisions, locks and
 * notifications; the adapter owns the type's table and its rules for what may be published.
 */
export type WorkflowAdapter = {
  entity: ContentType;
  /** "bài viết", "văn bản"… for messages. */
  noun: string;
  loadFacts(tx: Db, siteId: string, id: string): Promise<ItemFacts | null>;
  /** The row's current editable fields. */
  snapshot(tx: Db, siteId: string, id: string): Promise<Snapshot>;
  /** Writes a version's fields into the row (the public copy when the item is published). */
  apply(tx: Db, siteId: string, id: string, data: Snapshot, userId: string | null): Promise<void>;
  setPublic(tx: Db, siteId: string, id: string, state: { status: 'PUBLISHED' | 'UNPUBLISHED' | 'ARCHIVED' | 'DRAFT' | 'SUBMITTED' | 'REVIEWED' | 'RETURNED' | 'SCHEDULED'; publishedAt?: Date }): Promise<void>;
  /** Throws an AppError when the version lacks what publication requires (e.g. author and source). */
  checkPublishable(data: Snapshot): void;
  title(data: Snapshot): string;
  categoryIds(data: Snapshot): string[];
  view(data: Snapshot): SnapshotView;
  consolePath(siteId: string, id: string): string;
  /** Absolute path of the public page on the site's host, when the item has one. */
  publicPath(tx: Db, siteId: string, id: string): Promise<string | null>;
};
