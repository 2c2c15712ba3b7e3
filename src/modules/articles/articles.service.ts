import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent, canPublishContent } from '@/modules/content/content.policy';
import { renderRichText } from '@/modules/content/rich-text';
import { uniqueSlug } from '@/modules/content/slug';
import type { MediaRef } from '@/modules/media/media-url';
import {
  deleteArticleRow,
  findArticleForConsole,
  findArticleIdsInSite,
  findArticlesForConsole,
  findCategories,
  findSiteImages,
  findCategoryIdsInSite,
  findImageInSite,
  findLatestAcrossSites,
  findPublishedArticleBySlug,
  findPublishedArticles,
  findPublishedCategoryBySlug,
  insertArticle,
  replaceArticleLinks,
  slugExists,
  updateArticleRow,
  type PublicArticleRow,
} from './articles.repository';
import { ArticleInputSchema, type ArticleInput } from './articles.schemas';

export const ARTICLES_PAGE_SIZE = 10;

export type ArticleSummary = {
  slug: string;
  lang: string;
  title: string;
  sapo: string;
  publishedAt: string;
  author: string | null;
  source: string | null;
  image: (MediaRef & { alt: string }) | null;
  categories: { slug: string; name: string }[];
};

export type ArticleDetail = ArticleSummary & {
  bodyHtml: string;
  tags: string[];
  featuredCaption: string | null;
  updatedAt: string;
  related: { slug: string; title: string; publishedAt: string }[];
  /** The other language's published version, if any. */
  translation: { lang: string; slug: string } | null;
};

function toSummary(row: PublicArticleRow): ArticleSummary {
  return {
    slug: row.slug,
    lang: row.lang,
    title: row.title,
    sapo: row.sapo,
    publishedAt: row.publishedAt!.toISOString(),
    author: row.author,
    source: row.source,
    image: row.featuredImage ? { ...row.featuredImage, alt: row.featuredAlt ?? '' } : null,
    categories: row.categories.map((c) => ({ slug: c.category.slug, name: row.lang === 'en' ? (c.category.nameEn ?? c.category.name) : c.category.name })),
  };
}

function isPublic(x: { status: string; publishedAt: Date | null } | null | undefined): boolean {
  return !!x && x.status === 'PUBLISHED' && !!x.publishedAt && x.publishedAt <= new Date();
}

/** Public list of a site's published articles (C1), optionally one category's. */
export async function listPublishedArticles(params: { siteId: string; lang?: 'vi' | 'en'; page?: number; pageSize?: number; categoryId?: string }) {
  const page = Math.max(1, params.page ?? 1);
  const pageSize = params.pageSize ?? ARTICLES_PAGE_SIZE;
  const [rows, total] = await findPublishedArticles({
    siteId: params.siteId,
    lang: params.lang ?? 'vi',
    categoryId: params.categoryId,
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items: rows.map(toSummary), page, pageSize, total };
}

export async function getPublishedArticle(params: { siteId: string; slug: string; lang?: 'vi' | 'en' }): Promise<ArticleDetail | null> {
  const row = await findPublishedArticleBySlug({ siteId: params.siteId, slug: params.slug, lang: params.lang ?? 'vi' });
  if (!row) return null;
  const translation =
    row.lang === 'vi'
      ? (row.translations.find((t) => t.lang === 'en' && t.publishedAt && t.publishedAt <= new Date()) ?? null)
      : isPublic(row.translationOf)
        ? row.translationOf
        : null;
  return {
    ...toSummary(row),
    bodyHtml: row.bodyHtml,
    tags: row.tags,
    featuredCaption: row.featuredCaption,
    updatedAt: row.updatedAt.toISOString(),
    related: row.relatedTo.map((r) => ({ slug: r.related.slug, title: r.related.title, publishedAt: r.related.publishedAt!.toISOString() })),
    translation: translation ? { lang: translation.lang, slug: translation.slug } : null,
  };
}

export async function getPublicCategory(params: { siteId: string; slug: string }) {
  const c = await findPublishedCategoryBySlug(params);
  return c ? { id: c.id, slug: c.slug, name: c.name, nameEn: c.nameEn, description: c.description } : null;
}

/** Latest news of the given component sites, newest first (root portal aggregation, T4). */
export async function listLatestAcrossSites(siteIds: string[], take = 8) {
  if (siteIds.length === 0) return [];
  const rows = await findLatestAcrossSites({ siteIds, take });
  return rows.map((r) => ({ slug: r.slug, title: r.title, sapo: r.sapo, publishedAt: r.publishedAt!.toISOString(), siteId: r.siteId }));
}

// ── Console ──────────────────────────────────────────────────────────────────

function requireEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền biên tập nội dung của trang này.');
}

async function checkLinks(siteId: string, data: { categoryIds: string[]; relatedIds: string[]; featuredImageId?: string | null; translationOfId?: string | null }) {
  const [cats, related, original] = await Promise.all([
    findCategoryIdsInSite({ siteId, ids: data.categoryIds }),
    findArticleIdsInSite({ siteId, ids: data.relatedIds }),
    data.translationOfId ? findArticleIdsInSite({ siteId, ids: [data.translationOfId] }) : Promise.resolve([]),
  ]);
  if (data.translationOfId && original.length !== 1) {
    throw new AppError('VALIDATION', 'Bài gốc của bản dịch không thuộc trang này.', { translationOfId: 'Bài gốc không hợp lệ.' });
  }
  if (cats.length !== new Set(data.categoryIds).size) throw new AppError('VALIDATION', 'Chuyên mục không thuộc trang này.', { categoryIds: 'Chuyên mục không hợp lệ.' });
  if (related.length !== new Set(data.relatedIds).size) throw new AppError('VALIDATION', 'Bài liên quan không thuộc trang này.', { relatedIds: 'Bài liên quan không hợp lệ.' });
  if (data.featuredImageId && !(await findImageInSite({ siteId, id: data.featuredImageId }))) {
    throw new AppError('VALIDATION', 'Ảnh đại diện không thuộc thư viện ảnh của trang.', { featuredImageId: 'Ảnh không hợp lệ.' });
  }
}

/** C1 mandatory attribution (seed 000 Đ10.3, seed 004 Đ12.1d): no publication without author and source. */
function assertPublishable(a: { author?: string | null; source?: string | null }) {
  const fields: Record<string, string> = {};
  if (!a.author) fields.author = 'Hãy ghi tác giả trước khi đăng.';
  if (!a.source) fields.source = 'Hãy ghi nguồn tin trước khi đăng.';
  if (Object.keys(fields).length) throw new AppError('RULE_VIOLATION', 'Bài viết phải ghi rõ tác giả và nguồn trước khi đăng.', fields);
}

/** Saves a new article as a draft, or publishes it at once when asked and allowed. */
export async function createArticle(actor: Actor, siteId: string, input: ArticleInput, options: { publish?: boolean } = {}) {
  requireEditor(actor, siteId);
  const data = parseInput(ArticleInputSchema, input);
  await checkLinks(siteId, data);
  if (options.publish) {
    if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng bài; hãy lưu nháp để ban biên tập duyệt.');
    assertPublishable(data);
  }
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(data.title, (s) => slugExists({ siteId, lang: data.lang, slug: s }, tx), 'bai-viet');
    const row = await insertArticle(tx, {
      siteId,
      lang: data.lang,
      translationOfId: data.translationOfId ?? null,
      slug,
      title: data.title,
      sapo: data.sapo,
      body: data.body as object,
      bodyHtml: renderRichText(data.body),
      author: data.author,
      source: data.source,
      tags: data.tags,
      featuredImageId: data.featuredImageId ?? null,
      featuredCaption: data.featuredCaption,
      featuredAlt: data.featuredAlt,
      status: options.publish ? 'PUBLISHED' : 'DRAFT',
      publishedAt: options.publish ? (data.publishedAt ?? new Date()) : data.publishedAt,
      createdById: actor.userId,
      updatedById: actor.userId,
    });
    await replaceArticleLinks(tx, { siteId, articleId: row.id, categoryIds: data.categoryIds, relatedIds: data.relatedIds });
    await recordAudit(tx, actor, {
      siteId,
      action: options.publish ? 'article.publish' : 'article.create',
      entity: 'article',
      entityId: row.id,
      after: { title: row.title, slug, status: row.status },
    });
    return { id: row.id, slug, status: row.status };
  });
}

export async function updateArticle(actor: Actor, siteId: string, articleId: string, input: ArticleInput) {
  requireEditor(actor, siteId);
  const data = parseInput(ArticleInputSchema, input);
  const before = await findArticleForConsole({ siteId, id: articleId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy bài viết.');
  if (before.status === 'PUBLISHED') {
    if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bài đã đăng chỉ ban biên tập được sửa.');
    assertPublishable(data);
  }
  await checkLinks(siteId, data);
  await withTransaction(async (tx) => {
    await updateArticleRow(tx, {
      siteId,
      id: articleId,
      data: {
        title: data.title,
        sapo: data.sapo,
        body: data.body as object,
        bodyHtml: renderRichText(data.body),
        author: data.author ?? null,
        source: data.source ?? null,
        tags: data.tags,
        featuredImageId: data.featuredImageId ?? null,
        featuredCaption: data.featuredCaption ?? null,
        featuredAlt: data.featuredAlt ?? null,
        ...(data.publishedAt ? { publishedAt: data.publishedAt } : {}),
        updatedById: actor.userId,
      },
    });
    await replaceArticleLinks(tx, { siteId, articleId, categoryIds: data.categoryIds, relatedIds: data.relatedIds });
    await recordAudit(tx, actor, { siteId, action: 'article.update', entity: 'article', entityId: articleId, before: { title: before.title }, after: { title: data.title } });
  });
}

export async function setArticlePublished(actor: Actor, siteId: string, articleId: string, publish: boolean) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng hoặc gỡ bài.');
  const before = await findArticleForConsole({ siteId, id: articleId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy bài viết.');
  if (publish) assertPublishable(before);
  await withTransaction(async (tx) => {
    await updateArticleRow(tx, {
      siteId,
      id: articleId,
      data: publish ? { status: 'PUBLISHED', publishedAt: before.publishedAt ?? new Date() } : { status: 'UNPUBLISHED' },
    });
    await recordAudit(tx, actor, {
      siteId,
      action: publish ? 'article.publish' : 'article.unpublish',
      entity: 'article',
      entityId: articleId,
      before: { status: before.status },
      after: { status: publish ? 'PUBLISHED' : 'UNPUBLISHED' },
    });
  });
}

export async function deleteArticle(actor: Actor, siteId: string, articleId: string) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền xóa bài.');
  const before = await findArticleForConsole({ siteId, id: articleId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy bài viết.');
  await withTransaction(async (tx) => {
    await deleteArticleRow(tx, { siteId, id: articleId });
    await recordAudit(tx, actor, { siteId, action: 'article.delete', entity: 'article', entityId: articleId, before: { title: before.title, status: before.status } });
  });
}

export async function listArticlesForConsole(actor: Actor, siteId: string, params: { page: number }) {
  requireEditor(actor, siteId);
  const pageSize = 30;
  const [rows, total] = await findArticlesForConsole({ siteId, skip: (params.page - 1) * pageSize, take: pageSize });
  return {
    items: rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString() })),
    total,
    page: params.page,
    pageSize,
  };
}

export async function getArticleForEditing(actor: Actor, siteId: string, articleId: string) {
  requireEditor(actor, siteId);
  const row = await findArticleForConsole({ siteId, id: articleId });
  if (!row) return null;
  return {
    id: row.id,
    lang: row.lang,
    slug: row.slug,
    status: row.status,
    title: row.title,
    sapo: row.sapo,
    body: row.body,
    author: row.author,
    source: row.source,
    tags: row.tags,
    featuredImageId: row.featuredImageId,
    featuredCaption: row.featuredCaption,
    featuredAlt: row.featuredAlt,
    bodyHtml: row.bodyHtml,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    categoryIds: row.categories.map((c) => c.categoryId),
    relatedIds: row.relatedTo.map((r) => r.relatedId),
  };
}

/** Choices the article editor offers: the site's categories, articles (for "related") and images. */
export async function getEditorOptions(actor: Actor, siteId: string) {
  requireEditor(actor, siteId);
  const [cats, [articles], images] = await Promise.all([findCategories(siteId), findArticlesForConsole({ siteId, skip: 0, take: 200 }), findSiteImages(siteId)]);
  return {
    categories: cats.map((c) => ({ id: c.id, label: c.name })),
    articles: articles.map((a) => ({ id: a.id, label: a.title })),
    images: images.map((m) => ({ id: m.id, label: m.alt ? `${m.alt} (${m.fileName})` : m.fileName })),
    canPublish: canPublishContent(actor, siteId),
  };
}
