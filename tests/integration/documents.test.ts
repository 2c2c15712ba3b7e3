import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Actor } from '@/server/actor';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import {
  createDocument,
  deleteDocument,
  documentTransition,
  getDocumentForEditing,
  listDocumentsForConsole,
  updateDocument,
} from '@/modules/documents/document-editing';
import { attachDocumentFiles, detachDocumentFile } from '@/modules/documents/document-files';
import { apiGetDocument, apiListDocuments } from '@/modules/documents/documents.api';
import { serveMedia } from '@/modules/media/media.service';
import { minimalPdf } from '../../prisma/seed/pdf';
import type { DocumentInput } from '@/modules/documents/documents.schemas';
import { getDocumentSearchFacets, getPublishedDocument, listLatestDocuments, searchDocuments } from '@/modules/documents/documents.service';
import { resetDatabase, sql } from '../helpers/db';
import { approveThroughBoard, editorialBoard, smallProvince } from '../helpers/fixtures';

let mediaDir: string;
beforeAll(() => {
  mediaDir = mkdtempSync(join(tmpdir(), 'congso-documents-'));
  process.env.MEDIA_ROOT = mediaDir;
});
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

const pdf = (name: string, line = name) => new File([minimalPdf([line])], name, { type: 'application/pdf' });

/** Documents issued before the platform, brought in published by the command line (like the demo seed). */
const importDoc = (siteId: string, input: DocumentInput) => createDocument(CLI_ACTOR, siteId, input, { imported: 'PUBLISHED' });
type Board = Awaited<ReturnType<typeof editorialBoard>>;
const publishDoc = (board: Board, siteId: string, id: string) => approveThroughBoard(board, documentTransition, siteId, id);

const QD12: DocumentInput = {
  number: '12/2024/QĐ-UBND',
  type: 'QUYET_DINH',
  issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa',
  signer: 'Lê Minh Quang',
  issuedAt: '2024-03-15',
  effectiveAt: '2024-03-25',
  field: 'Tổ chức bộ máy',
  summary: 'Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh Khánh Hòa.',
};

/** A province with a handful of published documents on the root portal. */
async function provinceWithDocuments() {
  const sites = await smallProvince();
  const board = await editorialBoard(sites.root.id, 'docs');
  const publish = (input: DocumentInput) => importDoc(sites.root.id, input);
  const qd12 = await publish(QD12);
  const kh = await publish({ number: '45/KH-UBND', type: 'KE_HOACH', issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa', issuedAt: '2026-01-20', field: 'Chuyển đổi số', summary: 'Kế hoạch chuyển đổi số tỉnh Khánh Hòa năm 2026.' });
  const nq = await publish({ number: '09/2024/NQ-HĐND', type: 'NGHI_QUYET', issuer: 'Hội đồng nhân dân tỉnh Khánh Hòa', issuedAt: '2024-07-11', field: 'Tài chính', summary: 'Quy định mức chi cho công tác cải cách hành chính.' });
  const expired = await publish({ number: '20/2023/QĐ-UBND', type: 'QUYET_DINH', issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa', issuedAt: '2023-06-05', expiresAt: '2025-12-31', field: 'Giá', summary: 'Quy định giá dịch vụ đò, phà giai đoạn 2023–2025.' });
  const ql = await publish({ number: '318/QĐ-TTg', type: 'QUY_HOACH', issuer: 'Thủ tướng Chính phủ', issuedAt: '2023-03-29', field: 'Quy hoạch', summary: 'Phê duyệt Quy hoạch tỉnh Khánh Hòa thời kỳ 2021–2030.' });
  // Another document whose number contains 12/2024 but is not the one asked for.
  const other = await publish({ number: '112/2024/QĐ-UBND', type: 'QUYET_DINH', issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa', issuedAt: '2024-11-02', field: 'Tổ chức bộ máy', summary: 'Sửa đổi quy định về tổ chức bộ máy; đính chính số 12/2024/QĐ-UBND.' });
  return { ...sites, board, ids: { qd12, kh, nq, expired, ql, other } };
}

const numbers = (r: { items: { number: string }[] }) => r.items.map((i) => i.number);

describe('document search (C3)', () => {
  it('finds a document by its number exactly, whatever the case, diacritics and spaces, and shows it first', async () => {
    const { root } = await provinceWithDocuments();
    for (const q of ['12/2024/QĐ-UBND', '12/2024/qđ-ubnd', '12/2024/QD-UBND', 'Số: 12 / 2024 / qd-ubnd', 'Quyết định số 12/2024/QĐ-UBND']) {
      const r = await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q } });
      expect(r.items[0]).toMatchObject({ number: '12/2024/QĐ-UBND', exactNumber: true });
      expect(r.numberKey).toBe('12/2024/QD-UBND');
    }
    // The near miss (a longer number that contains it) is listed after the exact one.
    expect(numbers(await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q: '12/2024/qd-ubnd' } }))).toEqual(['12/2024/QĐ-UBND', '112/2024/QĐ-UBND']);
    // The API's `number` is an exact match only.
    expect(numbers(await searchDocuments({ siteId: root.id, filter: { lang: 'vi', number: '12/2024/qd-ubnd' } }))).toEqual(['12/2024/QĐ-UBND']);
    expect((await searchDocuments({ siteId: root.id, filter: { lang: 'vi', number: '13/2024/QĐ-UBND' } })).total).toBe(0);
  });

  it('matches words of the summary with or without diacritics', async () => {
    const { root } = await provinceWithDocuments();
    expect(numbers(await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q: 'quy che lam viec' } }))).toEqual(['12/2024/QĐ-UBND']);
    expect(numbers(await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q: 'CHUYỂN ĐỔI SỐ' } }))).toEqual(['45/KH-UBND']);
    expect(numbers(await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q: 'NQ-HDND' } }))).toEqual(['09/2024/NQ-HĐND']);
    // LIKE wildcards typed by a person are plain characters.
    expect((await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q: '%' } })).total).toBe(0);
  });

  it('filters by type, group, field, issuer, year and legal status; newest first', async () => {
    const { root } = await provinceWithDocuments();
    const search = (f: object) => searchDocuments({ siteId: root.id, filter: { lang: 'vi', ...f } }).then(numbers);
    expect(await search({})).toEqual(['45/KH-UBND', '112/2024/QĐ-UBND', '09/2024/NQ-HĐND', '12/2024/QĐ-UBND', '20/2023/QĐ-UBND', '318/QĐ-TTg']);
    expect(await search({ type: 'QUYET_DINH' })).toEqual(['112/2024/QĐ-UBND', '12/2024/QĐ-UBND', '20/2023/QĐ-UBND']);
    expect(await search({ group: 'quy-hoach' })).toEqual(['45/KH-UBND', '318/QĐ-TTg']);
    expect(await search({ field: 'Tài chính' })).toEqual(['09/2024/NQ-HĐND']);
    expect(await search({ issuer: 'Thủ tướng Chính phủ' })).toEqual(['318/QĐ-TTg']);
    expect(await search({ year: 2024 })).toEqual(['112/2024/QĐ-UBND', '09/2024/NQ-HĐND', '12/2024/QĐ-UBND']);
    expect(await search({ status: 'EXPIRED' })).toEqual(['20/2023/QĐ-UBND']);
    expect(await search({ year: 2024, type: 'QUYET_DINH', field: 'Tổ chức bộ máy', q: 'quy chế' })).toEqual(['12/2024/QĐ-UBND']);
    const facets = await getDocumentSearchFacets({ siteId: root.id, lang: 'vi' });
    expect(facets.years).toEqual([2026, 2024, 2023]);
    expect(facets.issuers).toEqual(['Hội đồng nhân dân tỉnh Khánh Hòa', 'Thủ tướng Chính phủ', 'Ủy ban nhân dân tỉnh Khánh Hòa']);
    expect(facets.fields).toContain('Chuyển đổi số');
    expect((await getDocumentSearchFacets({ siteId: root.id, lang: 'vi', group: 'quy-hoach' })).issuers).toEqual(['Thủ tướng Chính phủ', 'Ủy ban nhân dân tỉnh Khánh Hòa']);
  });

  it('derives "not yet in force" and "expired" from the dates on the day of the search', async () => {
    const { root } = await provinceWithDocuments();
    await importDoc(root.id, { ...QD12, number: '35/2026/QĐ-UBND', issuedAt: '2026-01-05', effectiveAt: '2099-01-01', summary: 'Mức hỗ trợ bảo hiểm y tế.' });
    // Searched tomorrow (after it was published, before it takes effect) and on its effective date.
    const then = new Date(Date.now() + 86_400_000);
    const later = new Date('2099-01-01T03:00:00Z');
    const status = async (now: Date, s: 'NOT_YET_EFFECTIVE' | 'IN_FORCE') => numbers(await searchDocuments({ siteId: root.id, filter: { lang: 'vi', status: s, number: '35/2026/QĐ-UBND' }, now }));
    expect(await status(then, 'NOT_YET_EFFECTIVE')).toEqual(['35/2026/QĐ-UBND']);
    expect(await status(then, 'IN_FORCE')).toEqual([]);
    expect(await status(later, 'IN_FORCE')).toEqual(['35/2026/QĐ-UBND']);
    const d = await getPublishedDocument({ siteId: root.id, slug: 'quyet-dinh-35-2026-qd-ubnd', now: then });
    expect(d).toMatchObject({ status: 'NOT_YET_EFFECTIVE', statusLabel: 'Chưa có hiệu lực', effectiveAt: '2099-01-01' });
  });

  it('pages through results', async () => {
    const { root } = await provinceWithDocuments();
    const p1 = await searchDocuments({ siteId: root.id, filter: { lang: 'vi' }, page: 1, pageSize: 4 });
    const p2 = await searchDocuments({ siteId: root.id, filter: { lang: 'vi' }, page: 2, pageSize: 4 });
    expect([p1.total, p1.items.length, p2.items.length]).toEqual([6, 4, 2]);
    expect(new Set([...numbers(p1), ...numbers(p2)]).size).toBe(6);
  });
});

describe('what the public never sees', () => {
  it('drafts and unpublished documents are never found, by search, slug, facets or the home block', async () => {
    const { root, board } = await provinceWithDocuments();
    await createDocument(board.contributor, root.id, { ...QD12, number: '40/2026/QĐ-UBND', issuedAt: '2026-01-02', effectiveAt: null, field: 'Đất đai', summary: 'Dự thảo bảng giá đất.' });
    const pulled = await importDoc(root.id, { ...QD12, number: '41/2026/QĐ-UBND', issuedAt: '2026-01-03', effectiveAt: null, summary: 'Văn bản đã gỡ.' });
    await documentTransition(board.head, root.id, pulled.id, { action: 'unpublish', reason: 'Văn bản đã được thay thế.' });
    for (const q of ['40/2026/QĐ-UBND', 'bảng giá đất', '41/2026/QĐ-UBND', 'đã gỡ']) {
      expect((await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q } })).total).toBe(0);
    }
    expect(await getPublishedDocument({ siteId: root.id, slug: 'quyet-dinh-40-2026-qd-ubnd' })).toBeNull();
    expect(await getPublishedDocument({ siteId: root.id, slug: 'quyet-dinh-41-2026-qd-ubnd' })).toBeNull();
    expect((await getDocumentSearchFacets({ siteId: root.id, lang: 'vi' })).fields).not.toContain('Đất đai');
    expect((await listLatestDocuments(root.id)).map((d) => d.number)).not.toContain('40/2026/QĐ-UBND');
  });

  it('another site’s documents are never found, even with the same number', async () => {
    const { root, district } = await provinceWithDocuments();
    await importDoc(district.id, { ...QD12, issuer: 'Ủy ban nhân dân huyện Khánh Sơn', issuedAt: '2024-04-02', effectiveAt: null, summary: 'Quy định quản lý chợ trên địa bàn huyện.' });
    const rootHits = await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q: '12/2024/QĐ-UBND' } });
    expect(rootHits.items.map((d) => d.summary)).not.toContain('Quy định quản lý chợ trên địa bàn huyện.');
    expect((await searchDocuments({ siteId: district.id, filter: { lang: 'vi' } })).items.map((d) => d.summary)).toEqual(['Quy định quản lý chợ trên địa bàn huyện.']);
    expect((await searchDocuments({ siteId: district.id, filter: { lang: 'vi', q: 'quy chế làm việc' } })).total).toBe(0);
    expect(await getPublishedDocument({ siteId: district.id, slug: 'quyet-dinh-45-kh-ubnd' })).toBeNull();
    expect(await getPublishedDocument({ siteId: district.id, slug: 'ke-hoach-45-kh-ubnd' })).toBeNull();
  });

  it('links to the replacing and related documents only once they are published on the same site', async () => {
    const { root, dept, board, ids } = await provinceWithDocuments();
    const newer = await createDocument(board.contributor, root.id, { ...QD12, number: '28/2025/QĐ-UBND', issuedAt: '2025-09-12', effectiveAt: null, summary: 'Quy chế mới.' });
    await importDoc(root.id, { ...QD12, number: '05/2021/QĐ-UBND', issuedAt: '2021-02-08', effectiveAt: null, legalStatus: 'REPLACED', replacedById: newer.id, relatedIds: [newer.id, ids.kh.id], summary: 'Quy chế cũ.' });
    let old = await getPublishedDocument({ siteId: root.id, slug: 'quyet-dinh-05-2021-qd-ubnd' });
    expect(old).toMatchObject({ status: 'REPLACED', statusLabel: 'Bị thay thế', replacedBy: null });
    expect(old!.related.map((r) => r.number)).toEqual(['45/KH-UBND']);
    await publishDoc(board, root.id, newer.id);
    old = await getPublishedDocument({ siteId: root.id, slug: 'quyet-dinh-05-2021-qd-ubnd' });
    expect(old!.replacedBy).toEqual({ slug: 'quyet-dinh-28-2025-qd-ubnd', lang: 'vi', number: '28/2025/QĐ-UBND', typeLabel: 'Quyết định', summary: 'Quy chế mới.' });
    expect(old!.related.map((r) => r.number).sort()).toEqual(['28/2025/QĐ-UBND', '45/KH-UBND']);
    expect((await getPublishedDocument({ siteId: root.id, slug: 'quyet-dinh-28-2025-qd-ubnd' }))!.replaces.map((r) => r.number)).toEqual(['05/2021/QĐ-UBND']);
    // A replacement or relation pointing at another site's document is refused.
    const deptDoc = await importDoc(dept.id, { ...QD12, number: '125/QĐ-STTTT', issuer: 'Sở Thông tin và Truyền thông' });
    await expect(createDocument(board.contributor, root.id, { ...QD12, number: '06/2021/QĐ-UBND', legalStatus: 'REPLACED', replacedById: deptDoc.id })).rejects.toThrow('Văn bản thay thế không thuộc trang này.');
    await expect(createDocument(board.contributor, root.id, { ...QD12, number: '07/2021/QĐ-UBND', relatedIds: [deptDoc.id] })).rejects.toThrow('Văn bản liên quan không thuộc trang này.');
  });

  it('shows the language switch only where a published translation exists', async () => {
    const { root, dept, board, ids } = await provinceWithDocuments();
    const en = await createDocument(board.contributor, root.id, { ...QD12, issuer: 'Khanh Hoa Provincial People’s Committee', summary: 'Promulgating the Working Regulation.', lang: 'en', translationOfId: ids.qd12.id });
    expect(en.slug).toBe('decision-12-2024-qd-ubnd');
    expect((await getPublishedDocument({ siteId: root.id, slug: ids.qd12.slug }))!.translation).toBeNull();
    await publishDoc(board, root.id, en.id);
    expect((await getPublishedDocument({ siteId: root.id, slug: ids.qd12.slug }))!.translation).toEqual({ slug: 'decision-12-2024-qd-ubnd', lang: 'en' });
    const enDoc = await getPublishedDocument({ siteId: root.id, slug: 'decision-12-2024-qd-ubnd', lang: 'en' });
    expect(enDoc).toMatchObject({ typeLabel: 'Decision', statusLabel: 'In force', translation: { slug: 'quyet-dinh-12-2024-qd-ubnd', lang: 'vi' } });
    expect(numbers(await searchDocuments({ siteId: root.id, filter: { lang: 'en' } }))).toEqual(['12/2024/QĐ-UBND']);
    const deptDoc = await importDoc(dept.id, { ...QD12, number: '125/QĐ-STTTT' });
    await expect(createDocument(board.contributor, root.id, { ...QD12, lang: 'en', translationOfId: deptDoc.id })).rejects.toThrow('Bản tiếng Anh phải gắn với một văn bản tiếng Việt của trang này.');
  });
});

describe('writing documents in the console', () => {
  it('stores NFC text, the folded number, a slug from type and number, rendered body and an audit entry', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'nfc');
    const created = await importDoc(root.id, { ...QD12, number: '12/2024/QĐ-UBND'.normalize('NFD'), summary: QD12.summary.normalize('NFD'), body: paragraphsToDoc(['Điều 1. <b>Ban hành</b>']) });
    expect(created.slug).toBe('quyet-dinh-12-2024-qd-ubnd');
    const [row] = await sql<{ number: string; numberKey: string; summary: string; bodyHtml: string; issuedAt: Date }>(
      `SELECT number, "numberKey", summary, "bodyHtml", to_char("issuedAt", 'YYYY-MM-DD') AS "issuedAt" FROM documents WHERE id = $1`,
      [created.id],
    );
    expect(row).toEqual({ number: '12/2024/QĐ-UBND'.normalize('NFC'), numberKey: '12/2024/QD-UBND', summary: QD12.summary.normalize('NFC'), bodyHtml: '<p>Điều 1. &lt;b&gt;Ban hành&lt;/b&gt;</p>', issuedAt: '2024-03-15' });
    const [audit] = await sql<{ action: string; siteId: string }>(`SELECT action, "siteId" FROM audit_logs WHERE "entityId" = $1`, [created.id]);
    expect(audit).toEqual({ action: 'document.import', siteId: root.id });
    const editable = await getDocumentForEditing(board.editor, root.id, created.id);
    expect(editable).toMatchObject({ number: '12/2024/QĐ-UBND', issuedAt: '2024-03-15', effectiveAt: '2024-03-25', legalStatus: 'IN_FORCE', files: [], editorial: { state: 'PUBLISHED', pendingVersion: false } });
  });

  it('refuses bad input with precise Vietnamese messages per field', async () => {
    const { root } = await smallProvince();
    const writer = (await editorialBoard(root.id, 'bad')).contributor;
    await expect(createDocument(writer, root.id, { ...QD12, number: '', summary: '' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { number: 'Số ký hiệu là bắt buộc.', summary: 'Trích yếu là bắt buộc.' },
    });
    await expect(createDocument(writer, root.id, { ...QD12, effectiveAt: '2024-01-01' })).rejects.toMatchObject({ fields: { effectiveAt: 'Ngày có hiệu lực không được trước ngày ban hành.' } });
    await expect(createDocument(writer, root.id, { ...QD12, type: 'KHAC' as never })).rejects.toMatchObject({ fields: { type: 'Hãy chọn loại văn bản trong danh sách.' } });
    const bad = { type: 'doc', content: [{ type: 'script', content: [] }] };
    await expect(createDocument(writer, root.id, { ...QD12, body: bad })).rejects.toThrow('Nội dung có thành phần không được phép.');
    const first = await createDocument(writer, root.id, QD12);
    await expect(createDocument(writer, root.id, { ...QD12, number: '12/2024/qđ-ubnd' })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Đã có văn bản số 12/2024/QĐ-UBND ban hành ngày 15/03/2024.' });
    await expect(updateDocument(writer, root.id, first.id, { ...QD12, legalStatus: 'REPLACED', replacedById: first.id })).rejects.toThrow('Văn bản không thể tự thay thế chính nó.');
    const second = await createDocument(writer, root.id, { ...QD12, number: '13/2024/QĐ-UBND', legalStatus: 'REPLACED', replacedById: first.id });
    await expect(updateDocument(writer, root.id, first.id, { ...QD12, legalStatus: 'REPLACED', replacedById: second.id })).rejects.toThrow('Hai văn bản không thể thay thế lẫn nhau.');
  });

  it('a document goes contributor → editor → head and only then appears in the search of /van-ban; each step is audited', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'path');
    const draft = await createDocument(board.contributor, root.id, QD12);
    const found = async () => (await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q: '12/2024/QĐ-UBND' } })).items.map((d) => d.number);
    await documentTransition(board.contributor, root.id, draft.id, { action: 'submit' });
    expect(await found()).toEqual([]);
    await expect(documentTransition(board.contributor, root.id, draft.id, { action: 'review' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await documentTransition(board.editor, root.id, draft.id, { action: 'review' });
    expect(await found()).toEqual([]);
    await expect(documentTransition(board.editor, root.id, draft.id, { action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await documentTransition(board.head, root.id, draft.id, { action: 'approve' });
    expect(await found()).toEqual(['12/2024/QĐ-UBND']);
    expect(await getPublishedDocument({ siteId: root.id, slug: draft.slug })).toMatchObject({ number: '12/2024/QĐ-UBND', summary: QD12.summary });
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "entityId" = $1 ORDER BY "createdAt", id`, [draft.id]);
    expect(audit.map((a) => a.action)).toEqual(['document.create', 'document.submit', 'document.review', 'document.approve']);
  });

  it('a board head cannot publish their own document; the site super-admin and platform admins write none', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'own');
    const mine = await createDocument(board.head, root.id, QD12);
    await documentTransition(board.head, root.id, mine.id, { action: 'submit' });
    await expect(documentTransition(board.head, root.id, mine.id, { action: 'review' })).rejects.toThrow('Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.');
    await documentTransition(board.editor, root.id, mine.id, { action: 'review' });
    await expect(documentTransition(board.head, root.id, mine.id, { action: 'approve' })).rejects.toThrow('Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.');
    await expect(documentTransition(board.head, root.id, mine.id, { action: 'schedule', scheduledAt: new Date(Date.now() + 3600_000) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await searchDocuments({ siteId: root.id, filter: { lang: 'vi' } })).total).toBe(0);
    // Importing as published is the command line's alone.
    await expect(createDocument(board.head, root.id, { ...QD12, number: '13/2024/QĐ-UBND' }, { imported: 'PUBLISHED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const superAdmin: Actor = { userId: null, label: 'quản trị trang', isPlatformAdmin: false, memberships: [{ siteId: root.id, role: 'SUPER_ADMIN' }] };
    await expect(createDocument(superAdmin, root.id, { ...QD12, number: '14/2024/QĐ-UBND' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const platformAdmin: Actor = { userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] };
    await expect(createDocument(platformAdmin, root.id, QD12)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listDocumentsForConsole(platformAdmin, root.id, { page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a classified or forbidden-subject document is stored but never published (E5)', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'secret');
    const secret = await createDocument(board.contributor, root.id, QD12, { marks: { classification: 'MAT' } });
    await documentTransition(board.contributor, root.id, secret.id, { action: 'submit' });
    await documentTransition(board.editor, root.id, secret.id, { action: 'review' });
    await expect(documentTransition(board.head, root.id, secret.id, { action: 'approve' })).rejects.toThrow('Nội dung có độ mật không bao giờ được đăng lên cổng thông tin.');
    await expect(documentTransition(board.head, root.id, secret.id, { action: 'schedule', scheduledAt: new Date(Date.now() + 3600_000) })).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    // Marking a published document classified in a new version keeps that version from ever going out.
    const pub = await importDoc(root.id, { ...QD12, number: '15/2024/QĐ-UBND' });
    await updateDocument(board.contributor, root.id, pub.id, { ...QD12, number: '15/2024/QĐ-UBND' }, { marks: { forbiddenSubject: true } });
    await documentTransition(board.contributor, root.id, pub.id, { action: 'submit' });
    await documentTransition(board.editor, root.id, pub.id, { action: 'review' });
    await expect(documentTransition(board.head, root.id, pub.id, { action: 'approve' })).rejects.toThrow(/không được đăng công khai/);
    const [row] = await sql<{ status: string }>('SELECT status FROM documents WHERE id = $1', [secret.id]);
    expect(row!.status).toBe('REVIEWED');
    expect((await searchDocuments({ siteId: root.id, filter: { lang: 'vi', q: '12/2024/QĐ-UBND' } })).total).toBe(0);
    expect((await getDocumentForEditing(board.editor, root.id, secret.id))!.editorial).toMatchObject({ classification: 'MAT', actions: [expect.objectContaining({ action: 'return' })] });
  });

  it('editing a published document keeps the public copy until the new version is approved', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'edit');
    const doc = await importDoc(root.id, QD12);
    const saved = await updateDocument(board.editor, root.id, doc.id, { ...QD12, summary: 'Trích yếu đã sửa, chờ duyệt.' });
    expect(saved).toMatchObject({ pendingVersion: true, state: 'DRAFT' });
    expect((await getPublishedDocument({ siteId: root.id, slug: doc.slug }))!.summary).toBe(QD12.summary);
    expect((await getDocumentForEditing(board.editor, root.id, doc.id))!).toMatchObject({ summary: 'Trích yếu đã sửa, chờ duyệt.', status: 'PUBLISHED', editorial: { pendingVersion: true } });
    expect((await listDocumentsForConsole(board.editor, root.id, { page: 1 })).items[0]).toMatchObject({ status: 'PUBLISHED', pendingVersion: 'Bản nháp' });
    await documentTransition(board.editor, root.id, doc.id, { action: 'submit' });
    await documentTransition(board.deputy, root.id, doc.id, { action: 'review' });
    await documentTransition(board.head, root.id, doc.id, { action: 'approve' });
    expect((await getPublishedDocument({ siteId: root.id, slug: doc.slug }))!.summary).toBe('Trích yếu đã sửa, chờ duyệt.');
  });

  it('only the board head deletes, never a public document; the workflow data goes with it', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'del');
    const draft = await createDocument(board.contributor, root.id, QD12);
    await expect(deleteDocument(board.contributor, root.id, draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteDocument(board.deputy, root.id, draft.id)).rejects.toThrow('Chỉ Trưởng ban biên tập được xóa văn bản.');
    const pub = await importDoc(root.id, { ...QD12, number: '16/2024/QĐ-UBND' });
    await expect(deleteDocument(board.head, root.id, pub.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await documentTransition(board.head, root.id, pub.id, { action: 'unpublish', reason: 'Hết hiệu lực, không cần công bố.' });
    await deleteDocument(board.head, root.id, pub.id);
    await deleteDocument(board.head, root.id, draft.id);
    expect(await sql('SELECT id FROM documents')).toEqual([]);
    expect(await sql('SELECT id FROM editorial_items WHERE entity = $1', ['document'])).toEqual([]);
    expect(await sql('SELECT id FROM revisions WHERE entity = $1', ['document'])).toEqual([]);
  });

  it('site B cannot read, edit, move or delete site A documents', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'iso-a');
    const deptHead = (await editorialBoard(dept.id, 'iso-b')).head;
    const a = await createDocument(board.contributor, root.id, QD12);
    await documentTransition(board.contributor, root.id, a.id, { action: 'submit' });
    await documentTransition(board.editor, root.id, a.id, { action: 'review' });
    await expect(updateDocument(deptHead, dept.id, a.id, QD12)).rejects.toThrow('Không tìm thấy văn bản.');
    await expect(documentTransition(deptHead, dept.id, a.id, { action: 'approve' })).rejects.toThrow('Không tìm thấy văn bản.');
    await expect(deleteDocument(deptHead, dept.id, a.id)).rejects.toThrow('Không tìm thấy văn bản.');
    expect(await getDocumentForEditing(deptHead, dept.id, a.id)).toBeNull();
    // Acting on site A with only a site B role is refused outright.
    await expect(documentTransition(deptHead, root.id, a.id, { action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(documentTransition(deptHead, root.id, a.id, { action: 'return', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listDocumentsForConsole(deptHead, dept.id, { page: 1 })).total).toBe(0);
    const [row] = await sql<{ status: string }>(`SELECT status FROM documents WHERE id = $1`, [a.id]);
    expect(row!.status).toBe('REVIEWED');
  });

  it('the console list finds a site’s documents of every status by number or summary', async () => {
    const { root, board } = await provinceWithDocuments();
    await createDocument(board.contributor, root.id, { ...QD12, number: '40/2026/QĐ-UBND', issuedAt: '2026-01-02', effectiveAt: null, summary: 'Dự thảo bảng giá đất.' });
    expect((await listDocumentsForConsole(board.head, root.id, { page: 1 })).total).toBe(7);
    expect((await listDocumentsForConsole(board.head, root.id, { page: 1, q: '40/2026/qđ-ubnd' })).items.map((d) => d.number)).toEqual(['40/2026/QĐ-UBND']);
    expect((await listDocumentsForConsole(board.head, root.id, { page: 1, q: 'bảng giá' })).items.map((d) => d.status)).toEqual(['DRAFT']);
  });
});

describe('documents API (X2)', () => {
  it('answers the contract fields with ISO dates and absolute URLs on the site host', async () => {
    const { root } = await provinceWithDocuments();
    const origin = `http://${root.host}:3000`;
    const list = await apiListDocuments(root, origin, { pageSize: '2', type: 'QUYET_DINH' });
    expect(list).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(Object.keys(list.items[0]!)).toEqual(expect.arrayContaining(['slug', 'number', 'type', 'issuer', 'signer', 'issuedAt', 'effectiveAt', 'status', 'summary', 'field', 'files', 'url']));
    const one = await apiGetDocument(root, origin, 'quyet-dinh-12-2024-qd-ubnd', {});
    expect(one).toMatchObject({
      slug: 'quyet-dinh-12-2024-qd-ubnd',
      number: '12/2024/QĐ-UBND',
      type: 'QUYET_DINH',
      typeLabel: 'Quyết định',
      issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      signer: 'Lê Minh Quang',
      issuedAt: '2024-03-15',
      effectiveAt: '2024-03-25',
      status: 'IN_FORCE',
      statusLabel: 'Còn hiệu lực',
      field: 'Tổ chức bộ máy',
      files: [],
      url: `${origin}/van-ban/quyet-dinh-12-2024-qd-ubnd`,
      site: { host: root.host, name: root.name },
      replacedBy: null,
    });
    expect(new Date(one.publishedAt).toISOString()).toBe(one.publishedAt);
    expect((await apiListDocuments(root, origin, { number: '12/2024/qd-ubnd' })).items.map((d) => d.number)).toEqual(['12/2024/QĐ-UBND']);
    expect((await apiListDocuments(root, origin, { group: 'quy-hoach', year: '2023' })).items.map((d) => d.number)).toEqual(['318/QĐ-TTg']);
  });

  it('refuses bad parameters and unknown slugs with JSON-ready errors', async () => {
    const { root } = await provinceWithDocuments();
    const origin = `http://${root.host}`;
    await expect(apiListDocuments(root, origin, { pageSize: '500' })).rejects.toMatchObject({ code: 'VALIDATION', message: 'Tham số pageSize tối đa là 100.' });
    await expect(apiListDocuments(root, origin, { type: 'SAC_LENH' })).rejects.toThrow(/^Tham số type phải là một trong: LUAT, /);
    await expect(apiListDocuments(root, origin, { status: 'VALID' })).rejects.toThrow(/^Tham số status phải là một trong: NOT_YET_EFFECTIVE, /);
    await expect(apiListDocuments(root, origin, { year: '24' })).rejects.toThrow('Tham số year phải là năm có 4 chữ số (1945–2100).');
    await expect(apiGetDocument(root, origin, 'khong-co', {})).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy văn bản.' });
    await expect(apiGetDocument(root, origin, '%E0%A4%A', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('attached files (C3 "attached files to download")', () => {
  it('attaches PDFs through the media library; the public gets them only while the document is published', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'files');
    const writer = board.contributor;
    const doc = await createDocument(writer, root.id, QD12);
    const { attached } = await attachDocumentFiles(writer, root.id, doc.id, [pdf('Quyết định 12-2024 (bản ký).pdf'), pdf('Phụ lục.pdf')]);
    expect(attached).toEqual(['Quyết định 12-2024 (bản ký).pdf', 'Phụ lục.pdf']);
    // The same bytes again are not attached twice.
    expect((await attachDocumentFiles(writer, root.id, doc.id, [pdf('Phụ lục.pdf')])).attached).toEqual([]);
    const editable = await getDocumentForEditing(writer, root.id, doc.id);
    expect(editable!.files.map((f) => f.name)).toEqual(['Quyết định 12-2024 (bản ký).pdf', 'Phụ lục.pdf']);
    const first = editable!.files[0]!;
    const fileName = first.url.split('/').pop()!;
    expect(fileName).toBe('quyet-dinh-12-2024-ban-ky.pdf');
    const serve = () => serveMedia({ siteId: root.id, mediaId: first.mediaId, file: fileName, preview: false });
    expect(await serve()).toBeNull();
    await publishDoc(board, root.id, doc.id);
    const served = await serve();
    expect(served?.contentType).toBe('application/pdf');
    expect(Buffer.from(served!.data).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const api = await apiGetDocument(root, 'http://khanhhoa.localhost', doc.slug, {});
    expect(api.files[0]).toEqual({ name: 'Quyết định 12-2024 (bản ký).pdf', mimeType: 'application/pdf', size: first.size, url: `http://khanhhoa.localhost/media/${root.id}/${first.mediaId}/${fileName}` });
    await documentTransition(board.head, root.id, doc.id, { action: 'unpublish', reason: 'Cần thay bản ký.' });
    expect(await serve()).toBeNull();
    await documentTransition(writer, root.id, doc.id, { action: 'reopen' });
    await detachDocumentFile(writer, root.id, doc.id, first.id);
    expect((await getDocumentForEditing(writer, root.id, doc.id))!.files.map((f) => f.name)).toEqual(['Phụ lục.pdf']);
    const [audit] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_logs WHERE "entityId" = $1 AND action LIKE 'document.file.%'`, [doc.id]);
    expect(audit!.n).toBe(3);
  });

  it('accepts PDF, DOC, DOCX and XLSX only, read from the bytes', async () => {
    const { root } = await smallProvince();
    const writer = (await editorialBoard(root.id, 'types')).contributor;
    const doc = await createDocument(writer, root.id, QD12);
    const fake = new File([new TextEncoder().encode('<html><script>alert(1)</script></html>')], 'quyet-dinh.pdf', { type: 'application/pdf' });
    await expect(attachDocumentFiles(writer, root.id, doc.id, [fake])).rejects.toMatchObject({ code: 'VALIDATION', fields: { files: 'Tệp "quyet-dinh.pdf": văn bản chỉ đính kèm tệp PDF, DOC, DOCX hoặc XLSX.' } });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(attachDocumentFiles(writer, root.id, doc.id, [new File([ole], 'bang-gia.xls')])).rejects.toThrow('văn bản chỉ đính kèm tệp PDF, DOC, DOCX hoặc XLSX.');
    expect((await attachDocumentFiles(writer, root.id, doc.id, [new File([ole], 'cong-van.doc')])).attached).toEqual(['cong-van.doc']);
    await expect(attachDocumentFiles(writer, root.id, doc.id, [])).rejects.toThrow('Hãy chọn ít nhất một tệp để đính kèm.');
  });

  it('a file added to a published document waits with the new version; another site cannot touch the files', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'pubfiles');
    const doc = await createDocument(board.contributor, root.id, QD12);
    await attachDocumentFiles(board.contributor, root.id, doc.id, [pdf('a.pdf')]);
    await publishDoc(board, root.id, doc.id);
    await attachDocumentFiles(board.editor, root.id, doc.id, [pdf('b.pdf')]);
    const publicFiles = async () => (await getPublishedDocument({ siteId: root.id, slug: doc.slug }))!.files.map((f) => f.name);
    expect(await publicFiles()).toEqual(['a.pdf']);
    const working = (await getDocumentForEditing(board.editor, root.id, doc.id))!;
    expect(working.files.map((f) => f.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(working.editorial.pendingVersion).toBe(true);
    const b = working.files[1]!;
    expect(await serveMedia({ siteId: root.id, mediaId: b.mediaId, file: b.url.split('/').pop()!, preview: false })).toBeNull();
    await documentTransition(board.editor, root.id, doc.id, { action: 'submit' });
    await documentTransition(board.deputy, root.id, doc.id, { action: 'review' });
    await documentTransition(board.head, root.id, doc.id, { action: 'approve' });
    expect(await publicFiles()).toEqual(['a.pdf', 'b.pdf']);

    const file = working.files[0]!;
    const deptBoard = await editorialBoard(dept.id, 'pubfiles-b');
    await expect(attachDocumentFiles(deptBoard.contributor, dept.id, doc.id, [pdf('c.pdf')])).rejects.toThrow('Không tìm thấy văn bản.');
    await expect(detachDocumentFile(deptBoard.head, dept.id, doc.id, file.id)).rejects.toThrow('Không tìm thấy văn bản.');
    await expect(detachDocumentFile(deptBoard.head, root.id, doc.id, file.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const deptDoc = await createDocument(deptBoard.contributor, dept.id, { ...QD12, number: '125/QĐ-STTTT' });
    await expect(detachDocumentFile(deptBoard.contributor, dept.id, deptDoc.id, file.id)).rejects.toThrow('Không tìm thấy tệp đính kèm này.');
    // A library file of another site cannot be attached by id either.
    await expect(updateDocument(deptBoard.contributor, dept.id, deptDoc.id, { ...QD12, number: '125/QĐ-STTTT', fileIds: [file.mediaId] })).rejects.toThrow('Tệp đính kèm không thuộc thư viện của trang này.');
    expect(await publicFiles()).toEqual(['a.pdf', 'b.pdf']);
  });
});
