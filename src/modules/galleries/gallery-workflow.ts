import { AppError } from '@/server/errors';
import type { Db } from '@/server/db';
import type { Snapshot, WorkflowAdapter } from '@/modules/workflow/workflow-adapter';
import { findGalleryFacts, findGalleryForConsole, findMediaInSiteByIds, replaceGalleryItems, updateGalleryRow, updateMediaAlt } from './galleries.repository';
import type { GalleryKindName } from './galleries.schemas';
import { galleryPath } from './gallery-paths';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One row of an album version: a library item (photo with its description, or video file) or a video address. */
export type GallerySnapshotItem = { mediaId: string | null; videoUrl: string | null; caption: string | null; alt: string | null };

/**
 * What a revision of an album stores (C10): its words, cover and item list. The photos themselves live in the
 * media library from the moment they are uploaded; a version only lists them.
 */
export type GallerySnapshot = {
  kind: GalleryKindName;
  title: string;
  description: string | null;
  coverId: string | null;
  items: GallerySnapshotItem[];
};

const asGallery = (data: Snapshot) => data as unknown as GallerySnapshot;

/** An album goes public only with at least one item, and photos only with their descriptions. */
export function assertGalleryPublishable(kind: GalleryKindName, items: { alt: string | null; mediaId: string | null; videoUrl: string | null }[]) {
  if (items.length === 0) {
    throw new AppError('RULE_VIOLATION', kind === 'PHOTO' ? 'Album chưa có ảnh nào; hãy thêm ảnh trước khi đăng.' : 'Album chưa có video nào; hãy thêm video trước khi đăng.');
  }
  if (kind === 'PHOTO' && items.some((i) => !i.alt)) throw new AppError('RULE_VIOLATION', 'Mọi ảnh trong album cần có mô tả (alt) trước khi đăng.');
}

/** Writes an album version into the album's rows (the public copy once it is published). */
export async function writeGalleryVersion(tx: Db, siteId: string, id: string, g: GallerySnapshot) {
  // Items were checked when the version was saved; a library file deleted since is dropped, not an error.
  const ids = [...new Set([...g.items.map((i) => i.mediaId), g.coverId].filter((v): v is string => !!v))];
  const media = new Map((await findMediaInSiteByIds({ siteId, ids }, tx)).map((m) => [m.id, m]));
  const items = g.items.filter((i) => (i.mediaId ? media.has(i.mediaId) : !!i.videoUrl));
  await updateGalleryRow(tx, { siteId, id, data: { title: g.title, description: g.description, coverId: g.coverId && media.has(g.coverId) ? g.coverId : null } });
  await replaceGalleryItems(tx, { siteId, galleryId: id, items });
  // A photo's description lives on the library item, so every use of the picture reads the same words.
  for (const item of items) {
    if (item.mediaId && item.alt && item.alt !== media.get(item.mediaId)!.alt) await updateMediaAlt(tx, { siteId, mediaId: item.mediaId, alt: item.alt });
  }
}

/** Photo and video albums (C10) through the editorial workflow (E2). */
export const galleryWorkflow: WorkflowAdapter = {
  entity: 'gallery',
  noun: 'album',
  async loadFacts(tx, siteId, id) {
    if (!UUID.test(id)) return null;
    const row = await findGalleryFacts({ siteId, id }, tx);
    return row ? { publicStatus: row.status, publishedAt: row.publishedAt, createdById: null } : null;
  },
  async snapshot(tx, siteId, id) {
    const row = await findGalleryForConsole({ siteId, id }, tx);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy album.');
    const snap: GallerySnapshot = {
      kind: row.kind,
      title: row.title,
      description: row.description,
      coverId: row.coverId,
      items: row.items.map((i) => ({ mediaId: i.mediaId, videoUrl: i.videoUrl, caption: i.caption, alt: i.media?.kind === 'IMAGE' ? i.media.alt : null })),
    };
    return snap as unknown as Snapshot;
  },
  async apply(tx, siteId, id, data) {
    await writeGalleryVersion(tx, siteId, id, asGallery(data));
  },
  async setPublic(tx, siteId, id, state) {
    await updateGalleryRow(tx, { siteId, id, data: { status: state.status, ...(state.publishedAt ? { publishedAt: state.publishedAt } : {}) } });
  },
  checkPublishable(data) {
    const g = asGallery(data);
    assertGalleryPublishable(g.kind, g.items);
  },
  title: (data) => asGallery(data).title,
  categoryIds: () => [],
  view(data) {
    const g = asGallery(data);
    return {
      fields: [
        { label: 'Tên album', value: g.title },
        { label: 'Mô tả album', value: g.description ?? '' },
        { label: 'Số mục', value: String(g.items.length) },
      ],
      body: g.items.map((i, n) => [`${n + 1}.`, i.alt ?? i.videoUrl ?? (i.mediaId ? 'tệp video trong thư viện' : ''), i.caption ? `— ${i.caption}` : ''].filter(Boolean).join(' ')),
    };
  },
  consolePath: (siteId, id) => `/quan-tri/trang/${siteId}/thu-vien-anh/${id}`,
  async publicPath(tx, siteId, id) {
    const row = await findGalleryFacts({ siteId, id }, tx);
    return row ? galleryPath(row) : null;
  },
};
