import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { IMAGE_WIDTHS, type ImageFormat, type ImageWidth } from './media-url';
import { MAX_IMAGE_PIXELS } from './media.schemas';

/**
 * Files on disk under MEDIA_ROOT (default ./.data/media; a shared volume when several app instances
 * run): <siteId>/<mediaId>/<fileName> for the stored file and <siteId>/<mediaId>/w<width>.<format>
 * for image variants, written once (to a temporary name, then renamed) and reused by every instance.
 */
export function mediaRoot(): string {
  return resolve(process.env.MEDIA_ROOT ?? join(process.cwd(), '.data', 'media'));
}

/** Absolute path of a storage key, refusing anything that would leave the media root. */
export function storagePath(key: string): string {
  const root = mediaRoot();
  const full = resolve(root, key);
  if (!full.startsWith(root + sep)) throw new Error(`storage key outside the media root: ${key}`);
  return full;
}

async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function putFile(key: string, data: Uint8Array): Promise<void> {
  await writeAtomically(storagePath(key), data);
}

export async function readStored(key: string): Promise<Buffer | null> {
  try {
    return await readFile(storagePath(key));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export async function removeMediaFolder(siteId: string, mediaId: string): Promise<void> {
  await rm(storagePath(`${siteId}/${mediaId}`), { recursive: true, force: true });
}

/**
 * An uploaded image re-encoded in its own format: orientation applied, every metadata block (EXIF with
 * GPS, XMP, IPTC, ICC beyond sRGB) dropped. Refuses decompression bombs.
 */
export async function sanitiseImage(input: Uint8Array, mimeType: string): Promise<{ data: Buffer; width: number; height: number; mimeType: string; ext: string }> {
  const img = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate();
  let out: ReturnType<typeof sharp>;
  let type = mimeType;
  let ext: string;
  switch (mimeType) {
    case 'image/jpeg':
      out = img.jpeg({ quality: 90, mozjpeg: true });
      ext = 'jpg';
      break;
    case 'image/webp':
      out = img.webp({ quality: 90 });
      ext = 'webp';
      break;
    case 'image/avif':
      out = img.avif({ quality: 60 });
      ext = 'avif';
      break;
    default:
      // PNG stays PNG; GIF becomes a PNG of its first frame (animations are not kept).
      out = img.png({ compressionLevel: 9 });
      type = 'image/png';
      ext = 'png';
  }
  const { data, info } = await out.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, mimeType: type, ext };
}

function variantKey(siteId: string, mediaId: string, width: ImageWidth, format: ImageFormat): string {
  return `${siteId}/${mediaId}/w${width}.${format}`;
}

async function renderVariant(source: Buffer, width: ImageWidth, format: ImageFormat): Promise<Buffer> {
  const resized = sharp(source, { limitInputPixels: MAX_IMAGE_PIXELS }).resize({ width, withoutEnlargement: true });
  return format === 'avif' ? resized.avif({ quality: 50, effort: 4 }).toBuffer() : resized.webp({ quality: 78 }).toBuffer();
}

/** The variant's bytes, rendered and stored on first use. */
export async function imageVariant(media: { siteId: string; id: string; storageKey: string }, width: ImageWidth, format: ImageFormat): Promise<Buffer | null> {
  const key = variantKey(media.siteId, media.id, width, format);
  const cached = await readStored(key);
  if (cached) return cached;
  const source = await readStored(media.storageKey);
  if (!source) return null;
  const data = await renderVariant(source, width, format);
  await putFile(key, data);
  return data;
}

/** WebP variants are made at upload so the first visitor does not wait; AVIF ones on first request. */
export async function pregenerateWebp(media: { siteId: string; id: string; storageKey: string; width: number }): Promise<void> {
  const source = await readStored(media.storageKey);
  if (!source) return;
  for (const w of IMAGE_WIDTHS) {
    if (w > media.width && w !== IMAGE_WIDTHS[0]) continue;
    await putFile(variantKey(media.siteId, media.id, w, 'webp'), await renderVariant(source, w, 'webp'));
  }
}

export async function storedSize(key: string): Promise<number | null> {
  try {
    return (await stat(storagePath(key))).size;
  } catch {
    return null;
  }
}
