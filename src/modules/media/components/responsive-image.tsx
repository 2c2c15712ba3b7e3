import { mediaVariantUrl, srcSet, widthsFor, type MediaRef } from '../media-url';

type Props = {
  media: MediaRef;
  alt: string;
  /** The `sizes` attribute: how wide the image is drawn. */
  sizes?: string;
  priority?: boolean;
  className?: string;
};

/** AVIF/WebP width variants with lazy loading (C10, issue 7 "responsive srcset"). */
export function ResponsiveImage({ media, alt, sizes = '(min-width: 48rem) 66vw, 100vw', priority = false, className }: Props) {
  const widths = widthsFor(media);
  const fallback = widths.includes(960) ? 960 : widths[widths.length - 1]!;
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet(media, 'avif')} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(media, 'webp')} sizes={sizes} />
      <img
        className={className}
        src={mediaVariantUrl(media, fallback, 'webp')}
        alt={alt}
        width={media.width ?? undefined}
        height={media.height ?? undefined}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
      />
    </picture>
  );
}
