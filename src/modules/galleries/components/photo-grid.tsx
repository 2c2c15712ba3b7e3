import { ResponsiveImage } from '@/modules/media/components/responsive-image';
import { IMAGE_WIDTHS, mediaVariantUrl, type MediaRef } from '@/modules/media/media-url';
import type { GalleryItemView } from '../galleries.service';
import { GALLERY_TEXT, type GalleryLang } from './gallery-text';

/** The smallest variant at least as wide as the original: the server never upscales, so this is the full picture. */
function fullSizeWidth(media: MediaRef) {
  return IMAGE_WIDTHS.find((w) => w >= (media.width ?? Infinity)) ?? IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
}

/**
 * The photos of an album as a grid of figures (C10): each thumbnail links to its largest variant, so the
 * album works without JavaScript; the picture's description is its alt text and the link's name.
 */
export function PhotoGrid({ items, lang }: { items: GalleryItemView[]; lang: GalleryLang }) {
  const t = GALLERY_TEXT[lang];
  const photos = items.filter((i) => i.image);
  return (
    <>
      <p className="hint">{t.fullSizeHint}</p>
      <ul className="photo-grid">
        {photos.map((item) => {
          const image = item.image!;
          return (
            <li key={item.id}>
              <figure className="photo-grid__figure">
                <a href={mediaVariantUrl(image, fullSizeWidth(image))} className="photo-grid__link">
                  <ResponsiveImage media={image} alt={image.alt} sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw" />
                  <span className="visually-hidden">{t.fullSize}</span>
                </a>
                {item.caption ? <figcaption>{item.caption}</figcaption> : null}
              </figure>
            </li>
          );
        })}
      </ul>
    </>
  );
}
