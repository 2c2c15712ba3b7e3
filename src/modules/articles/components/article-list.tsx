import { formatDateEn, formatDateVi } from '@/lib/dates';
import { ResponsiveImage } from '@/modules/media/components/responsive-image';
import type { ArticleSummary } from '../articles.service';

/** A list of article summaries with date, sapo and thumbnail (C1). */
export function ArticleList({ items, basePath = '/tin-tuc', headingLevel = 2 }: { items: ArticleSummary[]; basePath?: string; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="news-list">
      {items.map((a) => (
        <li key={a.slug}>
          {a.image ? <ResponsiveImage media={a.image} alt={a.image.alt} sizes="(min-width: 40rem) 12rem, 100vw" /> : null}
          <div>
            <H>
              <a href={`${basePath}/${a.slug}`}>{a.title}</a>
            </H>
            <p className="meta">
              <time dateTime={a.publishedAt}>{a.lang === 'en' ? formatDateEn(a.publishedAt) : formatDateVi(a.publishedAt)}</time>
            </p>
            <p>{a.sapo}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
