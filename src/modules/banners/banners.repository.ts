import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

const imageSelect = { select: { id: true, siteId: true, fileName: true, width: true, height: true } } as const;

/**
 * Banners the public may see now (C9): inside their dates (start inclusive, end exclusive; an empty date
 * is open-ended) and with an image — the same rule as media.repository's isMediaPublic.
 */
export function findActiveBanners(siteId: string, now: Date) {
  return db().banner.findMany({
    where: {
      siteId,
      imageId: { not: null },
      AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
    },
    include: { image: imageSelect },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
}

export function findBannersForConsole(siteId: string) {
  return db().banner.findMany({ where: { siteId }, include: { image: imageSelect }, orderBy: [{ slot: 'asc' }, { position: 'asc' }, { createdAt: 'asc' }] });
}

export function findBanner(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.banner.findFirst({ where: { id: params.id, siteId: params.siteId }, include: { image: imageSelect } });
}

export function insertBanner(tx: Db, data: Prisma.BannerUncheckedCreateInput) {
  return tx.banner.create({ data });
}

export async function updateBannerRow(tx: Db, params: { siteId: string; id: string; data: Prisma.BannerUncheckedUpdateManyInput }) {
  return (await tx.banner.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteBannerRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.banner.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

/** Images of the site's library to choose a banner picture from (newest first). */
export function findImageChoices(siteId: string) {
  return db().media.findMany({
    where: { siteId, kind: 'IMAGE' },
    select: { id: true, siteId: true, fileName: true, originalName: true, width: true, height: true, alt: true },
    orderBy: { createdAt: 'desc' },
    take: 300,
  });
}
