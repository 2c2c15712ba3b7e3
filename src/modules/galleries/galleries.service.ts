import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent } from '@/modules/content/content.policy';
import { contentChanged } from '@/modules/content/content-events';
import { forgetItem, getEditorialView, transition, workingStates, type EditorialView, type TransitionInput } from '@/modules/workflow/workflow.service';
import { galleryWorkflow, type GallerySnapshot } from './gallery-workflow';
import { mediaFileUrl, type MediaRef } from '@/modules/media/media-url';
import {
  deleteGalleryRow,
  findGalleriesForConsole,
  findGalleryForConsole,
  findMediaChoices,
  findMediaInSiteByIds,
  findPublishedGalleries,
  findPublishedGalleryBySlug,
  type GalleryListRow,
} from './galleries.repository';
import type { GalleryKindName } from './galleries.schemas';
import { describeVideoLink, type VideoLink } from './video-embed';

export const GALLERIES_PAGE_SIZE = 12;

type MediaCols = { id: string; siteId: string; fileName: string; width: number | null; height: number | null; alt: string | null; kind: string; mimeType: string };
export type Picture = MediaRef & { alt: string };

export type GallerySummary = {
  slug: string;
  lang: string;
  kind: GalleryKindName;
  title: string;
  description: string | null;
  publishedAt: string;
  count: number;
  cover: Picture | null;
};

export type GalleryItemView = {
  id: string;
  caption: string | null;
  image: Picture | null;
  videoFile: { url: string; mimeType: string } | null;
  videoLink: VideoLink | null;
};

export type GalleryDetail = GallerySummary & {
  updatedAt: string;
  items: GalleryItemView[];
  /** The other language's published version, if any (C11). */
  translation: { lang: string; slug: string } | null;
};

const ref = (m: MediaCols): MediaRef => ({ id: m.id, siteId: m.siteId, fileName: m.fileName, width: m.width, height: m.height });
const picture = (m: MediaCols | null | undefined): Picture | null => (m && m.kind === 'IMAGE' ? { ...ref(m), alt: m.alt ?? '' } : null);

function toSummary(row: GalleryListRow | (Omit<GalleryListRow, 'items' | '_count'> & { items: { media: MediaCols | null }[]; _count?: undefined })): GallerySummary {
  const photos = row.items.filter((i) => i.media?.kind === 'IMAGE');
  return {
    slug: row.slug,
    lang: row.lang,
    kind: row.kind,
    title: row.title,
    description: row.description,
    publishedAt: row.publishedAt!.toISOString(),
    count: row._count?.items ?? row.items.length,
    cover: picture(row.cover) ?? picture(photos[0]?.media),
  };
}

function isPublic(x: { status: string; publishedAt: Date | null } | null | undefined): boolean {
  return !!x && x.status === 'PUBLISHED' && !!x.publishedAt && x.publishedAt <= new Date();
}

/** Public list of a site's published photo or video albums (C10). */
export async function listPublishedGalleries(params: { siteId: string; kind: GalleryKindName; lang?: 'vi' | 'en'; page?: number; pageSize?: number }) {
  const page = Math.max(1, params.page ?? 1);
  const pageSize = params.pageSize ?? GALLERIES_PAGE_SIZE;
  const [rows, total] = await findPublishedGalleries({ siteId: params.siteId, kind: params.kind, lang: params.lang ?? 'vi', skip: (page - 1) * pageSize, take: pageSize });
  return { items: rows.map(toSummary), page, pageSize, total };
}

export async function getPublishedGallery(params: { siteId: string; kind: GalleryKindName; slug: string; lang?: 'vi' | 'en' }): Promise<GalleryDetail | null> {
  const row = await findPublishedGalleryBySlug({ siteId: params.siteId, kind: params.kind, slug: params.slug, lang: params.lang ?? 'vi' });
  if (!row) return null;
  const translation = row.lang === 'vi' ? (row.translations.find((t) => t.lang === 'en') ?? null) : isPublic(row.translationOf) ? row.translationOf : null;
  return {
    ...toSummary(row),
    updatedAt: row.updatedAt.toISOString(),
    items: row.items.map((item) => ({
      id: item.id,
      caption: item.caption,
      image: picture(item.media),
      videoFile: item.media?.kind === 'VIDEO' ? { url: mediaFileUrl(item.media), mimeType: item.media.mimeType } : null,
      videoLink: item.videoUrl ? describeVideoLink(item.videoUrl) : null,
    })),
    translation: translation ? { lang: translation.lang, slug: translation.slug } : null,
  };
}

// ── Console ──────────────────────────────────────────────────────────────────

export function requireGalleryEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền biên tập thư viện ảnh, video của trang này.');
}

export async function listGalleriesForConsole(actor: Actor, siteId: string, params: { page: number }) {
  requireGalleryEditor(actor, siteId);
  const pageSize = 30;
  const [rows, total] = await findGalleriesForConsole({ siteId, skip: (params.page - 1) * pageSize, take: pageSize });
  const working = await workingStates(galleryWorkflow, siteId, rows.map((r) => r.id));
  const pending = (r: (typeof rows)[number]) => {
    const w = working.get(r.id);
    return r.status === 'PUBLISHED' && w && w.state !== 'PUBLISHED' ? w.label : null;
  };
  return {
    items: rows.map((r) => ({
      pendingVersion: pending(r),
      id: r.id,
      kind: r.kind,
      lang: r.lang,
      slug: r.slug,
      title: r.title,
      status: r.status,
      count: r._count.items,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    })),
    total,
    page: params.page,
    pageSize,
  };
}

export type ConsoleGalleryItem = {
  mediaId: string | null;
  videoUrl: string | null;
  caption: string | null;
  alt: string | null;
  media: (MediaRef & { kind: string; originalName: string }) | null;
};

export type ConsoleGallery = {
  id: string;
  kind: GalleryKindName;
  lang: string;
  slug: string;
  status: string;
  publicTitle: string;
  title: string;
  description: string | null;
  coverId: string | null;
  publishedAt: string | null;
  translationOfId: string | null;
  items: ConsoleGalleryItem[];
  /** Changes with every saved version: the editor is re-keyed by it (clears the file input, shows new rows). */
  version: string;
  editorial: Omit<EditorialView, 'data'>;
};

function fingerprint(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

/** The album as the editor should see it: the working version (the pending one while published) and its workflow. */
export async function getGalleryForEditing(actor: Actor, siteId: string, galleryId: string): Promise<ConsoleGallery | null> {
  requireGalleryEditor(actor, siteId);
  if (!/^[0-9a-f-]{36}$/.test(galleryId)) return null;
  const row = await findGalleryForConsole({ siteId, id: galleryId });
  if (!row) return null;
  const { data, ...editorial } = (await getEditorialView(actor, galleryWorkflow, siteId, galleryId))!;
  const working = data as unknown as GallerySnapshot;
  const ids = working.items.map((i) => i.mediaId).filter((v): v is string => !!v);
  const media = new Map((await findMediaInSiteByIds({ siteId, ids })).map((m) => [m.id, m]));
  return {
    id: row.id,
    kind: row.kind,
    lang: row.lang,
    slug: row.slug,
    status: row.status,
    publicTitle: row.title,
    title: working.title,
    description: working.description,
    coverId: working.coverId,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    translationOfId: row.translationOfId,
    items: working.items
      .filter((i) => !i.mediaId || media.has(i.mediaId))
      .map((i) => {
        const m = i.mediaId ? media.get(i.mediaId)! : null;
        return { mediaId: i.mediaId, videoUrl: i.videoUrl, caption: i.caption, alt: i.alt, media: m ? { ...ref(m), kind: m.kind, originalName: m.originalName } : null };
      }),
    version: fingerprint(`${editorial.state}:${JSON.stringify(working)}`),
    editorial,
  };
}

export type MediaChoice = MediaRef & { label: string; alt: string | null; originalName: string };

/** What the album editor offers: the library's images (photos, covers) and videos. */
export async function getGalleryEditorOptions(actor: Actor, siteId: string) {
  requireGalleryEditor(actor, siteId);
  const [images, videos] = await Promise.all([findMediaChoices({ siteId, kind: 'IMAGE', take: 300 }), findMediaChoices({ siteId, kind: 'VIDEO', take: 100 })]);
  const choice = (m: MediaCols & { originalName: string }): MediaChoice => ({ ...ref(m), alt: m.alt, originalName: m.originalName, label: m.alt ? `${m.alt} (${m.originalName})` : m.originalName });
  return { images: images.map(choice), videos: videos.map(choice) };
}

/** One step of the editorial workflow on an album: submit, review, return, approve, schedule, unpublish… */
export function galleryTransition(actor: Actor, siteId: string, galleryId: string, input: TransitionInput) {
  return transition(actor, galleryWorkflow, { siteId, entityId: galleryId, ...input });
}

/** Only the board head removes an album for good, and never a public one (unpublish it first, with a reason). */
export async function deleteGallery(actor: Actor, siteId: string, galleryId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId && m.role === 'BOARD_HEAD')) throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập được xóa album.');
  await withTransaction(async (tx) => {
    const before = /^[0-9a-f-]{36}$/.test(galleryId) ? await findGalleryForConsole({ siteId, id: galleryId }, tx) : null;
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy album.');
    if (before.status === 'PUBLISHED' || before.status === 'SCHEDULED') throw new AppError('RULE_VIOLATION', 'Album đang đăng hoặc hẹn giờ đăng: hãy gỡ album (ghi lý do) trước khi xóa.');
    await deleteGalleryRow(tx, { siteId, id: galleryId });
    await forgetItem(tx, galleryWorkflow, siteId, galleryId);
    await recordAudit(tx, actor, { siteId, action: 'gallery.delete', entity: 'gallery', entityId: galleryId, before: { title: before.title, status: before.status } });
    await contentChanged(tx, { siteId, type: 'gallery', id: galleryId, change: 'deleted' });
  });
}
