import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { registerAllJobHandlers } from '@/server/job-handlers';
import { runDueJobs } from '@/modules/jobs/job-worker';
import { articleTransition, createArticle, deleteArticle } from '@/modules/articles/articles.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { createDocument, documentTransition } from '@/modules/documents/document-editing';
import type { DocumentInput } from '@/modules/documents/documents.schemas';
import { createPage } from '@/modules/intro/pages.service';
import { createPerson } from '@/modules/intro/people.service';
import { archiveSite, setSiteStatus } from '@/modules/sites/site-lifecycle';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { rebuildSearchIndex, searchEngine } from '@/modules/search/search-index';
import type { SearchFilter } from '@/modules/search/search.schemas';
import { getSearchScope, searchContent } from '@/modules/search/search.service';
import { findEntries } from '@/modules/search/search.repository';
import { parseSearchQuery, toPhraseTsQuery, toTsQuery } from '@/modules/search/search-text';
import { createService, setServicePublished } from '@/modules/services/services.service';
import { approveAnswer, askQuestion, assignQuestion, draftAnswer, listQuestionsForConsole, setQuestionPublished } from '@/modules/questions/questions.service';
import { createConsultation } from '@/modules/consultations/consultations.service';
import { portal } from '../helpers/cli';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, smallProvince } from '../helpers/fixtures';

beforeAll(() => registerAllJobHandlers());
beforeEach(resetDatabase);

const imported = { imported: 'PUBLISHED' as const };
const article = (title: string, sapo: string, paragraphs: string[] = ['Nội dung chi tiết của bài viết.']) => ({
  title,
  sapo,
  body: paragraphsToDoc(paragraphs),
  author: 'Minh Châu',
  source: 'Văn phòng',
});
const doc = (input: Partial<DocumentInput> & Pick<DocumentInput, 'number' | 'type' | 'summary'>): DocumentInput => ({
  issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa',
  issuedAt: '2024-03-15',
  field: 'Tổ chức bộ máy',
  ...input,
});

async function find(site: SiteDto, q: string, extra: Partial<SearchFilter> = {}) {
  const scope = await getSearchScope(site);
  return searchContent({ scope, filter: { q, types: [], sort: 'relevance', page: 1, pageSize: 20, ...extra } });
}
const titles = (r: { items: { title: string }[] }) => r.items.map((i) => i.title);

/** A province with content on the root portal and the department, all indexed by the job queue. */
async function indexedProvince() {
  const sites = await smallProvince();
  const { root, dept } = sites;
  const ids = {
    hanoi: (await createArticle(CLI_ACTOR, root.id, article('Hà Nội hỗ trợ Khánh Hòa phát triển du lịch', 'Đoàn công tác thành phố Hà Nội làm việc với tỉnh về liên kết vùng.'), imported)).id,
    hdnd: (await createArticle(CLI_ACTOR, root.id, article('Khai mạc kỳ họp thứ mười', 'Hội đồng nhân dân tỉnh xem xét các báo cáo kinh tế – xã hội.'), imported)).id,
    tthc: (await createArticle(CLI_ACTOR, root.id, article('UBND tỉnh công bố danh mục TTHC mới', 'Danh mục gồm 45 thủ tục được cắt giảm thời gian giải quyết.'), imported)).id,
    digital: (await createArticle(CLI_ACTOR, root.id, article('Chuyển đổi số trong cơ quan nhà nước', 'Tỉnh đẩy mạnh dịch vụ công trực tuyến toàn trình.'), imported)).id,
    deptNews: (await createArticle(CLI_ACTOR, dept.id, article('Sở hướng dẫn chuyển đổi số cấp xã', 'Hội nghị tập huấn cho cán bộ xã về nền tảng số.'), imported)).id,
    deptHanoi: (await createArticle(CLI_ACTOR, dept.id, article('Hợp tác với Hà Nội về an toàn thông tin', 'Sở ký kết thỏa thuận hợp tác.'), imported)).id,
    qd12: (await createDocument(CLI_ACTOR, root.id, doc({ number: '12/2024/QĐ-UBND', type: 'QUYET_DINH', summary: 'Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh Khánh Hòa.' }), { imported: 'PUBLISHED' })).id,
    qd112: (await createDocument(CLI_ACTOR, root.id, doc({ number: '112/2024/QĐ-UBND', type: 'QUYET_DINH', issuedAt: '2024-11-02', summary: 'Sửa đổi quy định về tổ chức bộ máy; đính chính Quyết định 12/2024.' }), { imported: 'PUBLISHED' })).id,
    nd: (await createDocument(CLI_ACTOR, root.id, doc({ number: '13/2023/NĐ-CP', type: 'NGHI_DINH', issuer: 'Chính phủ', issuedAt: '2023-04-17', field: 'Công nghệ thông tin', summary: 'Bảo vệ dữ liệu cá nhân.' }), { imported: 'PUBLISHED' })).id,
    intro: (await createPage(CLI_ACTOR, root.id, { title: 'Vị trí địa lý', body: paragraphsToDoc(['Khánh Hòa nằm ở duyên hải Nam Trung Bộ, giáp Phú Yên và Ninh Thuận.']) }, { imported: 'PUBLISHED' })).id,
    leader: (await createPerson(CLI_ACTOR, root.id, { name: 'Nguyễn Văn Thắng', jobTitle: 'Chủ tịch Ủy ban nhân dân tỉnh', isLeader: 'on', duties: 'Lãnh đạo, điều hành chung.' }, { imported: 'PUBLISHED' })).id,
  };
  const board = await editorialBoard(root.id, 'search');
  await createArticle(board.contributor, root.id, article('Bản nháp về Hà Nội chưa duyệt', 'Không được xuất hiện trong tìm kiếm.'));
  await runDueJobs();
  return { ...sites, ids, board };
}

describe('built-in search (S1)', () => {
  it('finds the same items with and without diacritics, in capitals and typed in decomposed Unicode', async () => {
    const { root } = await indexedProvince();
    const expected = titles(await find(root, 'Hà Nội'));
    expect(expected).toEqual(expect.arrayContaining(['Hà Nội hỗ trợ Khánh Hòa phát triển du lịch', 'Hợp tác với Hà Nội về an toàn thông tin']));
    for (const q of ['ha noi', 'HÀ NỘI', 'Hà Nội'.normalize('NFD'), 'HA NOI']) expect(titles(await find(root, q))).toEqual(expected);
  });

  it('ranks the words typed next to each other above the same words apart', async () => {
    const { root } = await indexedProvince();
    await createArticle(CLI_ACTOR, root.id, article('Hạ tầng khu nội trú được nâng cấp', 'Trường nội trú có thêm nhà ăn.'), imported);
    await runDueJobs();
    const r = titles(await find(root, 'ha noi', { types: ['article'] }));
    expect(r).toHaveLength(3);
    expect(r.at(-1)).toBe('Hạ tầng khu nội trú được nâng cấp');
  });

  it('marks the matched words in escaped excerpts and titles', async () => {
    const { root } = await indexedProvince();
    const hit = (await find(root, 'ha noi du lich')).items[0]!;
    expect(hit.titleHtml).toBe('<mark>Hà</mark> <mark>Nội</mark> hỗ trợ Khánh Hòa phát triển <mark>du</mark> <mark>lịch</mark>');
    expect(hit.excerptHtml).toContain('thành phố <mark>Hà</mark> <mark>Nội</mark> làm việc');
    expect(hit).toMatchObject({ type: 'article', typeLabel: 'Tin bài', site: { name: 'Cổng thông tin điện tử tỉnh Khánh Hòa' }, path: '/tin-tuc/ha-noi-ho-tro-khanh-hoa-phat-trien-du-lich' });
  });

  it('finds a decision first by its number, typed in full or as "quyet dinh 12/2024"', async () => {
    const { root } = await indexedProvince();
    for (const q of ['12/2024/QĐ-UBND', '12/2024/qd-ubnd', 'quyet dinh 12/2024', 'Quyết định số 12/2024']) {
      const r = await find(root, q);
      expect(r.items[0]).toMatchObject({ title: 'Quyết định 12/2024/QĐ-UBND', type: 'document', path: '/van-ban/quyet-dinh-12-2024-qd-ubnd' });
    }
    expect((await find(root, '12/2024/QĐ-UBND')).items[0]!.exactNumber).toBe(true);
    expect(titles(await find(root, 'quyet dinh 12/2024'))).toContain('Quyết định 112/2024/QĐ-UBND');
  });

  it('matches abbreviations to their long forms and back', async () => {
    const { root } = await indexedProvince();
    expect(titles(await find(root, 'HĐND'))).toEqual(['Khai mạc kỳ họp thứ mười']);
    expect(titles(await find(root, 'hdnd tinh'))).toEqual(['Khai mạc kỳ họp thứ mười']);
    expect(titles(await find(root, 'thủ tục hành chính'))).toEqual(['UBND tỉnh công bố danh mục TTHC mới']);
    expect(titles(await find(root, 'ủy ban nhân dân'))).toEqual(expect.arrayContaining(['UBND tỉnh công bố danh mục TTHC mới', 'Quyết định 12/2024/QĐ-UBND', 'Nguyễn Văn Thắng']));
    expect(titles(await find(root, 'UBND'))).toEqual(expect.arrayContaining(['UBND tỉnh công bố danh mục TTHC mới', 'Quyết định 12/2024/QĐ-UBND', 'Nguyễn Văn Thắng']));
    expect(titles(await find(root, 'NĐ bảo vệ dữ liệu'))).toEqual(['Nghị định 13/2023/NĐ-CP']);
    expect(titles(await find(root, 'nghị định 13/2023'))[0]).toBe('Nghị định 13/2023/NĐ-CP');
    expect(titles(await find(root, 'QĐ quy chế làm việc'))).toEqual(['Quyết định 12/2024/QĐ-UBND']);
  });

  it('still finds a long word typed with one wrong letter, and says what it searched for', async () => {
    const { root } = await indexedProvince();
    const r = await find(root, 'chuyeen doi so');
    expect(titles(r)).toEqual(expect.arrayContaining(['Chuyển đổi số trong cơ quan nhà nước', 'Sở hướng dẫn chuyển đổi số cấp xã']));
    expect(r.corrected).toBe('chuyen doi so');
    expect(r.items.find((i) => i.type === 'article' && i.title.startsWith('Chuyển'))!.titleHtml).toBe('<mark>Chuyển</mark> <mark>đổi</mark> <mark>số</mark> trong cơ quan nhà nước');
    expect(titles(await find(root, 'giap ninh thuanj'))).toEqual(['Vị trí địa lý']);
  });

  it('never finds drafts; finds pages and leadership profiles', async () => {
    const { root } = await indexedProvince();
    expect(titles(await find(root, 'bản nháp'))).toEqual([]);
    expect(titles(await find(root, 'chua duyet'))).toEqual([]);
    expect(titles(await find(root, 'vi tri dia ly'))).toEqual(['Vị trí địa lý']);
    expect((await find(root, 'nguyen van thang')).items[0]).toMatchObject({ type: 'person', typeLabel: 'Lãnh đạo', path: '/gioi-thieu/lanh-dao/nguyen-van-thang' });
  });

  it('searches every active site from the root portal, one chosen site with the filter, and only itself from a sub-site', async () => {
    const { root, dept, district } = await indexedProvince();
    const all = await find(root, 'chuyển đổi số');
    expect(all.items.map((i) => i.site.name).sort()).toEqual(['Cổng thông tin điện tử tỉnh Khánh Hòa', 'Sở Thông tin và Truyền thông']);
    expect(titles(await find(root, 'chuyển đổi số', { site: dept.host }))).toEqual(['Sở hướng dẫn chuyển đổi số cấp xã']);
    await expect(find(root, 'chuyển đổi số', { site: 'khong-co.khanhhoa.localhost' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A sub-site sees only its own items, even when it asks for another site.
    expect(titles(await find(dept, 'Hà Nội'))).toEqual(['Hợp tác với Hà Nội về an toàn thông tin']);
    expect(titles(await find(dept, 'Hà Nội', { site: root.host }))).toEqual(['Hợp tác với Hà Nội về an toàn thông tin']);
    expect(titles(await find(dept, '12/2024/QĐ-UBND'))).toEqual([]);
    expect((await find(district, 'Hà Nội')).total).toBe(0);
  });

  it('filters by type, field and date range, sorts by date and pages', async () => {
    const { root } = await indexedProvince();
    expect(titles(await find(root, 'ủy ban nhân dân', { types: ['document'] })).sort()).toEqual(['Quyết định 112/2024/QĐ-UBND', 'Quyết định 12/2024/QĐ-UBND']);
    expect(titles(await find(root, 'ủy ban nhân dân', { types: ['person', 'page'] }))).toEqual(['Nguyễn Văn Thắng']);
    expect(titles(await find(root, 'bảo vệ', { field: 'Công nghệ thông tin' }))).toEqual(['Nghị định 13/2023/NĐ-CP']);
    expect(titles(await find(root, 'quyết định', { types: ['document'], from: '2024-06-01', to: '2024-12-31' }))).toEqual(['Quyết định 112/2024/QĐ-UBND']);
    expect(titles(await find(root, 'quyết định', { types: ['document'], sort: 'date' }))).toEqual(['Quyết định 112/2024/QĐ-UBND', 'Quyết định 12/2024/QĐ-UBND']);
    const page1 = await find(root, 'tinh', { pageSize: 2 });
    const page2 = await find(root, 'tinh', { pageSize: 2, page: 2 });
    expect(page1.total).toBeGreaterThan(2);
    expect(page2.total).toBe(page1.total);
    expect(titles(page2).some((t) => titles(page1).includes(t))).toBe(false);
  });
});

describe('procedures, answers and consultations are found too (S1)', () => {
  it('finds a published procedure, an answered question by its answer (never who asked) and a draft for comment', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'tk');
    const birth = await createService(board.head, root.id, { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: 'FULL', implementingBody: 'Ủy ban nhân dân cấp xã' });
    await createService(board.head, root.id, { code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch', level: 'FULL', implementingBody: 'Ủy ban nhân dân cấp xã' });
    await setServicePublished(board.head, root.id, birth.id, true);
    await askQuestion(
      { siteId: root.id, address: '203.0.113.9' },
      { name: 'Lê Thị Hồng', email: 'lethihong@example.vn', field: 'Hành chính, thủ tục', title: 'Cấp lại giấy khai sinh bị mất', content: 'Giấy khai sinh của con tôi bị mất, xin hướng dẫn cấp lại.' },
    );
    const id = (await listQuestionsForConsole(board.head, root.id, { tab: 'moi', page: 1 })).items[0]!.id;
    await assignQuestion(board.head, root.id, id, { assigneeUserId: board.contributor.userId });
    await draftAnswer(board.contributor, root.id, id, { answer: 'Ông/bà nộp tờ khai tại Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh trước đây.' });
    await approveAnswer(board.head, root.id, id, { publish: true });
    await createConsultation(
      board.head,
      root.id,
      { title: 'Dự thảo quy định về chiếu sáng đô thị', summary: 'Lấy ý kiến nhân dân.', body: 'Điều 1. Phạm vi điều chỉnh\nQuy định về chiếu sáng công cộng.', unitName: 'Sở Xây dựng', unitAddress: '1 Lê Lợi', unitEmail: 'sxd@khanhhoa.gov.vn', startsOn: '2026-06-01', endsOn: '2026-06-30' },
      { publish: true },
    );
    await runDueJobs();

    const services = await find(root, 'dang ky khai sinh', { types: ['service'] });
    expect(services.items.map((i) => [i.type, i.typeLabel, i.title])).toEqual([['service', 'Thủ tục hành chính', 'Đăng ký khai sinh']]);
    expect(titles(await find(root, 'ket hon'))).toEqual([]);
    const answer = await find(root, 'to khai uy ban nhan dan cap xa', { types: ['question'] });
    expect(answer.items.map((i) => [i.typeLabel, i.title, i.path.startsWith('/hoi-dap/')])).toEqual([['Hỏi đáp', 'Cấp lại giấy khai sinh bị mất', true]]);
    expect(titles(await find(root, 'Lê Thị Hồng'))).toEqual([]);
    expect(titles(await find(root, 'lethihong'))).toEqual([]);
    expect(titles(await find(root, 'chieu sang do thi'))).toEqual(['Dự thảo quy định về chiếu sáng đô thị']);

    await setQuestionPublished(board.head, root.id, id, false);
    await setServicePublished(board.head, root.id, birth.id, false);
    await runDueJobs();
    expect(titles(await find(root, 'giay khai sinh'))).toEqual([]);
  });
});

describe('a very broad query (S1 at the scale of a province)', () => {
  it('ranks a capped set: items with the words in the title first, and says the total is a lower bound', async () => {
    const { root } = await smallProvince();
    for (let i = 1; i <= 8; i++) {
      await createArticle(CLI_ACTOR, root.id, article(`Tin tổng hợp số ${i}`, 'Tình hình chung.', [`Hội nghị bàn về nâng cấp cầu cảng lần ${i}.`]), imported);
    }
    await createArticle(CLI_ACTOR, root.id, article('Khánh thành cầu cảng Cam Ranh', 'Cảng mới đón tàu.'), imported);
    await createArticle(CLI_ACTOR, root.id, article('Nâng cấp cầu cảng Vân Phong', 'Giai đoạn hai.'), imported);
    await runDueJobs();
    const parsed = parseSearchQuery('cau cang');
    const query = { siteIds: [root.id], tsquery: toTsQuery(parsed.parts, new Map()), phrase: toPhraseTsQuery(parsed.parts), numberKey: null, sort: 'relevance' as const, offset: 0, limit: 20, now: new Date() };

    const capped = await findEntries({ ...query, cap: 4 });
    expect(capped.slice(0, 2).map((r) => r.title).sort()).toEqual(['Khánh thành cầu cảng Cam Ranh', 'Nâng cấp cầu cảng Vân Phong']);
    expect(capped[0]).toMatchObject({ capped: true });
    expect(Number(capped[0]!.total)).toBeGreaterThanOrEqual(4);
    expect(Number(capped[0]!.total)).toBeLessThan(10);

    const whole = await findEntries(query);
    expect(whole[0]).toMatchObject({ capped: false, total: 10n });
    expect(whole.slice(0, 2).map((r) => r.title).sort()).toEqual(['Khánh thành cầu cảng Cam Ranh', 'Nâng cấp cầu cảng Vân Phong']);
    const shown = await find(root, 'cau cang');
    expect(shown).toMatchObject({ total: 10, totalCapped: false });
  });
});

describe('the index follows the content (S2)', () => {
  it('unpublishing, deleting and suspending a site remove items once the job has run; reactivation restores them', async () => {
    const { root, dept, board, ids } = await indexedProvince();
    await documentTransition(board.head, root.id, ids.qd12, { action: 'unpublish', reason: 'Văn bản đã được thay thế.' });
    expect(titles(await find(root, '12/2024/QĐ-UBND'))).toContain('Quyết định 12/2024/QĐ-UBND');
    await runDueJobs();
    expect(titles(await find(root, '12/2024/QĐ-UBND'))).not.toContain('Quyết định 12/2024/QĐ-UBND');

    await articleTransition(board.head, root.id, ids.hdnd, { action: 'unpublish', reason: 'Thông tin đã cũ.' });
    await runDueJobs();
    expect(titles(await find(root, 'HĐND'))).toEqual([]);
    await deleteArticle(board.head, root.id, ids.hdnd);
    await runDueJobs();
    expect(await sql('SELECT 1 FROM search_entries WHERE "entityId" = $1', [ids.hdnd])).toHaveLength(0);

    await setSiteStatus(CLI_ACTOR, dept.id, { status: 'SUSPENDED' });
    await runDueJobs();
    expect(titles(await find(root, 'chuyển đổi số'))).toEqual(['Chuyển đổi số trong cơ quan nhà nước']);
    expect(await sql('SELECT 1 FROM search_entries WHERE "siteId" = $1', [dept.id])).toHaveLength(0);
    await setSiteStatus(CLI_ACTOR, dept.id, { status: 'ACTIVE' });
    await runDueJobs();
    expect(titles(await find(root, 'chuyển đổi số'))).toHaveLength(2);
  });

  it('an edit is searchable under its new words, and an archived (merged) site leaves the index', async () => {
    const { root, district } = await indexedProvince();
    await createArticle(CLI_ACTOR, district.id, article('Huyện Khánh Sơn mùa sầu riêng', 'Nông dân thu hoạch sầu riêng.'), imported);
    await runDueJobs();
    expect(titles(await find(root, 'sau rieng'))).toEqual(['Huyện Khánh Sơn mùa sầu riêng']);
    await archiveSite(CLI_ACTOR, district.id, {});
    await runDueJobs();
    expect(titles(await find(root, 'sau rieng'))).toEqual([]);
  });

  it('a rebuild from the database gives the same results and drops what is no longer public', async () => {
    const { root, dept } = await indexedProvince();
    const before = titles(await find(root, 'chuyển đổi số'));
    await sql('UPDATE search_entries SET title = $1 WHERE "siteId" = $2', ['Bản cũ không còn đúng', dept.id]);
    await sql(`INSERT INTO search_entries (id, "siteId", type, "entityId", slug, path, title, body, "visibleFrom", tsv) VALUES (gen_random_uuid(), $1, 'article', gen_random_uuid(), 'ma', '/tin-tuc/ma', 'Bài ma', 'chuyen doi so', now(), to_tsvector('simple', 'chuyen doi so'))`, [root.id]);
    const progress: number[] = [];
    const done = await rebuildSearchIndex({ onProgress: (p) => progress.push(p.items) });
    expect(done).toMatchObject({ sites: 3, sitesDone: 3, items: done.total });
    expect(progress.at(-1)).toBe(done.total);
    expect(titles(await find(root, 'chuyển đổi số'))).toEqual(before);
    const onlyDept = await rebuildSearchIndex({ siteId: dept.id });
    expect(onlyDept).toMatchObject({ sites: 1, sitesDone: 1, items: 2 });
  });

  it('queues one pending job per item in the writing transaction and runs it on the built-in engine here', async () => {
    const { root } = await smallProvince();
    const a = await createArticle(CLI_ACTOR, root.id, article('Một bài', 'Tóm tắt.'), imported);
    const jobs = await sql<{ kind: string; dedupeKey: string; status: string }>('SELECT kind, "dedupeKey", status FROM jobs WHERE kind = $1', ['search.update']);
    expect(jobs).toEqual([{ kind: 'search.update', dedupeKey: `search:${root.id}:article:${a.id}`, status: 'PENDING' }]);
    expect(searchEngine().name).toBe('built-in');
  });
});

describe('npm run portal -- search:reindex', { timeout: 120_000 }, () => {
  it('rebuilds the index from the database with progress lines, and refuses an unknown site with exit 2', async () => {
    const { root } = await indexedProvince();
    await sql('DELETE FROM search_entries');
    expect((await find(root, 'Hà Nội')).total).toBe(0);
    const r = portal(['search:reindex']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dựng lại chỉ mục tìm kiếm (tìm kiếm dựng sẵn trên PostgreSQL)');
    expect(r.stdout).toMatch(/100% \(11\/11 mục, 3\/3 trang\)/);
    expect(r.stdout).toMatch(/Đã dựng lại chỉ mục: 11 mục của 3 trang trong [\d.]+ giây\./);
    expect((await find(root, 'Hà Nội')).total).toBe(2);
    const unknown = portal(['search:reindex', '--site', 'khong-co.khanhhoa.localhost']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không tìm thấy trang "khong-co.khanhhoa.localhost"');
  });
});
