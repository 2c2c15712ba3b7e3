import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent } from '@/modules/content/content.policy';
import { contentChanged } from '@/modules/content/content-events';
import { absoluteUrl } from '@/server/env';
import type { Snapshot } from '@/modules/workflow/workflow-adapter';
import { notifyTransition } from '@/modules/workflow/workflow-notices';
import { findSiteForWorkflow } from '@/modules/workflow/workflow.repository';
import { assertCanWrite, forgetItem, getEditorialView, saveVersion, workingStates, startImportedItem, startItem, transition, type ProtectionMarks, type TransitionInput } from '@/modules/workflow/workflow.service';
import { articleWorkflow, assertArticlePublishable, toArticleSnapshot, type ArticleSnapshot } from './article-workflow';
import { renderRichText, type RichTextNode } from '@/modules/content/rich-text';
import { uniqueSlug } from '@/modules/content/slug';
import { mediaVariantUrl, type MediaRef } from '@/modules/media/media-url';
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
  findProposalInSite,
  insertArticle,
  replaceArticleLinks,
  slugExists,
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
  /** Proposed from a component site (T4): the original on its own host. */
  sourceUrl: string | null;
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
    sourceUrl: row.sourceUrl,
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

/**
 * A new article is a draft of its writer (E2): it becomes public only through the workflow. `imported` brings in
 * content approved before this platform (the command line only: demo data, migration from the old portal).
 */
export async function createArticle(actor: Actor, siteId: string, input: ArticleInput, options: { imported?: 'PUBLISHED' | 'DRAFT'; marks?: ProtectionMarks } = {}) {
  const data = parseInput(ArticleInputSchema, input);
  if (!options.imported) await withTransaction((tx) => assertCanWrite(tx, actor, siteId, data.categoryIds, 'bài viết'));
  else if (!(actor.isPlatformAdmin && actor.userId === null)) throw new AppError('FORBIDDEN', 'Chỉ dòng lệnh nhập dữ liệu mới được nhập bài; bài mới phải qua ban biên tập duyệt.');
  await checkLinks(siteId, data);
  const published = options.imported === 'PUBLISHED';
  if (published) assertArticlePublishable(data);
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(data.title, (s) => slugExists({ siteId, lang: data.lang, slug: s }, tx), 'bai-viet');
    const status = published ? 'PUBLISHED' : 'DRAFT';
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
      status,
      publishedAt: published ? (data.publishedAt ?? new Date()) : null,
      createdById: actor.userId,
      updatedById: actor.userId,
    });
    await replaceArticleLinks(tx, { siteId, articleId: row.id, categoryIds: data.categoryIds, relatedIds: data.relatedIds });
    const snapshot = toArticleSnapshot(data) as unknown as Snapshot;
    if (published) await startImportedItem(tx, actor, articleWorkflow, siteId, row.id, snapshot);
    else await startItem(tx, actor, articleWorkflow, { siteId, entityId: row.id, data: snapshot, marks: options.marks });
    await recordAudit(tx, actor, {
      siteId,
      action: options.imported ? 'article.import' : 'article.create',
      entity: 'article',
      entityId: row.id,
      after: { title: row.title, slug, status },
    });
    await contentChanged(tx, { siteId, type: 'article', id: row.id, change: published ? 'published' : 'saved' });
    return { id: row.id, slug, status };
  });
}

/** Saves a version of an article (E3); see saveVersion for what the public sees meanwhile. */
export async function updateArticle(actor: Actor, siteId: string, articleId: string, input: ArticleInput, options: { marks?: ProtectionMarks; autosave?: boolean } = {}) {
  const data = parseInput(ArticleInputSchema, input);
  await checkLinks(siteId, data);
  return saveVersion(actor, articleWorkflow, { siteId, entityId: articleId, data: toArticleSnapshot(data) as unknown as Snapshot, marks: options.marks, autosave: options.autosave });
}

/** One step of the editorial workflow on an article: submit, review, return, approve, schedule, unpublish… */
export function articleTransition(actor: Actor, siteId: string, articleId: string, input: TransitionInput) {
  return transition(actor, articleWorkflow, { siteId, entityId: articleId, ...input });
}

/** Only the board head removes an article for good, and never a public one (unpublish it first, with a reason). */
export async function deleteArticle(actor: Actor, siteId: string, articleId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId && m.role === 'BOARD_HEAD')) throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập được xóa bài.');
  const before = await findArticleForConsole({ siteId, id: articleId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy bài viết.');
  if (before.status === 'PUBLISHED' || before.status === 'SCHEDULED') throw new AppError('RULE_VIOLATION', 'Bài đang đăng hoặc hẹn giờ đăng: hãy gỡ bài (ghi lý do) trước khi xóa.');
  await withTransaction(async (tx) => {
    await deleteArticleRow(tx, { siteId, id: articleId });
    await forgetItem(tx, articleWorkflow, siteId, articleId);
    await recordAudit(tx, actor, { siteId, action: 'article.delete', entity: 'article', entityId: articleId, before: { title: before.title, status: before.status } });
    await contentChanged(tx, { siteId, type: 'article', id: articleId, change: 'deleted' });
  });
}

function withoutImages(node: RichTextNode): RichTextNode {
  return { ...node, ...(node.content ? { content: node.content.filter((c) => c.type !== 'image').map(withoutImages) } : {}) };
}

/**
 * T4: a component site's published article proposed to its parent portal. It arrives there as a submitted
 * article with no author on that site, so the parent's own board edits, reviews and approves it again; it keeps
 * a link to the source. Pictures stay with the source site's library (the parent's board adds its own).
 */
export async function proposeArticleToParent(actor: Actor, siteId: string, articleId: string) {
  const member = actor.memberships.find((m) => m.siteId === siteId);
  if (!member || !['EDITOR', 'BOARD_HEAD', 'BOARD_DEPUTY'].includes(member.role)) throw new AppError('FORBIDDEN', 'Chỉ biên tập viên và ban biên tập được đề xuất bài lên cổng cấp trên.');
  const [article, site] = await Promise.all([findArticleForConsole({ siteId, id: articleId }), findSiteForWorkflow(siteId)]);
  if (!article) throw new AppError('NOT_FOUND', 'Không tìm thấy bài viết.');
  if (article.status !== 'PUBLISHED') throw new AppError('RULE_VIOLATION', 'Chỉ đề xuất được bài đã đăng trên trang của đơn vị.');
  if (!site?.parentId) throw new AppError('RULE_VIOLATION', 'Trang này không có cổng cấp trên.');
  const parent = await findSiteForWorkflow(site.parentId);
  if (!parent || parent.status !== 'ACTIVE') throw new AppError('RULE_VIOLATION', 'Cổng cấp trên đang không hoạt động.');
  if (await findProposalInSite({ siteId: parent.id, sourceArticleId: articleId })) throw new AppError('CONFLICT', 'Bài này đã được đề xuất lên cổng cấp trên.');
  const sourceUrl = absoluteUrl(site.domains[0]?.host ?? '', `${article.lang === 'en' ? '/en' : ''}/tin-tuc/${article.slug}`);
  const body = withoutImages(article.body as RichTextNode);
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(article.title, (s) => slugExists({ siteId: parent.id, lang: article.lang, slug: s }, tx), 'bai-viet');
    const row = await insertArticle(tx, {
      siteId: parent.id,
      lang: article.lang,
      slug,
      title: article.title,
      sapo: article.sapo,
      body: body as object,
      bodyHtml: renderRichText(body),
      author: article.author,
      source: article.source ? `${article.source} — ${site.name}` : site.name,
      tags: article.tags,
      status: 'SUBMITTED',
      sourceArticleId: article.id,
      sourceUrl,
      createdById: null,
      updatedById: actor.userId,
    });
    const snapshot: ArticleSnapshot = {
      title: row.title,
      sapo: row.sapo,
      body,
      author: row.author,
      source: row.source,
      tags: row.tags,
      categoryIds: [],
      relatedIds: [],
      featuredImageId: null,
      featuredCaption: null,
      featuredAlt: null,
    };
    await startItem(tx, actor, articleWorkflow, { siteId: parent.id, entityId: row.id, data: snapshot as unknown as Snapshot, state: 'SUBMITTED', authorId: null });
    await recordAudit(tx, actor, { siteId, action: 'article.propose', entity: 'article', entityId: articleId, after: { to: parent.name, proposalId: row.id } });
    await recordAudit(tx, actor, { siteId: parent.id, action: 'article.proposal-received', entity: 'article', entityId: row.id, after: { from: site.name, title: row.title, sourceUrl } });
    await contentChanged(tx, { siteId: parent.id, type: 'article', id: row.id, change: 'saved' });
    await notifyTransition(tx, {
      adapter: articleWorkflow,
      action: 'submit',
      siteId: parent.id,
      entityId: row.id,
      title: row.title,
      authorId: null,
      actorId: actor.userId,
      actorLabel: `${actor.label} (${site.name})`,
      reason: null,
      scheduledAt: null,
      publicPath: null,
    });
    return { id: row.id, parentSiteId: parent.id, parentName: parent.name };
  });
}

export async function listArticlesForConsole(actor: Actor, siteId: string, params: { page: number }) {
  requireEditor(actor, siteId);
  const pageSize = 30;
  const [rows, total] = await findArticlesForConsole({ siteId, skip: (params.page - 1) * pageSize, take: pageSize });
  const working = await workingStates(articleWorkflow, siteId, rows.map((r) => r.id));
  return {
    items: rows.map((r) => {
      const w = working.get(r.id);
      // A published article being revised shows both: what the public sees and where the new version stands.
      const pending = r.status === 'PUBLISHED' && w && w.state !== 'PUBLISHED' ? w.label : null;
      return { ...r, pendingVersion: pending, scheduleFailed: w?.failed ?? false, publishedAt: r.publishedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString() };
    }),
    total,
    page: params.page,
    pageSize,
  };
}

/** The article as the editor should see it: the working version (pending one while published) and its workflow. */
export async function getArticleForEditing(actor: Actor, siteId: string, articleId: string) {
  requireEditor(actor, siteId);
  const row = await findArticleForConsole({ siteId, id: articleId });
  if (!row) return null;
  const { data, ...editorial } = (await getEditorialView(actor, articleWorkflow, siteId, articleId))!;
  const working = data as unknown as ArticleSnapshot;
  return {
    id: row.id,
    lang: row.lang,
    slug: row.slug,
    status: row.status,
    publicTitle: row.title,
    sourceUrl: row.sourceUrl,
    title: working.title,
    sapo: working.sapo,
    body: working.body,
    author: working.author,
    source: working.source,
    tags: working.tags,
    featuredImageId: working.featuredImageId,
    featuredCaption: working.featuredCaption,
    featuredAlt: working.featuredAlt,
    bodyHtml: renderRichText(working.body as RichTextNode),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    categoryIds: working.categoryIds,
    relatedIds: working.relatedIds,
    editorial,
  };
}

/** Choices the article editor offers: the site's categories, articles (for "related") and images. */
export async function getEditorOptions(actor: Actor, siteId: string) {
  requireEditor(actor, siteId);
  const [cats, [articles], images] = await Promise.all([findCategories(siteId), findArticlesForConsole({ siteId, skip: 0, take: 200 }), findSiteImages(siteId)]);
  return {
    categories: cats.map((c) => ({ id: c.id, label: c.name })),
    articles: articles.map((a) => ({ id: a.id, label: a.title })),
    images: images.map((m) => ({ id: m.id, label: m.alt ? `${m.alt} (${m.fileName})` : m.fileName, alt: m.alt ?? '', src: mediaVariantUrl({ ...m, siteId }, 960) })),
  };
}
