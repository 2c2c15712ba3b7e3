import { PageFeedback } from '@/modules/feedback/components/page-feedback';
import { ShareLinks } from '@/modules/feedback/components/share-links';
import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/public/pagination';
import { JsonLd } from '@/modules/seo/json-ld';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';
import { articleJsonLd, articleMetadata } from '../article-seo';
import { getPublishedArticle, listPublishedArticles } from '../articles.service';
import { ArticleList } from './article-list';
import { ArticleView } from './article-view';

/** Shared by /tin-tuc and /en/tin-tuc: the route files only pass the language. */
export async function ArticleIndexPage({ host, page, lang }: { host: string; page: number; lang: 'vi' | 'en' }) {
  const site = await getRequestSite(host);
  const result = await listPublishedArticles({ siteId: site.id, lang, page });
  const base = lang === 'en' ? '/en/tin-tuc' : '/tin-tuc';
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <h1>{lang === 'en' ? 'News' : 'Tin tức'}</h1>
      {result.items.length === 0 ? <p>{lang === 'en' ? 'No news in English yet.' : 'Chưa có tin bài.'}</p> : <ArticleList items={result.items} basePath={base} />}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(p) => `${base}?trang=${p}`} lang={lang} />
    </div>
  );
}

/** Once per request: the page and its metadata share one load (primitive arguments, so `cache` hits). */
export const loadArticle = cache(async (host: string, slug: string, lang: 'vi' | 'en') => {
  const site = await getRequestSite(host);
  const article = await getPublishedArticle({ siteId: site.id, slug: decodeURIComponent(slug), lang });
  if (!article) notFound();
  const origin = (await originResolver())(site.host);
  const url = `${origin}${lang === 'en' ? '/en' : ''}/tin-tuc/${article.slug}`;
  return { site, article, origin, url };
});

export async function articlePageMetadata(host: string, slug: string, lang: 'vi' | 'en'): Promise<Metadata> {
  const { site, article, origin, url } = await loadArticle(host, slug, lang);
  return articleMetadata(article, { url, origin, siteName: site.name, publisher: site.governingBody ?? site.name });
}

export async function ArticleDetailPage({ host, slug, lang }: { host: string; slug: string; lang: 'vi' | 'en' }) {
  const { site, article, origin, url } = await loadArticle(host, slug, lang);
  return (
    <>
      <JsonLd data={articleJsonLd(article, { url, origin, publisher: site.governingBody ?? site.name })} />
      <ArticleView article={article} basePath={lang === 'en' ? '/en/tin-tuc' : '/tin-tuc'} />
      {lang === 'vi' ? (
        <>
          <ShareLinks url={url} title={article.title} />
          <PageFeedback path={`/tin-tuc/${article.slug}`} />
        </>
      ) : null}
    </>
  );
}
