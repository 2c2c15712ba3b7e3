import type { Actor } from '@/server/actor';
import { AppError, isAppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import type { Snapshot } from '@/modules/workflow/workflow-adapter';
import { assertCanWrite, saveVersion, startImportedItem, startItem } from '@/modules/workflow/workflow.service';
import { uniqueSlug } from '@/modules/content/slug';
import { uploadMedia, type MediaDto } from '@/modules/media/media.service';
import { findGalleryForConsole, findMediaInSiteByIds, gallerySlugExists, insertGallery } from './galleries.repository';
import { GalleryInputSchema, type GalleryData, type GalleryInput, type GalleryKindName } from './galleries.schemas';
import { assertGalleryPublishable, galleryWorkflow, writeGalleryVersion, type GallerySnapshot } from './gallery-workflow';

type PlannedItem = { mediaId: string | null; videoUrl: string | null; caption: string | null; alt: string | null; storedAlt: string | null };
type MediaInfo = Awaited<ReturnType<typeof findMediaInSiteByIds>>[number];

const expectedKind = (kind: GalleryKindName) => (kind === 'PHOTO' ? 'IMAGE' : 'VIDEO');

/**
 * Turns the form's rows and additions into the album's final list, or a field map of everything that
 * is wrong (every photo needs a description; every video a caption naming it; files and ticked items
 * must be of this site's library and of the album's kind).
 */
async function planItems(siteId: string, kind: GalleryKindName, data: GalleryData, fileCount: number) {
  const fields: Record<string, string> = {};
  const ids = [...data.items.map((i) => i.mediaId).filter((v): v is string => !!v), ...data.addMediaIds, ...(data.coverId ? [data.coverId] : [])];
  const media = new Map((await findMediaInSiteByIds({ siteId, ids: [...new Set(ids)] })).map((m) => [m.id, m]));
  const wrongKind = kind === 'PHOTO' ? 'Mục này phải là một ảnh trong thư viện của trang.' : 'Mục này phải là một video trong thư viện của trang.';
  const name = (m: MediaInfo) => m.originalName;

  const rows = data.items.map((item, index) => ({ item, index })).sort((a, b) => a.item.position - b.item.position || a.index - b.index);
  const planned: PlannedItem[] = [];
  for (const { item, index } of rows) {
    const m = item.mediaId ? media.get(item.mediaId) : undefined;
    if (item.mediaId && (!m || m.kind !== expectedKind(kind))) {
      fields[`items.${index}.mediaId`] = wrongKind;
      continue;
    }
    if (kind === 'PHOTO') {
      if (!m) {
        fields[`items.${index}.mediaId`] = 'Hãy chọn ảnh cho mục này.';
        continue;
      }
      const alt = item.alt ?? m.alt;
      if (!alt) fields[`items.${index}.alt`] = `Ảnh "${name(m)}" cần mô tả (alt) cho người không xem được ảnh.`;
      planned.push({ mediaId: m.id, videoUrl: null, caption: item.caption ?? null, alt: alt ?? null, storedAlt: m.alt });
    } else {
      if (!m && !item.videoUrl) fields[`items.${index}.videoUrl`] = 'Hãy nhập địa chỉ video (https://…) hoặc chọn tệp video.';
      if (!item.caption) fields[`items.${index}.caption`] = 'Hãy ghi chú thích (tên) của video.';
      planned.push({ mediaId: m?.id ?? null, videoUrl: m ? null : (item.videoUrl ?? null), caption: item.caption ?? null, alt: null, storedAlt: null });
    }
  }

  for (const id of data.addMediaIds) {
    const m = media.get(id);
    if (!m || m.kind !== expectedKind(kind)) {
      fields.addMediaIds = kind === 'PHOTO' ? 'Chỉ chọn được ảnh trong thư viện của trang này.' : 'Chỉ chọn được video trong thư viện của trang này.';
      continue;
    }
    if (kind === 'PHOTO') {
      const alt = m.alt ?? data.newAlt;
      if (!alt) fields.newAlt = `Ảnh "${name(m)}" chọn từ thư viện chưa có mô tả; hãy điền mô tả (alt) cho ảnh thêm mới.`;
      planned.push({ mediaId: m.id, videoUrl: null, caption: data.newCaption ?? m.caption ?? null, alt: alt ?? null, storedAlt: m.alt });
    } else {
      const caption = data.newCaption ?? m.caption;
      if (!caption) fields.newCaption = 'Hãy ghi chú thích (tên) cho video thêm mới.';
      planned.push({ mediaId: m.id, videoUrl: null, caption: caption ?? null, alt: null, storedAlt: null });
    }
  }

  if (data.newVideoUrl) {
    if (kind === 'PHOTO') fields.newVideoUrl = 'Album ảnh không nhận địa chỉ video.';
    else {
      if (!data.newCaption) fields.newCaption = 'Hãy ghi chú thích (tên) cho video thêm mới.';
      planned.push({ mediaId: null, videoUrl: data.newVideoUrl, caption: data.newCaption ?? null, alt: null, storedAlt: null });
    }
  }

  if (fileCount > 0) {
    if (kind === 'PHOTO' && !data.newAlt) fields.newAlt = 'Hãy mô tả (alt) ảnh mới tải lên; người khiếm thị nghe mô tả này. Sau khi lưu có thể sửa riêng từng ảnh.';
    if (kind === 'VIDEO' && !data.newCaption) fields.newCaption = 'Hãy ghi chú thích (tên) cho video mới tải lên.';
  }

  if (data.coverId) {
    const cover = media.get(data.coverId);
    if (!cover || cover.kind !== 'IMAGE') fields.coverId = 'Ảnh bìa phải là một ảnh trong thư viện của trang này.';
  }
  if (planned.length + fileCount > 200) fields.items = 'Một album có tối đa 200 mục.';
  return { planned, fields };
}

async function uploadAll(actor: Actor, siteId: string, kind: GalleryKindName, files: File[], meta: { alt?: string; caption?: string }): Promise<MediaDto[]> {
  const done: MediaDto[] = [];
  for (const file of files) {
    try {
      done.push(await uploadMedia(actor, siteId, file, { alt: kind === 'PHOTO' ? meta.alt : undefined, caption: meta.caption }, expectedKind(kind)));
    } catch (e) {
      if (isAppError(e) && e.code === 'VALIDATION') {
        const prefix = done.length > 0 ? `Đã tải lên ${done.length} tệp vào thư viện nhưng album chưa được lưu. ` : '';
        throw new AppError('VALIDATION', `${prefix}${e.message}`, { files: e.message });
      }
      throw e;
    }
  }
  return done;
}

/**
 * Creates an album or saves a version of it from the console form (C10, E3): rows with their order, captions and
 * photo descriptions, library items ticked in the same form, an external video address, and files uploaded through
 * the media library (images re-encoded with their variants). Everything is checked before any file is stored; the
 * files go to the library at once, and the album's item list is the version that the board approves (E2). A new
 * album is a draft of its writer; `imported` brings in albums approved before this platform (command line only).
 */
export async function saveGallery(
  actor: Actor,
  siteId: string,
  galleryId: string | null,
  input: GalleryInput,
  options: { files?: File[]; imported?: 'PUBLISHED' | 'DRAFT' } = {},
) {
  const data = parseInput(GalleryInputSchema, input);
  const files = (options.files ?? []).filter((f) => f instanceof File && f.size > 0);
  const before = galleryId ? (/^[0-9a-f-]{36}$/.test(galleryId) ? await findGalleryForConsole({ siteId, id: galleryId }) : null) : null;
  if (galleryId && !before) throw new AppError('NOT_FOUND', 'Không tìm thấy album.');
  if (options.imported) {
    if (before || !(actor.isPlatformAdmin && actor.userId === null)) throw new AppError('FORBIDDEN', 'Chỉ dòng lệnh nhập dữ liệu mới được nhập album; album mới phải qua ban biên tập duyệt.');
  } else {
    await withTransaction((tx) => assertCanWrite(tx, actor, siteId, [], galleryWorkflow.noun));
  }
  const kind = before?.kind ?? data.kind;
  if (data.translationOfId && !before) {
    const original = await findGalleryForConsole({ siteId, id: data.translationOfId });
    if (!original || original.lang !== 'vi') throw new AppError('VALIDATION', 'Album gốc không thuộc trang này.', { translationOfId: 'Album gốc không hợp lệ.' });
  }

  const { planned, fields } = await planItems(siteId, kind, data, files.length);
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', Object.values(fields)[0]!, fields);
  if (options.imported === 'PUBLISHED') assertGalleryPublishable(kind, [...planned, ...files.map(() => ({ mediaId: null, videoUrl: null, alt: data.newAlt ?? null }))]);

  const uploaded = await uploadAll(actor, siteId, kind, files, { alt: data.newAlt, caption: data.newCaption });
  for (const m of uploaded) {
    planned.push({ mediaId: m.id, videoUrl: null, caption: data.newCaption ?? null, alt: kind === 'PHOTO' ? (data.newAlt ?? m.alt) : null, storedAlt: m.alt });
  }
  // A picture appears once per album, at its first place.
  const seen = new Set<string>();
  const items = planned.filter((p) => {
    if (!p.mediaId) return true;
    if (seen.has(p.mediaId)) return false;
    seen.add(p.mediaId);
    return true;
  });
  const coverId = data.coverId && (kind === 'VIDEO' || items.some((i) => i.mediaId === data.coverId)) ? data.coverId : null;
  const snapshot: GallerySnapshot = {
    kind,
    title: data.title,
    description: data.description ?? null,
    coverId,
    items: items.map((i) => ({ mediaId: i.mediaId, videoUrl: i.videoUrl, caption: i.caption, alt: i.alt })),
  };

  if (before) {
    try {
      const saved = await saveVersion(actor, galleryWorkflow, { siteId, entityId: before.id, data: snapshot as unknown as Snapshot });
      return { id: before.id, slug: before.slug, status: before.status as string, uploaded: uploaded.length, revision: saved.revision, pendingVersion: saved.pendingVersion };
    } catch (e) {
      // The files are in the library already; say so rather than let the person upload them twice.
      if (isAppError(e) && uploaded.length > 0) throw new AppError(e.code, `Đã tải lên ${uploaded.length} tệp vào thư viện nhưng album chưa được lưu. ${e.message}`, e.fields);
      throw e;
    }
  }

  const published = options.imported === 'PUBLISHED';
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(data.title, (s) => gallerySlugExists({ siteId, lang: data.lang, slug: s }, tx), kind === 'PHOTO' ? 'album-anh' : 'album-video');
    const row = await insertGallery(tx, {
      siteId,
      kind,
      lang: data.lang,
      translationOfId: data.translationOfId ?? null,
      slug,
      title: data.title,
      description: data.description ?? null,
      status: published ? 'PUBLISHED' : 'DRAFT',
      publishedAt: published ? (data.publishedAt ?? new Date()) : null,
    });
    await writeGalleryVersion(tx, siteId, row.id, snapshot);
    if (published) await startImportedItem(tx, actor, galleryWorkflow, siteId, row.id, snapshot as unknown as Snapshot);
    else await startItem(tx, actor, galleryWorkflow, { siteId, entityId: row.id, data: snapshot as unknown as Snapshot });
    await recordAudit(tx, actor, {
      siteId,
      action: options.imported ? 'gallery.import' : 'gallery.create',
      entity: 'gallery',
      entityId: row.id,
      after: { title: data.title, slug, status: row.status, items: items.length },
    });
    await contentChanged(tx, { siteId, type: 'gallery', id: row.id, change: published ? 'published' : 'saved' });
    return { id: row.id, slug, status: row.status as string, uploaded: uploaded.length, revision: 1, pendingVersion: false };
  });
}
