import { cache } from 'react';
import type { Actor } from '@/server/actor';
import { AppError, isAppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { canEditContent, canManageSiteStructure } from '@/modules/content/content.policy';
import type { MediaRef } from '@/modules/media/media-url';
import { requireSiteMedia, uploadMedia } from '@/modules/media/media.service';
import { bannerState, type BannerState } from './banner-schedule';
import { deleteBannerRow, findActiveBanners, findBanner, findBannersForConsole, findImageChoices, insertBanner, updateBannerRow } from './banners.repository';
import { BannerInputSchema, type BannerData, type BannerInput, type BannerSlotName } from './banners.schemas';

export type PublicBanner = { id: string; slot: BannerSlotName; image: MediaRef; alt: string; url: string | null };

export type ConsoleBanner = {
  id: string;
  slot: BannerSlotName;
  title: string;
  alt: string;
  url: string | null;
  imageId: string | null;
  image: MediaRef | null;
  startsAt: string | null;
  endsAt: string | null;
  position: number;
  state: BannerState;
};

type Row = Awaited<ReturnType<typeof findBannersForConsole>>[number];

function toConsole(row: Row, now: Date): ConsoleBanner {
  return {
    id: row.id,
    slot: row.slot,
    title: row.title,
    alt: row.alt,
    url: row.url,
    imageId: row.imageId,
    image: row.image,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    position: row.position,
    state: bannerState(row, now),
  };
}

/**
 * Banners of a site that are inside their dates at this request (C9, seed 002 Đ13). Decided on the server
 * at request time, so a banner appears and disappears on schedule without anyone publishing anything.
 * Cached per request: the layout's and the home page's slots share one query.
 */
export const listActiveBanners = cache(async (siteId: string, now: Date = new Date()): Promise<PublicBanner[]> => {
  const rows = await findActiveBanners(siteId, now);
  return rows.filter((r) => r.image).map((r) => ({ id: r.id, slot: r.slot, image: r.image!, alt: r.alt, url: r.url }));
});

function requireStructure(actor: Actor, siteId: string) {
  if (!canManageSiteStructure(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ quản trị trang hoặc trưởng ban biên tập được quản lý banner.');
}

export async function listBannersForConsole(actor: Actor, siteId: string, now: Date = new Date()): Promise<ConsoleBanner[]> {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền với trang này.');
  return (await findBannersForConsole(siteId)).map((r) => toConsole(r, now));
}

export async function getBannerForEditing(actor: Actor, siteId: string, bannerId: string, now: Date = new Date()): Promise<ConsoleBanner | null> {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền với trang này.');
  if (!/^[0-9a-f-]{36}$/.test(bannerId)) return null;
  const row = await findBanner({ siteId, id: bannerId });
  return row ? toConsole(row, now) : null;
}

/** Pictures of the library a banner can use, labelled by their description. */
export async function listBannerImageChoices(actor: Actor, siteId: string) {
  requireStructure(actor, siteId);
  return (await findImageChoices(siteId)).map((m) => ({
    id: m.id,
    label: m.alt ? `${m.alt} (${m.originalName})` : m.originalName,
    alt: m.alt,
    media: { id: m.id, siteId: m.siteId, fileName: m.fileName, width: m.width, height: m.height },
  }));
}

/** The banner's picture: a new upload (same form), or an image of this site's library. */
async function resolveImage(actor: Actor, siteId: string, data: BannerData, file: File | null | undefined): Promise<string> {
  if (file && file.size > 0) {
    try {
      return (await uploadMedia(actor, siteId, file, { alt: data.alt }, 'IMAGE')).id;
    } catch (e) {
      if (isAppError(e) && e.code === 'VALIDATION') throw new AppError('VALIDATION', e.message, { file: e.message });
      throw e;
    }
  }
  if (!data.imageId) throw new AppError('VALIDATION', 'Hãy chọn ảnh cho banner trong thư viện hoặc tải ảnh mới lên.', { imageId: 'Hãy chọn ảnh cho banner.' });
  try {
    return (await requireSiteMedia(siteId, data.imageId, 'IMAGE')).id;
  } catch (e) {
    if (isAppError(e)) throw new AppError('VALIDATION', 'Ảnh đã chọn không thuộc thư viện ảnh của trang này.', { imageId: 'Ảnh không hợp lệ.' });
    throw e;
  }
}

function auditShape(b: { slot: string; title: string; url: string | null | undefined; startsAt: Date | null; endsAt: Date | null; imageId: string | null }) {
  return { slot: b.slot, title: b.title, url: b.url ?? null, imageId: b.imageId, startsAt: b.startsAt?.toISOString() ?? null, endsAt: b.endsAt?.toISOString() ?? null };
}

export async function createBanner(actor: Actor, siteId: string, input: BannerInput, file?: File | null) {
  requireStructure(actor, siteId);
  const data = parseInput(BannerInputSchema, input);
  const imageId = await resolveImage(actor, siteId, data, file);
  return withTransaction(async (tx) => {
    const row = await insertBanner(tx, {
      siteId,
      slot: data.slot,
      title: data.title,
      imageId,
      alt: data.alt,
      url: data.url ?? null,
      startsAt: data.startsAt,
      endsAt: data.endsAt,
      position: data.position,
    });
    await recordAudit(tx, actor, { siteId, action: 'banner.create', entity: 'banner', entityId: row.id, after: auditShape(row) });
    await contentChanged(tx, { siteId, type: 'banner', id: row.id, change: 'saved' });
    return { id: row.id };
  });
}

export async function updateBanner(actor: Actor, siteId: string, bannerId: string, input: BannerInput, file?: File | null) {
  requireStructure(actor, siteId);
  const data = parseInput(BannerInputSchema, input);
  const before = /^[0-9a-f-]{36}$/.test(bannerId) ? await findBanner({ siteId, id: bannerId }) : null;
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy banner.');
  const imageId = await resolveImage(actor, siteId, data, file);
  await withTransaction(async (tx) => {
    const after = { slot: data.slot, title: data.title, imageId, alt: data.alt, url: data.url ?? null, startsAt: data.startsAt, endsAt: data.endsAt, position: data.position };
    await updateBannerRow(tx, { siteId, id: bannerId, data: after });
    await recordAudit(tx, actor, { siteId, action: 'banner.update', entity: 'banner', entityId: bannerId, before: auditShape(before), after: auditShape(after) });
    await contentChanged(tx, { siteId, type: 'banner', id: bannerId, change: 'saved' });
  });
}

export async function deleteBanner(actor: Actor, siteId: string, bannerId: string) {
  requireStructure(actor, siteId);
  await withTransaction(async (tx) => {
    const before = /^[0-9a-f-]{36}$/.test(bannerId) ? await findBanner({ siteId, id: bannerId }, tx) : null;
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy banner.');
    await deleteBannerRow(tx, { siteId, id: bannerId });
    await recordAudit(tx, actor, { siteId, action: 'banner.delete', entity: 'banner', entityId: bannerId, before: auditShape(before) });
    await contentChanged(tx, { siteId, type: 'banner', id: bannerId, change: 'deleted' });
  });
}
