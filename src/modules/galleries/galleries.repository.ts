import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { ContentStatus, GalleryKind, MediaKind, Prisma } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';

const mediaSelect = { id: true, siteId: true, fileName: true, width: true, height: true, alt: true, caption: true, kind: true, mimeType: true, originalName: true } as const;

const listInclude = (siteId: string) =>
  ({
    cover: { select: mediaSelect },
    // The first photo stands in for a missing cover.
    items: { where: { siteId, media: { kind: 'IMAGE' } }, orderBy: [{ position: 'asc' }, { id: 'asc' }], take: 1, select: { media: { select: mediaSelect } } },
    _count: { select: { items: true } },
  }) satisfies Prisma.GalleryInclude;

export type GalleryListRow = Prisma.GalleryGetPayload<{ include: ReturnType<typeof listInclude> }>;

/** Published albums of one kind and language of a site, newest first (C10). */
export function findPublishedGalleries(params: { siteId: string; kind: GalleryKind; lang: string; skip: number; take: number }) {
  const where: Prisma.GalleryWhereInput = { siteId: params.siteId, kind: params.kind, lang: params.lang, ...publishedWhere() };
  return db().$transaction([
    db().gallery.findMany({ where, include: listInclude(params.siteId), orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: params.skip, take: params.take }),
    db().gallery.count({ where }),
  ]);
}

export function findPublishedGalleryBySlug(params: { siteId: string; kind: GalleryKind; lang: string; slug: string }) {
  return db().gallery.findFirst({
    where: { siteId: params.siteId, kind: params.kind, lang: params.lang, slug: params.slug, ...publishedWhere() },
    include: {
      cover: { select: mediaSelect },
      items: { where: { siteId: params.siteId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { media: { select: mediaSelect } } },
      translations: { where: { siteId: params.siteId, ...publishedWhere() }, select: { slug: true, lang: true } },
      translationOf: { select: { slug: true, lang: true, status: true, publishedAt: true } },
    },
  });
}

// ── Console ──────────────────────────────────────────────────────────────────

export function findGalleriesForConsole(params: { siteId: string; kind?: GalleryKind; status?: ContentStatus; skip: number; take: number }) {
  const where: Prisma.GalleryWhereInput = { siteId: params.siteId, ...(params.kind ? { kind: params.kind } : {}), ...(params.status ? { status: params.status } : {}) };
  return db().$transaction([
    db().gallery.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }],
      skip: params.skip,
      take: params.take,
      select: { id: true, kind: true, lang: true, slug: true, title: true, status: true, publishedAt: true, updatedAt: true, _count: { select: { items: true } } },
    }),
    db().gallery.count({ where }),
  ]);
}

export function findGalleryForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.gallery.findFirst({
    where: { id: params.id, siteId: params.siteId },
    include: { items: { where: { siteId: params.siteId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { media: { select: mediaSelect } } } },
  });
}

export type ConsoleGalleryRow = NonNullable<Awaited<ReturnType<typeof findGalleryForConsole>>>;

/** Library items of this site among the given ids (a form's choices are checked against it). */
export function findMediaInSiteByIds(params: { siteId: string; ids: string[] }, tx: Db = db()) {
  if (params.ids.length === 0) return Promise.resolve([]);
  return tx.media.findMany({ where: { siteId: params.siteId, id: { in: params.ids } }, select: mediaSelect });
}

/** The picker of the album editor: the site's images or videos, newest first. */
export function findMediaChoices(params: { siteId: string; kind: MediaKind; take: number }) {
  return db().media.findMany({ where: { siteId: params.siteId, kind: params.kind }, select: mediaSelect, orderBy: { createdAt: 'desc' }, take: params.take });
}

export function gallerySlugExists(params: { siteId: string; lang: string; slug: string; exceptId?: string }, tx: Db = db()) {
  return tx.gallery
    .findFirst({ where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) }, select: { id: true } })
    .then(Boolean);
}

export function insertGallery(tx: Db, data: Prisma.GalleryUncheckedCreateInput) {
  return tx.gallery.create({ data });
}

export async function updateGalleryRow(tx: Db, params: { siteId: string; id: string; data: Prisma.GalleryUncheckedUpdateManyInput }) {
  return (await tx.gallery.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteGalleryRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.gallery.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

/** Replaces an album's rows; media ids were checked to belong to the site. */
export async function replaceGalleryItems(
  tx: Db,
  params: { siteId: string; galleryId: string; items: { mediaId: string | null; videoUrl: string | null; caption: string | null }[] },
) {
  await tx.galleryItem.deleteMany({ where: { siteId: params.siteId, galleryId: params.galleryId } });
  if (params.items.length === 0) return;
  await tx.galleryItem.createMany({
    data: params.items.map((item, position) => ({ siteId: params.siteId, galleryId: params.galleryId, mediaId: item.mediaId, videoUrl: item.videoUrl, caption: item.caption, position })),
  });
}

/** A photo's description lives on the library item, so every use of the picture reads the same words. */
export async function updateMediaAlt(tx: Db, params: { siteId: string; mediaId: string; alt: string }) {
  await tx.media.updateMany({ where: { siteId: params.siteId, id: params.mediaId }, data: { alt: params.alt } });
}

/** What the editorial workflow needs of an album row. */
export function findGalleryFacts(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.gallery.findFirst({ where: { id: params.id, siteId: params.siteId }, select: { id: true, kind: true, lang: true, slug: true, status: true, publishedAt: true } });
}
