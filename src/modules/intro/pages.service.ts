import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { knownId } from './known-id';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent } from '@/modules/content/content.policy';
import { contentChanged } from '@/modules/content/content-events';
import type { Snapshot } from '@/modules/workflow/workflow-adapter';
import { assertCanWrite, forgetItem, getEditorialView, saveVersion, startImportedItem, startItem, transition, workingStates, type TransitionInput } from '@/modules/workflow/workflow.service';
import { pageWorkflow, type PageSnapshot } from './page-workflow';
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

/**
 * A new introduction page is a draft of its writer (E2): it becomes public only through the workflow. `imported`
 * brings in pages approved before this platform (the command line only: demo data, migration from the old portal).
 */
export async function createPage(actor: Actor, siteId: string, input: PageInput, options: { imported?: 'PUBLISHED' | 'DRAFT' } = {}) {
  const data = parseInput(PageInputSchema, input);
  if (!options.imported) await withTransaction((tx) => assertCanWrite(tx, actor, siteId, [], pageWorkflow.noun));
  else if (!(actor.isPlatformAdmin && actor.userId === null)) throw new AppError('FORBIDDEN', 'Chỉ dòng lệnh nhập dữ liệu mới được nhập trang; trang mới phải qua ban biên tập duyệt.');
  const original = data.lang === 'en' ? await resolveOriginal(siteId, data.translationOfId) : null;
  const published = options.imported === 'PUBLISHED';
  return withTransaction(async (tx) => {
    const slug = await chooseSlug(tx, { siteId, lang: data.lang, title: data.title, slug: data.slug });
    const kind = original?.kind ?? data.kind;
    const position = original?.position ?? data.position;
    const row = await insertPage(tx, {
      siteId,
      lang: data.lang,
      translationOfId: original?.id ?? null,
      slug,
      kind,
      position,
      title: data.title,
      body: data.body as object,
      bodyHtml: renderRichText(data.body),
      status: published ? 'PUBLISHED' : 'DRAFT',
      publishedAt: published ? new Date() : null,
    });
    const snapshot: PageSnapshot = { title: data.title, slug, kind, position, body: data.body };
    if (published) await startImportedItem(tx, actor, pageWorkflow, siteId, row.id, snapshot as unknown as Snapshot);
    else await startItem(tx, actor, pageWorkflow, { siteId, entityId: row.id, data: snapshot as unknown as Snapshot });
    await recordAudit(tx, actor, {
      siteId,
      action: options.imported ? 'page.import' : 'page.create',
      entity: 'page',
      entityId: row.id,
      after: { title: row.title, slug, lang: row.lang, status: row.status },
    });
    await contentChanged(tx, { siteId, type: 'page', id: row.id, change: published ? 'published' : 'saved' });
    return { id: row.id, slug, status: row.status };
  });
}

/** Saves a version of a page (E3): before first publication the row is the draft; after it, a pending version. */
export async function updatePage(actor: Actor, siteId: string, pageId: string, input: PageInput, options: { autosave?: boolean } = {}) {
  requireEditor(actor, siteId);
  const data = parseInput(PageInputSchema, input);
  const before = await findPageForConsole({ siteId, id: knownId(pageId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  const isTranslation = before.lang !== 'vi';
  const slug = data.slug && data.slug !== before.slug ? await withTransaction((tx) => chooseSlug(tx, { siteId, lang: before.lang, title: data.title, slug: data.slug, exceptId: pageId })) : before.slug;
  const snapshot: PageSnapshot = {
    title: data.title,
    slug,
    kind: isTranslation ? before.kind : data.kind,
    position: isTranslation ? before.position : data.position,
    body: data.body,
  };
  return saveVersion(actor, pageWorkflow, { siteId, entityId: pageId, data: snapshot as unknown as Snapshot, autosave: options.autosave });
}

/** One step of the editorial workflow on a page: submit, review, return, approve, schedule, unpublish… */
export function pageTransition(actor: Actor, siteId: string, pageId: string, input: TransitionInput) {
  return transition(actor, pageWorkflow, { siteId, entityId: pageId, ...input });
}

/** Only the board head removes a page for good, and never a public one (unpublish it first, with a reason). */
export async function deletePage(actor: Actor, siteId: string, pageId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId && m.role === 'BOARD_HEAD')) throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập được xóa trang giới thiệu.');
  const before = await findPageForConsole({ siteId, id: knownId(pageId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (before.status === 'PUBLISHED' || before.status === 'SCHEDULED') throw new AppError('RULE_VIOLATION', 'Trang đang đăng hoặc hẹn giờ đăng: hãy gỡ trang (ghi lý do) trước khi xóa.');
  if (before.translations.length > 0) throw new AppError('RULE_VIOLATION', 'Trang còn bản tiếng Anh; hãy xóa bản tiếng Anh trước.');
  await withTransaction(async (tx) => {
    await deletePageRow(tx, { siteId, id: pageId });
    await forgetItem(tx, pageWorkflow, siteId, pageId);
    await recordAudit(tx, actor, { siteId, action: 'page.delete', entity: 'page', entityId: pageId, before: { title: before.title, slug: before.slug, status: before.status } });
    await contentChanged(tx, { siteId, type: 'page', id: pageId, change: 'deleted' });
  });
}

export async function listPagesForConsole(actor: Actor, siteId: string) {
  requireEditor(actor, siteId);
  const rows = await findPagesForConsole(siteId);
  const working = await workingStates(pageWorkflow, siteId, rows.map((r) => r.id));
  return rows.map((r) => {
    const w = working.get(r.id);
    // A published page being revised shows both: what the public sees and where the new version stands.
    const pendingVersion = r.status === 'PUBLISHED' && w && w.state !== 'PUBLISHED' ? w.label : null;
    return { ...r, lang: asLang(r.lang), pendingVersion, updatedAt: r.updatedAt.toISOString() };
  });
}

/** The page as the editor should see it: the working version (the pending one while published) and its workflow. */
export async function getPageForEditing(actor: Actor, siteId: string, pageId: string) {
  requireEditor(actor, siteId);
  const row = await findPageForConsole({ siteId, id: knownId(pageId, NOT_FOUND) });
  if (!row) return null;
  const { data, ...editorial } = (await getEditorialView(actor, pageWorkflow, siteId, pageId))!;
  const working = data as unknown as PageSnapshot;
  return {
    id: row.id,
    lang: asLang(row.lang),
    publicSlug: row.slug,
    publicTitle: row.title,
    status: row.status,
    slug: working.slug,
    kind: working.kind,
    position: working.position,
    title: working.title,
    body: working.body,
    bodyHtml: renderRichText(working.body as RichTextNode),
    translationOf: row.translationOf ? { id: row.translationOf.id, title: row.translationOf.title } : null,
    translation: row.translations.find((t) => t.lang === 'en') ?? null,
    editorial,
  };
}
