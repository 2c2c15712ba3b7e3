import { formatDateEn, formatDateTimeVi } from '@/lib/dates';
import { LanguageSwitch } from '@/components/public/language-switch';
import { ResponsiveImage } from '@/modules/media/components/responsive-image';
import type { ArticleDetail } from '../articles.service';

const T = {
  vi: { author: 'Tác giả', source: 'Nguồn', tags: 'Từ khóa', related: 'Tin liên quan', print: 'Bản in', download: 'Tải về', categories: 'Chuyên mục' },
  en: { author: 'Author', source: 'Source', tags: 'Tags', related: 'Related news', print: 'Print version', download: 'Download', categories: 'Categories' },
};

/** One article as citizens read it (C1): attribution is always shown (seed 000 Đ10.3). */
export function ArticleView({ article, basePath }: { article: ArticleDetail; basePath: string }) {
  const t = T[article.lang === 'en' ? 'en' : 'vi'];
  const otherBase = article.lang === 'en' ? '/tin-tuc' : '/en/tin-tuc';
  return (
    <article className="article" lang={article.lang === 'en' ? 'en' : undefined}>
      <h1>{article.title}</h1>
      <LanguageSwitch href={article.translation ? `${otherBase}/${article.translation.slug}` : null} to={article.lang === 'en' ? 'vi' : 'en'} />
      <p className="meta">
        <time dateTime={article.publishedAt}>{article.lang === 'en' ? formatDateEn(article.publishedAt) : formatDateTimeVi(article.publishedAt)}</time>
        {article.categories.length > 0 ? (
          <>
            {' · '}
            <span className="visually-hidden">{t.categories}: </span>
            {article.categories.map((c, i) => (
              <span key={c.slug}>
                {i > 0 ? ', ' : ''}
                {article.lang === 'en' ? c.name : <a href={`/chuyen-muc/${c.slug}`}>{c.name}</a>}
              </span>
            ))}
          </>
        ) : null}
      </p>
      <p className="article__sapo">{article.sapo}</p>
      {article.image ? (
        <figure className="article__featured">
          <ResponsiveImage media={article.image} alt={article.image.alt} priority />
          {article.featuredCaption ? <figcaption>{article.featuredCaption}</figcaption> : null}
        </figure>
      ) : null}
      <div className="article__body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      <p className="article__attribution">
        {article.author ? `${t.author}: ${article.author}` : null}
        {article.author && article.source ? ' — ' : null}
        {article.source ? `${t.source}: ${article.source}` : null}
        {article.sourceUrl ? (
          <>
            {' — '}
            <a href={article.sourceUrl}>{article.lang === 'en' ? 'Original article' : 'Xem bài gốc'}</a>
          </>
        ) : null}
      </p>
      {article.tags.length > 0 ? (
        <>
          <h2 className="visually-hidden">{t.tags}</h2>
          <ul className="tags">
            {article.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="article__tools">
        <a href={`${basePath}/${article.slug}/in`}>{t.print}</a>
        <a href={`${basePath}/${article.slug}/tai-ve`}>{t.download}</a>
      </p>
      {article.related.length > 0 ? (
        <section aria-labelledby="tin-lien-quan">
          <h2 id="tin-lien-quan">{t.related}</h2>
          <ul>
            {article.related.map((r) => (
              <li key={r.slug}>
                <a href={`${basePath}/${r.slug}`}>{r.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
