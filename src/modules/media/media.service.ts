import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { logError } from '@/server/log';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent } from '@/modules/content/content.policy';
import { slugify } from '@/lib/vietnamese';
import { detectFileType, fileTypeLabel, type DetectedType } from './file-type';
import { IMAGE_WIDTHS, mediaFileUrl, type ImageFormat, type ImageWidth, type MediaRef } from './media-url';
import {
  countMediaUses,
  deleteMediaRow,
  findMediaByChecksum,
  findMediaInSite,
  findMediaPage,
  insertMedia,
  isMediaPublic,
  updateMediaMeta,
  type MediaRow,
} from './media.repository';
import { MAX_FILE_BYTES, MAX_IMAGE_BYTES, MediaMetaSchema, type MediaAccept, type MediaMetaInput } from './media.schemas';
import { imageVariant, pregenerateWebp, putFile, readStored, removeMediaFolder, sanitiseImage } from './media-storage';

export type MediaDto = MediaRef & {
  kind: 'IMAGE' | 'DOCUMENT' | 'VIDEO';
  mimeType: string;
  typeLabel: string;
  size: number;
  originalName: string;
  alt: string | null;
  caption: string | null;
  createdAt: string;
  url: string;
};

export function toMediaDto(row: MediaRow): MediaDto {
  const ref = { id: row.id, siteId: row.siteId, fileName: row.fileName, width: row.width, height: row.height };
  return {
    ...ref,
    kind: row.kind,
    mimeType: row.mimeType,
    typeLabel: fileTypeLabel(row.mimeType),
    size: row.size,
    originalName: row.originalName,
    alt: row.alt,
    caption: row.caption,
    createdAt: row.createdAt.toISOString(),
    url: mediaFileUrl(ref),
  };
}

const ACCEPT_MESSAGE: Record<MediaAccept, string> = {
  IMAGE: 'Chỉ nhận ảnh JPEG, PNG, WebP, GIF hoặc AVIF.',
  DOCUMENT: 'Chỉ nhận tệp PDF, DOC, DOCX, XLS hoặc XLSX.',
  VIDEO: 'Chỉ nhận video MP4.',
  ANY: 'Loại tệp không được hỗ trợ. Chỉ nhận ảnh (JPEG, PNG, WebP, GIF, AVIF), tài liệu (PDF, DOC, DOCX, XLS, XLSX) hoặc video MP4.',
};

function requireEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền quản lý tệp của trang này.');
}

/** "Quyết định số 12 (bản ký).PDF" → "quyet-dinh-so-12-ban-ky.pdf" */
export function safeFileName(originalName: string, ext: string): string {
  const base = originalName.normalize('NFC').replace(/\.[^.]*$/, '');
  return `${slugify(base, 80) || 'tep'}.${ext}`;
}

/**
 * Stores one uploaded file for a site (C10): the type is read from the bytes, images are re-encoded
 * without metadata and get their WebP width variants at once. The same bytes uploaded twice to a
 * site give the existing item back.
 */
export async function uploadMedia(actor: Actor, siteId: string, file: File, meta: MediaMetaInput = {}, accept: MediaAccept = 'ANY'): Promise<MediaDto> {
  requireEditor(actor, siteId);
  const input = parseInput(MediaMetaSchema, meta);
  if (!(file instanceof File) || file.size === 0) throw new AppError('VALIDATION', 'Hãy chọn một tệp để tải lên.', { file: 'Hãy chọn một tệp để tải lên.' });
  if (file.size > MAX_FILE_BYTES) throw new AppError('VALIDATION', `Tệp "${file.name}" quá lớn (tối đa 50 MB).`, { file: 'Tệp quá lớn (tối đa 50 MB).' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type: DetectedType | null = detectFileType(bytes, file.name);
  if (!type || (accept !== 'ANY' && type.kind !== accept)) {
    const message = `Tệp "${file.name}": ${ACCEPT_MESSAGE[accept]}`;
    throw new AppError('VALIDATION', message, { file: message });
  }
  if (type.kind === 'IMAGE' && file.size > MAX_IMAGE_BYTES) throw new AppError('VALIDATION', `Ảnh "${file.name}" quá lớn (tối đa 20 MB).`, { file: 'Ảnh quá lớn (tối đa 20 MB).' });

  const checksum = createHash('sha256').update(bytes).digest('hex');
  const existing = await findMediaByChecksum(siteId, checksum);
  if (existing) return toMediaDto(existing);

  let data: Uint8Array = bytes;
  let mimeType = type.mimeType;
  let ext = type.ext;
  let width: number | null = null;
  let height: number | null = null;
  if (type.kind === 'IMAGE') {
    try {
      const clean = await sanitiseImage(bytes, type.mimeType);
      ({ data, mimeType, ext, width, height } = clean);
    } catch {
      throw new AppError('VALIDATION', `Ảnh "${file.name}" bị hỏng hoặc quá lớn để xử lý.`, { file: 'Ảnh bị hỏng hoặc quá lớn để xử lý.' });
    }
  }

  const id = randomUUID();
  const fileName = safeFileName(file.name, ext);
  const storageKey = `${siteId}/${id}/${fileName}`;
  await putFile(storageKey, data);
  try {
    const row = await withTransaction(async (tx) => {
      const created = await insertMedia(tx, {
        id,
        siteId,
        kind: type.kind,
        fileName,
        originalName: file.name.normalize('NFC').slice(0, 250),
        mimeType,
        size: data.byteLength,
        width,
        height,
        storageKey,
        checksum,
        alt: input.alt,
        caption: input.caption,
        createdById: actor.userId,
      });
      await recordAudit(tx, actor, { siteId, action: 'media.upload', entity: 'media', entityId: id, after: { fileName, mimeType, size: data.byteLength } });
      return created;
    });
    if (row.kind === 'IMAGE' && row.width) await pregenerateWebp({ siteId, id, storageKey, width: row.width });
    return toMediaDto(row);
  } catch (e) {
    await removeMediaFolder(siteId, id).catch((err) => logError('media cleanup failed', err, { siteId, id }));
    throw e;
  }
}

export async function updateMediaDetails(actor: Actor, siteId: string, mediaId: string, meta: MediaMetaInput): Promise<void> {
  requireEditor(actor, siteId);
  const input = parseInput(MediaMetaSchema, meta);
  await withTransaction(async (tx) => {
    const before = await findMediaInSite(siteId, mediaId, tx);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp này.');
    await updateMediaMeta(tx, siteId, mediaId, input);
    await recordAudit(tx, actor, { siteId, action: 'media.update', entity: 'media', entityId: mediaId, before: { alt: before.alt, caption: before.caption }, after: input });
  });
}

/** Deletes a file that nothing uses any more; a used one must be removed from its content first. */
export async function deleteMedia(actor: Actor, siteId: string, mediaId: string): Promise<void> {
  requireEditor(actor, siteId);
  await withTransaction(async (tx) => {
    const row = await findMediaInSite(siteId, mediaId, tx);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp này.');
    const uses = await countMediaUses(siteId, mediaId, tx);
    if (uses > 0) throw new AppError('CONFLICT', `Tệp "${row.originalName}" đang được dùng ở ${uses} nội dung; hãy gỡ nó khỏi các nội dung đó trước khi xóa.`);
    await deleteMediaRow(tx, siteId, mediaId);
    await recordAudit(tx, actor, { siteId, action: 'media.delete', entity: 'media', entityId: mediaId, before: { fileName: row.fileName } });
  });
  await removeMediaFolder(siteId, mediaId);
}

export const MEDIA_PAGE_SIZE = 24;

export async function listMediaForConsole(actor: Actor, siteId: string, params: { page: number; kind?: 'IMAGE' | 'DOCUMENT' | 'VIDEO' }) {
  requireEditor(actor, siteId);
  const [rows, total] = await findMediaPage({ siteId, kind: params.kind, skip: (params.page - 1) * MEDIA_PAGE_SIZE, take: MEDIA_PAGE_SIZE });
  return { items: rows.map(toMediaDto), total, page: params.page, pageSize: MEDIA_PAGE_SIZE };
}

/** A file chosen in a form must belong to the same site (and be of the expected kind). */
export async function requireSiteMedia(siteId: string, mediaId: string, kind?: 'IMAGE' | 'DOCUMENT' | 'VIDEO'): Promise<MediaDto> {
  const row = /^[0-9a-f-]{36}$/.test(mediaId) ? await findMediaInSite(siteId, mediaId) : null;
  if (!row || (kind && row.kind !== kind)) throw new AppError('VALIDATION', 'Tệp đã chọn không thuộc thư viện của trang này.');
  return toMediaDto(row);
}

export type ServedFile = { data: Buffer; contentType: string; fileName: string | null; immutable: boolean };

const VARIANT = /^w(\d+)\.(webp|avif)$/;

/**
 * The bytes behind /media/<siteId>/<mediaId>/<file> on a site's host. `preview` lets signed-in
 * editors of the site see files of drafts; everyone else only gets files of published content.
 */
export async function serveMedia(params: { siteId: string; mediaId: string; file: string; preview: boolean }): Promise<ServedFile | null> {
  const { siteId, mediaId, file } = params;
  if (!/^[0-9a-f-]{36}$/.test(mediaId)) return null;
  const row = await findMediaInSite(siteId, mediaId);
  if (!row) return null;
  if (!params.preview && !(await isMediaPublic(siteId, mediaId))) return null;
  const variant = VARIANT.exec(file);
  if (variant && row.kind === 'IMAGE') {
    const width = Number(variant[1]) as ImageWidth;
    if (!(IMAGE_WIDTHS as readonly number[]).includes(width)) return null;
    const format = variant[2] as ImageFormat;
    const data = await imageVariant(row, width, format);
    return data ? { data, contentType: `image/${format}`, fileName: null, immutable: true } : null;
  }
  if (file !== row.fileName) return null;
  const data = await readStored(row.storageKey);
  return data ? { data, contentType: row.mimeType, fileName: row.fileName, immutable: false } : null;
}
