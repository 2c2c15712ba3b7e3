import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { ContentStatus, Prisma } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';

const publicInclude = {
  featuredImage: { select: { id: true, siteId: true, fileName: true, width: true, height: true } },
  categories: { select: { category: { select: { id: true, slug: true, name: true, nameEn: true } } } },
  translations: { where: { status: 'PUBLISHED' }, select: { slug: true, lang: true, publishedAt: true } },
  translationOf: { select: { slug: true, lang: true, status: true, publishedAt: true } },
} satisfies Prisma.ArticleInclude;

export type PublicArticleRow = Prisma.ArticleGetPayload<{ include: typeof publicInclude }>;

export function findPublishedArticles(params: { siteId: string; lang: string; categoryId?: string; skip: number; take: number }) {
  const where: Prisma.ArticleWhereInput = {
    siteId: params.siteId,
    lang: params.lang,
    ...publishedWhere(),
    ...(params.categoryId ? { categories: { some: { categoryId: params.categoryId } } } : {}),
  };
  return db().$transaction([
    db().article.findMany({ where, include: publicInclude, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: params.skip, take: params.take }),
    db().article.count({ where }),
  ]);
}

export function findPublishedArticleBySlug(params: { siteId: string; lang: string; slug: string }) {
  return db().article.findFirst({
    where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...publishedWhere() },
    include: {
      ...publicInclude,
      relatedTo: {
        where: { related: { siteId: params.siteId, ...publishedWhere() } },
        select: { related: { select: { slug: true, title: true, publishedAt: true } } },
      },
    },
  });
}

/** Latest published articles of several sites (the root portal's aggregation, T4). */
export function findLatestAcrossSites(params: { siteIds: string[]; take: number }) {
  return db().article.findMany({
    where: { siteId: { in: params.siteIds }, lang: 'vi', ...publishedWhere() },
    select: { slug: true, title: true, sapo: true, publishedAt: true, siteId: true },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: params.take,
  });
}

export function findPublishedCategoryBySlug(params: { siteId: string; slug: string }) {
  return db().category.findFirst({ where: { siteId: params.siteId, slug: params.slug } });
}

export function findCategories(siteId: string, tx: Db = db()) {
  return tx.category.findMany({ where: { siteId }, orderBy: [{ position: 'asc' }, { name: 'asc' }] });
}

export function findCategoryIdsInSite(params: { siteId: string; ids: string[] }, tx: Db = db()) {
  return tx.category.findMany({ where: { siteId: params.siteId, id: { in: params.ids } }, select: { id: true } });
}

export function findArticleIdsInSite(params: { siteId: string; ids: string[] }, tx: Db = db()) {
  return tx.article.findMany({ where: { siteId: params.siteId, id: { in: params.ids } }, select: { id: true } });
}

export function findImageInSite(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.media.findFirst({ where: { siteId: params.siteId, id: params.id, kind: 'IMAGE' }, select: { id: true } });
}

export function findSiteImages(siteId: string) {
  return db().media.findMany({ where: { siteId, kind: 'IMAGE' }, select: { id: true, fileName: true, alt: true }, orderBy: { createdAt: 'desc' }, take: 200 });
}

export function slugExists(params: { siteId: string; lang: string; slug: string; exceptId?: string }, tx: Db = db()) {
  return tx.article
    .findFirst({ where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) }, select: { id: true } })
    .then(Boolean);
}

export function categorySlugExists(params: { siteId: string; slug: string; exceptId?: string }, tx: Db = db()) {
  return tx.category
    .findFirst({ where: { siteId: params.siteId, slug: params.slug, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) }, select: { id: true } })
    .then(Boolean);
}

export function insertCategory(tx: Db, data: Prisma.CategoryUncheckedCreateInput) {
  return tx.category.create({ data });
}

export async function updateCategoryRow(tx: Db, params: { siteId: string; id: string; data: Prisma.CategoryUncheckedUpdateManyInput }) {
  return (await tx.category.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteCategoryRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.category.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

/** Console: a site's articles, any status. */
export function findArticlesForConsole(params: { siteId: string; status?: ContentStatus; skip: number; take: number }) {
  const where: Prisma.ArticleWhereInput = { siteId: params.siteId, ...(params.status ? { status: params.status } : {}) };
  return db().$transaction([
    db().article.findMany({ where, orderBy: [{ updatedAt: 'desc' }], skip: params.skip, take: params.take, select: { id: true, title: true, slug: true, lang: true, status: true, publishedAt: true, updatedAt: true } }),
    db().article.count({ where }),
  ]);
}

export function findArticleForConsole(params: { siteId: string; id: string }) {
  return db().article.findFirst({
    where: { id: params.id, siteId: params.siteId },
    include: { categories: { select: { categoryId: true } }, relatedTo: { select: { relatedId: true } } },
  });
}

export function insertArticle(tx: Db, data: Prisma.ArticleUncheckedCreateInput) {
  return tx.article.create({ data });
}

export async function updateArticleRow(tx: Db, params: { siteId: string; id: string; data: Prisma.ArticleUncheckedUpdateManyInput }) {
  return (await tx.article.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

export async function deleteArticleRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.article.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

/** Replaces an article's categories and related articles; ids were checked to belong to the site. */
export async function replaceArticleLinks(tx: Db, params: { siteId: string; articleId: string; categoryIds: string[]; relatedIds: string[] }) {
  await tx.articleCategory.deleteMany({ where: { siteId: params.siteId, articleId: params.articleId } });
  await tx.articleRelation.deleteMany({ where: { siteId: params.siteId, articleId: params.articleId } });
  if (params.categoryIds.length) {
    await tx.articleCategory.createMany({ data: params.categoryIds.map((categoryId) => ({ siteId: params.siteId, articleId: params.articleId, categoryId })) });
  }
  const related = params.relatedIds.filter((id) => id !== params.articleId);
  if (related.length) {
    await tx.articleRelation.createMany({ data: related.map((relatedId) => ({ siteId: params.siteId, articleId: params.articleId, relatedId })) });
  }
}

export function findArticleFacts(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.article.findFirst({ where: { id: params.id, siteId: params.siteId }, select: { status: true, publishedAt: true, createdById: true, slug: true, lang: true } });
}

export function findArticleSnapshotRow(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.article.findFirst({
    where: { id: params.id, siteId: params.siteId },
    include: { categories: { select: { categoryId: true } }, relatedTo: { select: { relatedId: true } } },
  });
}

export function findProposalInSite(params: { siteId: string; sourceArticleId: string }, tx: Db = db()) {
  return tx.article.findFirst({ where: { siteId: params.siteId, sourceArticleId: params.sourceArticleId }, select: { id: true } });
}
