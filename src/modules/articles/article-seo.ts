import type { Metadata } from 'next';
import { detailMetadata } from '@/modules/seo/metadata';
import type { ArticleDetail } from './articles.service';

/** Open Graph, Dublin Core and schema.org NewsArticle for an article page (X1). */
export function articleMetadata(article: ArticleDetail, ctx: { url: string; siteName: string; publisher: string; origin: string }): Metadata {
  return detailMetadata({
    title: article.title,
    description: article.sapo,
    url: ctx.url,
    siteName: ctx.siteName,
    publisher: ctx.publisher,
    type: 'article',
    publishedAt: article.publishedAt,
    modifiedAt: article.updatedAt,
    lang: article.lang === 'en' ? 'en' : 'vi',
    image: article.image ? `${ctx.origin}/media/${article.image.siteId}/${article.image.id}/w1280.webp` : null,
    subject: article.categories.map((c) => c.name).join('; ') || null,
    creator: article.author,
  });
}

export function articleJsonLd(article: ArticleDetail, ctx: { url: string; publisher: string; origin: string }) {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.sapo,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    inLanguage: article.lang,
    mainEntityOfPage: ctx.url,
    author: article.author ? { '@type': 'Person', name: article.author } : undefined,
    publisher: { '@type': 'GovernmentOrganization', name: ctx.publisher },
    ...(article.image ? { image: `${ctx.origin}/media/${article.image.siteId}/${article.image.id}/w1280.webp` } : {}),
    ...(article.source ? { sourceOrganization: { '@type': 'Organization', name: article.source } } : {}),
  };
}
