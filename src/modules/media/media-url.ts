/**
 * Public URLs of media (C10). Served by the route app/media/[siteId]/[mediaId]/[file] on the item's
 * own site host, which checks that the file belongs to that site and to published content.
 *   /media/<siteId>/<mediaId>/w640.webp   resized variant (WebP or AVIF), metadata stripped
 *   /media/<siteId>/<mediaId>/<fileName>  the original file (attachments), with a safe name
 */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1920] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];
export type ImageFormat = 'webp' | 'avif';

export type MediaRef = { id: string; siteId: string; fileName: string; width?: number | null; height?: number | null };

export function mediaVariantUrl(media: MediaRef, width: ImageWidth, format: ImageFormat = 'webp'): string {
  return `/media/${media.siteId}/${media.id}/w${width}.${format}`;
}

export function mediaFileUrl(media: MediaRef): string {
  return `/media/${media.siteId}/${media.id}/${encodeURIComponent(media.fileName)}`;
}

/** Widths worth offering for an image of this intrinsic width (never upscaled). */
export function widthsFor(media: MediaRef): ImageWidth[] {
  const max = media.width ?? IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
  const fitting = IMAGE_WIDTHS.filter((w) => w <= max);
  return fitting.length > 0 ? fitting : [IMAGE_WIDTHS[0]];
}

export function srcSet(media: MediaRef, format: ImageFormat): string {
  return widthsFor(media)
    .map((w) => `${mediaVariantUrl(media, w, format)} ${w}w`)
    .join(', ');
}
