import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { registerAllJobHandlers } from '@/server/job-handlers';
import { runDueJobs } from '@/modules/jobs/job-worker';
import { createArticle, getPublishedArticle } from '@/modules/articles/articles.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { createDocument, documentTransition } from '@/modules/documents/document-editing';
import { setSiteStatus } from '@/modules/sites/site-lifecycle';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { rebuildSearchIndex, searchEngine } from '@/modules/search/search-index';
import type { SearchFilter } from '@/modules/search/search.schemas';
import { getSearchScope, searchContent } from '@/modules/search/search.service';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, smallProvince } from '../helpers/fixtures';

/**
 * The Meilisearch adapter. No Meilisearch server can run on the development machines (STACK.md "Search"): the
 * adapter's relevance tests are registered only when the run has MEILI_HOST (and MEILI_MASTER_KEY) set, e.g. in CI
 * next to the docker-compose service. What needs no server — the engine being down — always runs.
 */
const REAL_MEILI = process.env.MEILI_HOST;
const DOWN = 'http://127.0.0.1:9';

beforeAll(() => registerAllJobHandlers());
beforeEach(resetDatabase);

const article = (title: string, sapo: string) => ({ title, sapo, body: paragraphsToDoc(['Nội dung.']), author: 'Minh Châu', source: 'Văn phòng' });
async function find(site: SiteDto, q: string, extra: Partial<SearchFilter> = {}) {
  return searchContent({ scope: await getSearchScope(site), filter: { q, types: [], sort: 'relevance', page: 1, pageSize: 20, ...extra } });
}
const titles = (r: { items: { title: string }[] }) => r.items.map((i) => i.title);
const restoreEngine = () => {
  if (REAL_MEILI) process.env.MEILI_HOST = REAL_MEILI;
  else delete process.env.MEILI_HOST;
};

describe('when the search engine is down (O6)', () => {
  beforeEach(() => {
    process.env.MEILI_HOST = DOWN;
  });
  afterEach(restoreEngine);

  it('publishing still works, the index job waits to retry with its reason, and searching says so in Vietnamese', async () => {
    const { root } = await smallProvince();
    expect(searchEngine().name).toBe('meilisearch');
    const a = await createArticle(CLI_ACTOR, root.id, article('Khánh Hòa đón khách quốc tế', 'Du lịch phục hồi.'), { imported: 'PUBLISHED' });
    expect(await getPublishedArticle({ siteId: root.id, slug: a.slug })).not.toBeNull();
    await runDueJobs();
    const [job] = await sql<{ status: string; attempts: number; lastError: string; due: boolean }>(`SELECT status, attempts, "lastError", "runAt" > now() AS due FROM jobs WHERE kind = 'search.update'`);
    expect(job).toMatchObject({ status: 'PENDING', attempts: 1, due: true });
    expect(job!.lastError).not.toBe('');
    await expect(find(root, 'khach quoc te')).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      status: 503,
      message: 'Chức năng tìm kiếm tạm thời không hoạt động. Vui lòng thử lại sau ít phút; các trang khác vẫn dùng bình thường.',
    });
  });

  it('the backlog catches up once an engine answers again', async () => {
    const { root } = await smallProvince();
    await createArticle(CLI_ACTOR, root.id, article('Khánh Hòa đón khách quốc tế', 'Du lịch phục hồi.'), { imported: 'PUBLISHED' });
    await runDueJobs();
    // The engine answers again (here: the built-in one); the retry comes due.
    restoreEngine();
    delete process.env.MEILI_HOST;
    await sql(`UPDATE jobs SET "runAt" = now() WHERE kind = 'search.update'`);
    await runDueJobs();
    expect(await sql(`SELECT status FROM jobs WHERE kind = 'search.update'`)).toEqual([{ status: 'DONE' }]);
    expect(titles(await find(root, 'khach quoc te'))).toEqual(['Khánh Hòa đón khách quốc tế']);
  });
});

if (REAL_MEILI) {
  describe('Meilisearch adapter against MEILI_HOST', { timeout: 120_000 }, () => {
    beforeEach(() => {
      process.env.MEILI_INDEX = `cong-so-test-${process.pid}-${Date.now()}`;
    });
    afterEach(() => {
      delete process.env.MEILI_INDEX;
    });

    it('finds with or without diacritics, by number first, by abbreviation, with a typo, only published, per site', async () => {
      const { root, dept } = await smallProvince();
      await createArticle(CLI_ACTOR, root.id, article('Hà Nội hỗ trợ Khánh Hòa phát triển du lịch', 'Hội đồng nhân dân tỉnh ghi nhận.'), { imported: 'PUBLISHED' });
      await createArticle(CLI_ACTOR, dept.id, article('Sở hướng dẫn chuyển đổi số cấp xã', 'Tập huấn cán bộ.'), { imported: 'PUBLISHED' });
      const qd = await createDocument(CLI_ACTOR, root.id, { number: '12/2024/QĐ-UBND', type: 'QUYET_DINH', issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa', issuedAt: '2024-03-15', summary: 'Ban hành Quy chế làm việc.' }, { imported: 'PUBLISHED' });
      await runDueJobs();
      for (const q of ['ha noi', 'HÀ NỘI', 'Hà Nội'.normalize('NFD')]) expect(titles(await find(root, q))).toEqual(['Hà Nội hỗ trợ Khánh Hòa phát triển du lịch']);
      expect((await find(root, 'quyet dinh 12/2024')).items[0]).toMatchObject({ title: 'Quyết định 12/2024/QĐ-UBND' });
      expect((await find(root, '12/2024/qd-ubnd')).items[0]).toMatchObject({ exactNumber: true });
      expect(titles(await find(root, 'HĐND'))).toEqual(['Hà Nội hỗ trợ Khánh Hòa phát triển du lịch']);
      expect(titles(await find(root, 'chuyeen doi so'))).toEqual(['Sở hướng dẫn chuyển đổi số cấp xã']);
      expect(titles(await find(dept, 'ha noi'))).toEqual([]);
      const board = await editorialBoard(root.id, 'meili');
      await documentTransition(board.head, root.id, qd.id, { action: 'unpublish', reason: 'Văn bản đã được thay thế.' });
      await setSiteStatus(CLI_ACTOR, dept.id, { status: 'SUSPENDED' });
      await runDueJobs();
      expect(titles(await find(root, '12/2024/QĐ-UBND'))).toEqual([]);
      expect(titles(await find(root, 'chuyen doi so'))).toEqual([]);
      const rebuilt = await rebuildSearchIndex();
      expect(rebuilt.items).toBe(1);
      expect(titles(await find(root, 'ha noi'))).toEqual(['Hà Nội hỗ trợ Khánh Hòa phát triển du lịch']);
    });
  });
}
