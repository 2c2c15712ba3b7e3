import { AppError } from '@/server/errors';
import { renderRichText, richTextToPlain, type RichTextNode } from '@/modules/content/rich-text';
import type { Snapshot, WorkflowAdapter } from '@/modules/workflow/workflow-adapter';
import { PAGE_KIND_LABELS } from './intro-labels';
import type { PageKindName } from './intro.schemas';
import { findPageFacts, findPageForConsole, pageSlugExists, syncPageTranslations, updatePageRow } from './pages.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a revision of an introduction page stores: the validated editable fields, JSON-safe. */
export type PageSnapshot = {
  title: string;
  slug: string;
  kind: PageKindName;
  position: number;
  body: unknown;
};

const asPage = (data: Snapshot) => data as unknown as PageSnapshot;

function paragraphs(body: unknown): string[] {
  const doc = body as RichTextNode | null;
  return (doc?.content ?? []).map((node) => richTextToPlain(node).trim()).filter(Boolean);
}

/** C2 introduction pages through the editorial workflow (E2): the row is what the public sees. */
export const pageWorkflow: WorkflowAdapter = {
  entity: 'page',
  noun: 'trang giới thiệu',
  async loadFacts(tx, siteId, id) {
    if (!UUID.test(id)) return null;
    const row = await findPageFacts({ siteId, id }, tx);
    return row ? { publicStatus: row.status, publishedAt: row.publishedAt, createdById: null } : null;
  },
  async snapshot(tx, siteId, id) {
    const row = await findPageForConsole({ siteId, id }, tx);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy trang giới thiệu.');
    const snap: PageSnapshot = { title: row.title, slug: row.slug, kind: row.kind, position: row.position, body: row.body };
    return snap as unknown as Snapshot;
  },
  async apply(tx, siteId, id, data) {
    const p = asPage(data);
    const row = await findPageFacts({ siteId, id }, tx);
    if (!row) return;
    // The address was free when the version was saved; if another page took it since, the page keeps its own.
    const slug = p.slug !== row.slug && (await pageSlugExists({ siteId, lang: row.lang, slug: p.slug, exceptId: id }, tx)) ? row.slug : p.slug;
    const isTranslation = row.lang !== 'vi';
    await updatePageRow(tx, {
      siteId,
      id,
      data: { title: p.title, slug, body: p.body as object, bodyHtml: renderRichText(p.body as RichTextNode), ...(isTranslation ? {} : { kind: p.kind, position: p.position }) },
    });
    // Kind and order belong to the original; its translations follow them (C11).
    if (!isTranslation) await syncPageTranslations(tx, { siteId, originalId: id, data: { kind: p.kind, position: p.position } });
  },
  async setPublic(tx, siteId, id, state) {
    await updatePageRow(tx, { siteId, id, data: { status: state.status, ...(state.publishedAt ? { publishedAt: state.publishedAt } : {}) } });
  },
  // C2 sets no condition beyond what every save validates (title, address, readable body; a map page may be a picture).
  checkPublishable() {},
  title: (data) => asPage(data).title,
  categoryIds: () => [],
  view(data) {
    const p = asPage(data);
    return {
      fields: [
        { label: 'Tiêu đề', value: p.title },
        { label: 'Đường dẫn', value: p.slug },
        { label: 'Loại trang', value: PAGE_KIND_LABELS.vi[p.kind] ?? p.kind },
        { label: 'Thứ tự', value: String(p.position) },
      ],
      body: paragraphs(p.body),
    };
  },
  consolePath: (siteId, id) => `/quan-tri/trang/${siteId}/gioi-thieu/${id}`,
  async publicPath(tx, siteId, id) {
    const row = await findPageFacts({ siteId, id }, tx);
    return row ? `${row.lang === 'en' ? '/en' : ''}/gioi-thieu/${row.slug}` : null;
  },
};
