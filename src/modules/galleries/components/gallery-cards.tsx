import { formatDateEn, formatDateVi } from '@/lib/dates';
import { ResponsiveImage } from '@/modules/media/components/responsive-image';
import type { GallerySummary } from '../galleries.service';
import { galleryPath } from '../gallery-paths';
import { GALLERY_TEXT } from './gallery-text';
import './galleries.css';

/** Album cards: cover, title, date, number of items (C10). The cover repeats the title, so it is decorative. */
export function GalleryCards({ items, headingLevel = 2 }: { items: GallerySummary[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="gallery-cards">
      {items.map((g) => {
        const t = GALLERY_TEXT[g.lang === 'en' ? 'en' : 'vi'];
        return (
          <li key={g.slug} className="gallery-card">
            {g.cover ? (
              <ResponsiveImage media={g.cover} alt="" sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw" className="gallery-card__cover" />
            ) : (
              <span className="gallery-card__cover gallery-card__cover--empty" aria-hidden="true">
                {g.kind === 'VIDEO' ? '▶' : '▦'}
              </span>
            )}
            <H className="gallery-card__title">
              <a href={galleryPath(g)}>{g.title}</a>
            </H>
            <p className="meta">
              <time dateTime={g.publishedAt}>{g.lang === 'en' ? formatDateEn(g.publishedAt) : formatDateVi(g.publishedAt)}</time> · {t.count(g.kind, g.count)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
