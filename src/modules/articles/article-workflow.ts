import type { Db } from '@/server/db';
import { AppError } from '@/server/errors';
import { renderRichText, richTextToPlain, type RichTextNode } from '@/modules/content/rich-text';
import type { Snapshot, WorkflowAdapter } from '@/modules/workflow/workflow-adapter';
import { findArticleFacts, findArticleIdsInSite, findCategoryIdsInSite, findArticleSnapshotRow, findImageInSite, replaceArticleLinks, updateArticleRow } from './articles.repository';
import type { ArticleData } from './articles.schemas';

/** What a revision of an article stores: the validated editable fields, JSON-safe. */
export type ArticleSnapshot = {
  title: string;
  sapo: string;
  body: unknown;
  author: string | null;
  source: string | null;
  tags: string[];
  categoryIds: string[];
  relatedIds: string[];
  featuredImageId: string | null;
  featuredCaption: string | null;
  featuredAlt: string | null;
};

export function toArticleSnapshot(data: ArticleData): ArticleSnapshot {
  return {
    title: data.title,
    sapo: data.sapo,
    body: data.body,
    author: data.author ?? null,
    source: data.source ?? null,
    tags: data.tags,
    categoryIds: data.categoryIds,
    relatedIds: data.relatedIds,
    featuredImageId: data.featuredImageId ?? null,
    featuredCaption: data.featuredCaption ?? null,
    featuredAlt: data.featuredAlt ?? null,
  };
}

const asArticle = (data: Snapshot) => data as unknown as ArticleSnapshot;

/** C1 mandatory attribution (seed 000 Đ10.3, seed 004 Đ12.1d): no publication without author and source. */
export function assertArticlePublishable(a: { author?: string | null; source?: string | null }) {
  const fields: Record<string, string> = {};
  if (!a.author) fields.author = 'Hãy ghi tác giả trước khi đăng.';
  if (!a.source) fields.source = 'Hãy ghi nguồn tin trước khi đăng.';
  if (Object.keys(fields).length) throw new AppError('RULE_VIOLATION', 'Bài viết phải ghi rõ tác giả và nguồn trước khi đăng.', fields);
}

function paragraphs(body: unknown): string[] {
  const doc = body as RichTextNode | null;
  return (doc?.content ?? []).map((node) => richTextToPlain(node).trim()).filter(Boolean);
}

export const articleWorkflow: WorkflowAdapter = {
  entity: 'article',
  noun: 'bài viết',
  async loadFacts(tx, siteId, id) {
    const row = await findArticleFacts({ siteId, id }, tx);
    return row ? { publicStatus: row.status, publishedAt: row.publishedAt, createdById: row.createdById } : null;
  },
  async snapshot(tx, siteId, id) {
    const row = await findArticleSnapshotRow({ siteId, id }, tx);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy bài viết.');
    const snap: ArticleSnapshot = {
      title: row.title,
      sapo: row.sapo,
      body: row.body,
      author: row.author,
      source: row.source,
      tags: row.tags,
      categoryIds: row.categories.map((c) => c.categoryId),
      relatedIds: row.relatedTo.map((r) => r.relatedId),
      featuredImageId: row.featuredImageId,
      featuredCaption: row.featuredCaption,
      featuredAlt: row.featuredAlt,
    };
    return snap as unknown as Snapshot;
  },
  async apply(tx: Db, siteId, id, data, userId) {
    const a = asArticle(data);
    // Links were checked when the version was saved; anything deleted since is dropped, not an error.
    const [cats, related, image] = await Promise.all([
      findCategoryIdsInSite({ siteId, ids: a.categoryIds }, tx),
      findArticleIdsInSite({ siteId, ids: a.relatedIds }, tx),
      a.featuredImageId ? findImageInSite({ siteId, id: a.featuredImageId }, tx) : Promise.resolve(null),
    ]);
    await updateArticleRow(tx, {
      siteId,
      id,
      data: {
        title: a.title,
        sapo: a.sapo,
        body: a.body as object,
        bodyHtml: renderRichText(a.body as RichTextNode),
        author: a.author,
        source: a.source,
        tags: a.tags,
        featuredImageId: image ? a.featuredImageId : null,
        featuredCaption: a.featuredCaption,
        featuredAlt: a.featuredAlt,
        updatedById: userId,
      },
    });
    await replaceArticleLinks(tx, { siteId, articleId: id, categoryIds: cats.map((c) => c.id), relatedIds: related.map((r) => r.id) });
  },
  async setPublic(tx, siteId, id, state) {
    await updateArticleRow(tx, { siteId, id, data: { status: state.status, ...(state.publishedAt ? { publishedAt: state.publishedAt } : {}) } });
  },
  checkPublishable(data) {
    assertArticlePublishable(asArticle(data));
  },
  title: (data) => asArticle(data).title,
  categoryIds: (data) => asArticle(data).categoryIds ?? [],
  view(data) {
    const a = asArticle(data);
    return {
      fields: [
        { label: 'Tiêu đề', value: a.title },
        { label: 'Sapo', value: a.sapo },
        { label: 'Tác giả', value: a.author ?? '' },
        { label: 'Nguồn', value: a.source ?? '' },
        { label: 'Từ khóa', value: a.tags.join(', ') },
        { label: 'Chú thích ảnh', value: a.featuredCaption ?? '' },
      ],
      body: paragraphs(a.body),
    };
  },
  consolePath: (siteId, id) => `/quan-tri/trang/${siteId}/tin-bai/${id}`,
  async publicPath(tx, siteId, id) {
    const row = await findArticleFacts({ siteId, id }, tx);
    return row ? `${row.lang === 'en' ? '/en' : ''}/tin-tuc/${row.slug}` : null;
  },
};
