import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { knownId } from './known-id';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { canEditContent, canPublishContent } from '@/modules/content/content.policy';
import { renderRichText, richTextToPlain, type RichTextNode } from '@/modules/content/rich-text';
import { uniqueSlug } from '@/modules/content/slug';
import type { Db } from '@/server/db';
import { PAGE_KIND_ORDER } from './intro-labels';
import { PageInputSchema, RESERVED_PAGE_SLUGS, type PageInput, type PageKindName } from './intro.schemas';
import {
  countPublishedPages,
  deletePageRow,
  findPageForConsole,
  findPagesForConsole,
  findPageTranslation,
  findPublishedPageBySlug,
  findPublishedPages,
  insertPage,
  pageSlugExists,
  syncPageTranslations,
  updatePageRow,
} from './pages.repository';


const NOT_FOUND = 'Không tìm thấy trang giới thiệu.';

export type IntroPageSummary = { slug: string; lang: 'vi' | 'en'; kind: PageKindName; title: string; excerpt: string; updatedAt: string };
export type IntroPageDetail = IntroPageSummary & {
  bodyHtml: string;
  publishedAt: string;
  /** The other language's published version, if any (C11). */
  translation: { lang: 'vi' | 'en'; slug: string } | null;
};

const asLang = (v: string): 'vi' | 'en' => (v === 'en' ? 'en' : 'vi');

/** The opening paragraphs of a page (headings and lists skipped), cut at a word boundary; pure. */
export function excerptOf(body: unknown, max = 180): string {
  const doc = body as RichTextNode;
  const paragraphs = (doc.content ?? []).filter((n) => n.type === 'paragraph').map((n) => richTextToPlain(n).trim());
  const plain = (paragraphs.length ? paragraphs.join(' ') : richTextToPlain(doc)).replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Pages grouped by kind in the order of C2 (organisation, functions, history, geography, map, other); pure. */
export function groupPagesByKind<T extends { kind: PageKindName }>(pages: T[]): { kind: PageKindName; pages: T[] }[] {
  return PAGE_KIND_ORDER.map((kind) => ({ kind, pages: pages.filter((p) => p.kind === kind) })).filter((g) => g.pages.length > 0);
}

/** Published introduction pages of a site (C2), in the editors' order. */
export async function listIntroPages(params: { siteId: string; lang: 'vi' | 'en' }): Promise<IntroPageSummary[]> {
  const rows = await findPublishedPages({ siteId: params.siteId, lang: params.lang });
  return rows.map((r) => ({ slug: r.slug, lang: asLang(r.lang), kind: r.kind, title: r.title, excerpt: excerptOf(r.body), updatedAt: r.updatedAt.toISOString() }));
}

function isPublic(x: { status: string; publishedAt: Date | null } | null | undefined): boolean {
  return !!x && x.status === 'PUBLISHED' && !!x.publishedAt && x.publishedAt <= new Date();
}

export async function getIntroPage(params: { siteId: string; slug: string; lang: 'vi' | 'en' }): Promise<IntroPageDetail | null> {
  if ((RESERVED_PAGE_SLUGS as readonly string[]).includes(params.slug)) return null;
  const row = await findPublishedPageBySlug({ siteId: params.siteId, lang: params.lang, slug: params.slug });
  if (!row) return null;
  const other = row.lang === 'vi' ? (row.translations.find((t) => t.lang === 'en') ?? null) : isPublic(row.translationOf) && row.translationOf!.siteId === params.siteId ? row.translationOf : null;
  return {
    slug: row.slug,
    lang: asLang(row.lang),
    kind: row.kind,
    title: row.title,
    excerpt: excerptOf(row.body),
    updatedAt: row.updatedAt.toISOString(),
    bodyHtml: row.bodyHtml,
    publishedAt: row.publishedAt!.toISOString(),
    translation: other ? { lang: asLang(other.lang), slug: other.slug } : null,
  };
}

export async function countEnglishPages(siteId: string): Promise<number> {
  return countPublishedPages({ siteId, lang: 'en' });
}

// ── Console ──────────────────────────────────────────────────────────────────

function requireEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền biên tập nội dung của trang này.');
}

const SLUG_TAKEN = 'Đường dẫn này đã được dùng cho một trang giới thiệu khác cùng ngôn ngữ.';

async function chooseSlug(tx: Db, params: { siteId: string; lang: string; title: string; slug?: string; exceptId?: string }): Promise<string> {
  if (params.slug) {
    if (await pageSlugExists({ siteId: params.siteId, lang: params.lang, slug: params.slug, exceptId: params.exceptId }, tx)) {
      throw new AppError('CONFLICT', SLUG_TAKEN, { slug: SLUG_TAKEN });
    }
    return params.slug;
  }
  const reserved = RESERVED_PAGE_SLUGS as readonly string[];
  return uniqueSlug(params.title, async (s) => reserved.includes(s) || (await pageSlugExists({ siteId: params.siteId, lang: params.lang, slug: s, exceptId: params.exceptId }, tx)), 'trang');
}

/** An English version hangs on a Vietnamese page of the same site and takes its kind and order (C11). */
async function resolveOriginal(siteId: string, translationOfId: string | null | undefined) {
  if (!translationOfId) throw new AppError('VALIDATION', 'Bản tiếng Anh phải gắn với một trang tiếng Việt.', { translationOfId: 'Chọn trang tiếng Việt gốc.' });
  const original = await findPageForConsole({ siteId, id: translationOfId });
  if (!original || original.lang !== 'vi') throw new AppError('VALIDATION', 'Trang gốc không thuộc trang này.', { translationOfId: 'Trang gốc không hợp lệ.' });
  if (await findPageTranslation({ siteId, originalId: original.id, lang: 'en' })) {
    throw new AppError('CONFLICT', 'Trang này đã có bản tiếng Anh; hãy sửa bản đó.');
  }
  return original;
}

/** Saves a new introduction page as a draft, or publishes it at once when asked and allowed (C2). */
export async function createPage(actor: Actor, siteId: string, input: PageInput, options: { publish?: boolean } = {}) {
  requireEditor(actor, siteId);
  const data = parseInput(PageInputSchema, input);
  if (options.publish && !canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng trang; hãy lưu nháp để ban biên tập duyệt.');
  const original = data.lang === 'en' ? await resolveOriginal(siteId, data.translationOfId) : null;
  return withTransaction(async (tx) => {
    const slug = await chooseSlug(tx, { siteId, lang: data.lang, title: data.title, slug: data.slug });
    const row = await insertPage(tx, {
      siteId,
      lang: data.lang,
      translationOfId: original?.id ?? null,
      slug,
      kind: original?.kind ?? data.kind,
      position: original?.position ?? data.position,
      title: data.title,
      body: data.body as object,
      bodyHtml: renderRichText(data.body),
      status: options.publish ? 'PUBLISHED' : 'DRAFT',
      publishedAt: options.publish ? new Date() : null,
    });
    await recordAudit(tx, actor, {
      siteId,
      action: options.publish ? 'page.publish' : 'page.create',
      entity: 'page',
      entityId: row.id,
      after: { title: row.title, slug, lang: row.lang, status: row.status },
    });
    await contentChanged(tx, { siteId, type: 'page', id: row.id, change: options.publish ? 'published' : 'saved' });
    return { id: row.id, slug, status: row.status };
  });
}

export async function updatePage(actor: Actor, siteId: string, pageId: string, input: PageInput) {
  requireEditor(actor, siteId);
  const data = parseInput(PageInputSchema, input);
  const before = await findPageForConsole({ siteId, id: knownId(pageId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (before.status === 'PUBLISHED' && !canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Trang đã đăng chỉ ban biên tập được sửa.');
  const isTranslation = before.lang !== 'vi';
  await withTransaction(async (tx) => {
    const slug = data.slug && data.slug !== before.slug ? await chooseSlug(tx, { siteId, lang: before.lang, title: data.title, slug: data.slug, exceptId: pageId }) : before.slug;
    await updatePageRow(tx, {
      siteId,
      id: pageId,
      data: {
        title: data.title,
        slug,
        body: data.body as object,
        bodyHtml: renderRichText(data.body),
        ...(isTranslation ? {} : { kind: data.kind, position: data.position }),
      },
    });
    if (!isTranslation) await syncPageTranslations(tx, { siteId, originalId: pageId, data: { kind: data.kind, position: data.position } });
    await recordAudit(tx, actor, { siteId, action: 'page.update', entity: 'page', entityId: pageId, before: { title: before.title, slug: before.slug }, after: { title: data.title, slug } });
    await contentChanged(tx, { siteId, type: 'page', id: pageId, change: 'saved' });
  });
}

export async function setPagePublished(actor: Actor, siteId: string, pageId: string, publish: boolean) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng hoặc gỡ trang giới thiệu.');
  const before = await findPageForConsole({ siteId, id: knownId(pageId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  await withTransaction(async (tx) => {
    await updatePageRow(tx, { siteId, id: pageId, data: publish ? { status: 'PUBLISHED', publishedAt: before.publishedAt ?? new Date() } : { status: 'UNPUBLISHED' } });
    await recordAudit(tx, actor, {
      siteId,
      action: publish ? 'page.publish' : 'page.unpublish',
      entity: 'page',
      entityId: pageId,
      before: { status: before.status },
      after: { status: publish ? 'PUBLISHED' : 'UNPUBLISHED' },
    });
    await contentChanged(tx, { siteId, type: 'page', id: pageId, change: publish ? 'published' : 'unpublished' });
  });
}

export async function deletePage(actor: Actor, siteId: string, pageId: string) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền xóa trang giới thiệu.');
  const before = await findPageForConsole({ siteId, id: knownId(pageId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (before.translations.length > 0) throw new AppError('RULE_VIOLATION', 'Trang còn bản tiếng Anh; hãy xóa bản tiếng Anh trước.');
  await withTransaction(async (tx) => {
    await deletePageRow(tx, { siteId, id: pageId });
    await recordAudit(tx, actor, { siteId, action: 'page.delete', entity: 'page', entityId: pageId, before: { title: before.title, slug: before.slug, status: before.status } });
    await contentChanged(tx, { siteId, type: 'page', id: pageId, change: 'deleted' });
  });
}

export async function listPagesForConsole(actor: Actor, siteId: string) {
  requireEditor(actor, siteId);
  const rows = await findPagesForConsole(siteId);
  return rows.map((r) => ({ ...r, lang: asLang(r.lang), updatedAt: r.updatedAt.toISOString() }));
}

export async function getPageForEditing(actor: Actor, siteId: string, pageId: string) {
  requireEditor(actor, siteId);
  const row = await findPageForConsole({ siteId, id: knownId(pageId, NOT_FOUND) });
  if (!row) return null;
  return {
    id: row.id,
    lang: asLang(row.lang),
    slug: row.slug,
    kind: row.kind,
    position: row.position,
    status: row.status,
    title: row.title,
    body: row.body,
    bodyHtml: row.bodyHtml,
    translationOf: row.translationOf ? { id: row.translationOf.id, title: row.translationOf.title } : null,
    translation: row.translations.find((t) => t.lang === 'en') ?? null,
    canPublish: canPublishContent(actor, siteId),
  };
}
