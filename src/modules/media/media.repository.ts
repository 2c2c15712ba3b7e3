import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { MediaKind } from '@/generated/prisma/client';

export type MediaRow = {
  id: string;
  siteId: string;
  kind: MediaKind;
  fileName: string;
  originalName: string;
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  storageKey: string;
  alt: string | null;
  caption: string | null;
  createdAt: Date;
};

export function insertMedia(tx: Db, data: Omit<MediaRow, 'createdAt'> & { checksum: string; createdById: string | null }) {
  return tx.media.create({ data });
}

export function findMediaInSite(siteId: string, mediaId: string, tx: Db = db()): Promise<MediaRow | null> {
  return tx.media.findFirst({ where: { siteId, id: mediaId } });
}

export function findMediaByChecksum(siteId: string, checksum: string): Promise<MediaRow | null> {
  return db().media.findFirst({ where: { siteId, checksum } });
}

export function findMediaPage(params: { siteId: string; kind?: MediaKind; skip: number; take: number }) {
  const where = { siteId: params.siteId, ...(params.kind ? { kind: params.kind } : {}) };
  return db().$transaction([
    db().media.findMany({ where, orderBy: { createdAt: 'desc' }, skip: params.skip, take: params.take }),
    db().media.count({ where }),
  ]);
}

export function updateMediaMeta(tx: Db, siteId: string, mediaId: string, data: { alt: string | null; caption: string | null }) {
  return tx.media.updateMany({ where: { siteId, id: mediaId }, data });
}

export function deleteMediaRow(tx: Db, siteId: string, mediaId: string) {
  return tx.media.deleteMany({ where: { siteId, id: mediaId } });
}

/** Where an item is used, for the console's "in use" column and to refuse deleting an attachment. */
export async function countMediaUses(siteId: string, mediaId: string, tx: Db = db()): Promise<number> {
  const marker = `/media/${siteId}/${mediaId}/`;
  const counts = await Promise.all([
    tx.article.count({ where: { siteId, OR: [{ featuredImageId: mediaId }, { bodyHtml: { contains: marker } }] } }),
    tx.page.count({ where: { siteId, bodyHtml: { contains: marker } } }),
    tx.person.count({ where: { siteId, photoId: mediaId } }),
    tx.documentFile.count({ where: { siteId, mediaId } }),
    tx.project.count({ where: { siteId, bodyHtml: { contains: marker } } }),
    tx.serviceForm.count({ where: { siteId, mediaId } }),
    tx.gallery.count({ where: { siteId, coverId: mediaId } }),
    tx.galleryItem.count({ where: { siteId, mediaId } }),
    tx.banner.count({ where: { siteId, imageId: mediaId } }),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Whether a file belongs to something the public may see now: a published article (featured image or
 * body), page, person, document (attachment or body), project, procedure form, gallery (cover or item), draft under consultation or a banner
 * inside its dates. One round trip; every branch is scoped by the site.
 */
export async function isMediaPublic(siteId: string, mediaId: string, now: Date = new Date()): Promise<boolean> {
  const marker = `%/media/${siteId}/${mediaId}/%`;
  const rows = await db().$queryRaw<{ ok: boolean }[]>`
    SELECT (
      EXISTS (SELECT 1 FROM articles a WHERE a."siteId" = ${siteId}::uuid AND a.status = 'PUBLISHED' AND a."publishedAt" <= ${now}
              AND (a."featuredImageId" = ${mediaId}::uuid OR a."bodyHtml" LIKE ${marker}))
      OR EXISTS (SELECT 1 FROM pages p WHERE p."siteId" = ${siteId}::uuid AND p.status = 'PUBLISHED' AND p."publishedAt" <= ${now} AND p."bodyHtml" LIKE ${marker})
      OR EXISTS (SELECT 1 FROM people pe WHERE pe."siteId" = ${siteId}::uuid AND pe.status = 'PUBLISHED' AND pe."publishedAt" <= ${now} AND pe."photoId" = ${mediaId}::uuid)
      OR EXISTS (SELECT 1 FROM document_files f JOIN documents d ON d.id = f."documentId"
                 WHERE f."siteId" = ${siteId}::uuid AND f."mediaId" = ${mediaId}::uuid AND d.status = 'PUBLISHED' AND d."publishedAt" <= ${now})
      OR EXISTS (SELECT 1 FROM documents d WHERE d."siteId" = ${siteId}::uuid AND d.status = 'PUBLISHED' AND d."publishedAt" <= ${now} AND d."bodyHtml" LIKE ${marker})
      OR EXISTS (SELECT 1 FROM projects pr WHERE pr."siteId" = ${siteId}::uuid AND pr.status = 'PUBLISHED' AND pr."publishedAt" <= ${now} AND pr."bodyHtml" LIKE ${marker})
      OR EXISTS (SELECT 1 FROM service_forms sf JOIN public_services s ON s.id = sf."serviceId"
                 WHERE sf."siteId" = ${siteId}::uuid AND sf."mediaId" = ${mediaId}::uuid AND s.status = 'PUBLISHED' AND s."publishedAt" <= ${now})
      OR EXISTS (SELECT 1 FROM galleries g WHERE g."siteId" = ${siteId}::uuid AND g.status = 'PUBLISHED' AND g."publishedAt" <= ${now}
                 AND (g."coverId" = ${mediaId}::uuid OR EXISTS (SELECT 1 FROM gallery_items gi WHERE gi."galleryId" = g.id AND gi."mediaId" = ${mediaId}::uuid)))
      OR EXISTS (SELECT 1 FROM consultations c WHERE c."siteId" = ${siteId}::uuid AND c.status = 'PUBLISHED' AND c."publishedAt" <= ${now}
                 AND c."fileIds" @> ARRAY[${mediaId}::uuid])
      OR EXISTS (SELECT 1 FROM banners b WHERE b."siteId" = ${siteId}::uuid AND b."imageId" = ${mediaId}::uuid
                 AND (b."startsAt" IS NULL OR b."startsAt" <= ${now}) AND (b."endsAt" IS NULL OR b."endsAt" > ${now}))
    ) AS ok`;
  return rows[0]?.ok === true;
}
