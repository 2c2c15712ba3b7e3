import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, axeViolations, launchBrowser, rawGet, screenshot, signIn, url } from '../helpers/browser';
import { htmlCheckerErrors } from '../helpers/html-checker';
import { minimalPdf } from '../../prisma/seed/pdf';

const STTTT = `stttt.${ROOT}`;
const KHANHSON = `khanhson.${ROOT}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width = 1280, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN', ...options })).newPage();
}

/** Số ký hiệu in the results table, in order. */
async function resultNumbers(page: Page): Promise<string[]> {
  return page.locator('.doc-table tbody .doc-table__number').allTextContents();
}

describe('searching documents (C3, C5)', () => {
  it('finds a document by its number typed in any case and without diacritics, first and marked', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/van-ban'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Văn bản');
    await page.getByLabel('Số ký hiệu hoặc trích yếu').fill('12/2024/qd-ubnd');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL(/\/van-ban\?q=12%2F2024%2Fqd-ubnd/);
    expect((await resultNumbers(page))[0]).toBe('12/2024/QĐ-UBND');
    expect(await page.locator('.doc-table tbody tr').first().locator('.doc-table__match').textContent()).toBe('Đúng số ký hiệu');
    // The district's own 12/2024/QĐ-UBND lives on the district host only.
    expect(await page.content()).not.toContain('quản lý, khai thác chợ');
    expect((await rawGet(KHANHSON, '/van-ban?q=12%2F2024%2FQ%C4%90-UBND')).body).toContain('Ban hành Quy định quản lý, khai thác chợ trên địa bàn huyện Khánh Sơn.');
    await screenshot(page, 'documents-exact-number');
  });

  it('filters by type and year with the form, without JavaScript, and keeps the filters in the address', async () => {
    const page = await newPage(1280, { javaScriptEnabled: false });
    await page.goto(url(ROOT, '/van-ban'));
    await page.getByLabel('Loại văn bản').selectOption({ label: 'Kế hoạch' });
    await page.getByLabel('Năm ban hành').selectOption('2026');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL(/loai=ke-hoach/);
    const params = new URL(page.url()).searchParams;
    expect([params.get('loai'), params.get('nam')]).toEqual(['ke-hoach', '2026']);
    expect(await resultNumbers(page)).toEqual(['112/KH-UBND', '45/KH-UBND']);
    expect(await page.getByLabel('Loại văn bản').inputValue()).toBe('ke-hoach');
    await page.getByLabel('Tình trạng hiệu lực').selectOption({ label: 'Bị thay thế' });
    await page.getByLabel('Loại văn bản').selectOption('');
    await page.getByLabel('Năm ban hành').selectOption('');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL(/hieu-luc=replaced/);
    expect(await resultNumbers(page)).toEqual(['05/2021/QĐ-UBND']);
    await page.getByLabel('Số ký hiệu hoặc trích yếu').fill('không có văn bản này');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL(/q=kh%C3%B4ng/);
    expect(await page.locator('.doc-empty').textContent()).toContain('Không tìm thấy văn bản phù hợp.');
    await screenshot(page, 'documents-empty');
  });

  it('gives strategies and plans (C5) a page of their own, reached from the menu', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/'));
    // Strategies and plans sit under "Văn bản" in the menu, opened on hover (and on keyboard focus).
    const nav = page.getByRole('navigation', { name: 'Chuyên mục chính' });
    await nav.getByRole('link', { name: 'Văn bản', exact: true }).hover();
    await nav.getByRole('link', { name: 'Chiến lược, quy hoạch, kế hoạch' }).click();
    await page.waitForURL(/\/van-ban\?nhom=quy-hoach$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Chiến lược, quy hoạch, kế hoạch');
    expect((await resultNumbers(page)).sort()).toEqual(['112/KH-UBND', '2156/QĐ-UBND', '318/QĐ-TTg', '45/KH-UBND']);
    const typeOptions = await page.getByLabel('Loại văn bản').locator('option').allTextContents();
    expect(typeOptions).toEqual(['Tất cả loại văn bản', 'Chiến lược', 'Quy hoạch', 'Kế hoạch']);
    await screenshot(page, 'documents-strategies');
  });

  it('never shows drafts', async () => {
    const list = await rawGet(ROOT, '/van-ban?q=40%2F2026%2FQD-UBND');
    expect(list.body).not.toContain('Dự thảo quy định bảng giá đất');
    expect((await rawGet(ROOT, '/van-ban/quyet-dinh-40-2026-qd-ubnd')).status).toBe(404);
    expect((await rawGet(ROOT, '/api/v1/documents/quyet-dinh-40-2026-qd-ubnd')).status).toBe(404);
    expect((await rawGet(ROOT, '/sitemap.xml')).body).not.toContain('quyet-dinh-40-2026-qd-ubnd');
  });
});

describe('a document page (C3, X1, C11)', () => {
  it('shows every field, the replacing document, related documents and schema.org Legislation', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/van-ban/quyet-dinh-05-2021-qd-ubnd'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quyết định 05/2021/QĐ-UBND');
    const facts = await page.locator('dl.facts').textContent();
    for (const f of ['Số ký hiệu05/2021/QĐ-UBND', 'Cơ quan ban hànhỦy ban nhân dân tỉnh Khánh Hòa', 'Người kýLê Minh Quang', 'Ngày ban hành08/02/2021', 'Ngày có hiệu lực20/02/2021', 'Tình trạng hiệu lựcBị thay thế']) {
      expect(facts).toContain(f);
    }
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '05/2021/QĐ-UBND',
      legislationType: 'Quyết định',
      legislationDate: '2021-02-08',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân tỉnh Khánh Hòa' },
      legislationLegalForce: 'https://schema.org/NotInForce',
      name: 'Quyết định 05/2021/QĐ-UBND',
      abstract: 'Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Khánh Hòa.',
    });
    expect(ld.encoding[0]).toMatchObject({ '@type': 'MediaObject', encodingFormat: 'application/pdf' });
    expect(ld.encoding[0].contentUrl).toMatch(new RegExp(`^http://${ROOT.replace(/\./g, '\\.')}:\\d+/media/`));
    expect(await page.locator('meta[name="DC.identifier"]').getAttribute('content')).toBe('05/2021/QĐ-UBND');
    expect(await page.locator('meta[name="DC.creator"]').getAttribute('content')).toBe('Ủy ban nhân dân tỉnh Khánh Hòa');
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toMatch(/\/van-ban\/quyet-dinh-05-2021-qd-ubnd$/);
    await page.locator('.document__replaced').getByRole('link', { name: 'Quyết định 28/2025/QĐ-UBND' }).click();
    await page.waitForURL(/\/van-ban\/quyet-dinh-28-2025-qd-ubnd$/);
    expect(await page.locator('#van-ban-duoc-thay-the + ul').textContent()).toContain('Quyết định 05/2021/QĐ-UBND');
    expect(await page.locator('#van-ban-lien-quan + ul').textContent()).toContain('Nghị định 42/2022/NĐ-CP');
    expect(await page.locator('.article__body').textContent()).toContain('Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý');
    await screenshot(page, 'document-detail');
  });

  it('downloads an attached file, which another site’s host does not serve', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/van-ban/quyet-dinh-12-2024-qd-ubnd'));
    const link = page.locator('.file-list a').first();
    expect((await page.locator('.file-list li').first().textContent())!).toMatch(/12-2024-QD-UBND\.pdf \(PDF, \d+ byte\)/);
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/media\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/12-2024-qd-ubnd\.pdf$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('12-2024-qd-ubnd.pdf');
    const r = await rawGet(ROOT, href);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.body.startsWith('%PDF-1.4')).toBe(true);
    expect((await rawGet(STTTT, href)).status).toBe(404);
  });

  it('has an English version with a language switch only where a translation exists', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/van-ban/quyet-dinh-12-2024-qd-ubnd'));
    await page.getByRole('link', { name: 'English version' }).click();
    await page.waitForURL(/\/en\/van-ban\/decision-12-2024-qd-ubnd$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Decision 12/2024/QĐ-UBND');
    expect(await page.locator('article').getAttribute('lang')).toBe('en');
    expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)).toMatchObject({ '@type': 'Legislation', inLanguage: 'en', legislationType: 'Decision' });
    expect(await page.getByRole('link', { name: 'Bản tiếng Việt' }).count()).toBe(1);
    await page.goto(url(ROOT, '/van-ban/quyet-dinh-28-2025-qd-ubnd'));
    expect(await page.getByRole('link', { name: 'English version' }).count()).toBe(0);
    expect((await rawGet(ROOT, '/en/van-ban')).body).toContain('href="/en/van-ban/decision-12-2024-qd-ubnd"');
  });
});

describe('documents API (X2)', () => {
  it('pages through the contract shape with absolute URLs on the site host', async () => {
    const p1 = JSON.parse((await rawGet(ROOT, '/api/v1/documents?pageSize=5')).body);
    const p2 = JSON.parse((await rawGet(ROOT, '/api/v1/documents?pageSize=5&page=2')).body);
    expect(p1).toMatchObject({ page: 1, pageSize: 5 });
    expect(p2).toMatchObject({ page: 2, pageSize: 5, total: p1.total });
    expect(p1.total).toBeGreaterThanOrEqual(16);
    expect(p1.items).toHaveLength(5);
    expect(p2.items.map((d: { slug: string }) => d.slug)).not.toContain(p1.items[0].slug);
    expect(Object.keys(p1.items[0])).toEqual(expect.arrayContaining(['slug', 'number', 'type', 'issuer', 'signer', 'issuedAt', 'effectiveAt', 'status', 'summary', 'field', 'files', 'url']));
    const one = JSON.parse((await rawGet(ROOT, '/api/v1/documents/quyet-dinh-12-2024-qd-ubnd')).body);
    expect(one).toMatchObject({ number: '12/2024/QĐ-UBND', type: 'QUYET_DINH', issuedAt: '2024-03-15', effectiveAt: '2024-03-25', status: 'IN_FORCE' });
    expect(one.url).toMatch(new RegExp(`^http://${ROOT.replace(/\./g, '\\.')}:\\d+/van-ban/quyet-dinh-12-2024-qd-ubnd$`));
    expect(one.files[0]).toMatchObject({ name: '12-2024-QD-UBND.pdf', mimeType: 'application/pdf' });
    expect(one.files[0].url).toMatch(/^http:\/\/.+\/media\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/12-2024-qd-ubnd\.pdf$/);
    const exact = JSON.parse((await rawGet(ROOT, '/api/v1/documents?number=12%2F2024%2Fq%C4%91-ubnd')).body);
    expect(exact.items.map((d: { number: string }) => d.number)).toEqual(['12/2024/QĐ-UBND']);
    const doc = JSON.parse((await rawGet(ROOT, '/api/v1/openapi.json')).body);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/documents', '/api/v1/documents/{slug}']));
  });

  it('answers JSON errors for a missing slug and a bad pageSize', async () => {
    const missing = await rawGet(ROOT, '/api/v1/documents/khong-co');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(missing.body)).toEqual({ error: { code: 'not_found', message: 'Không tìm thấy văn bản.' } });
    const bad = await rawGet(ROOT, '/api/v1/documents?pageSize=500');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ error: { code: 'invalid_request', message: 'Tham số pageSize tối đa là 100.' } });
    const badType = await rawGet(ROOT, '/api/v1/documents?type=SAC_LENH');
    expect(badType.status).toBe(400);
    expect(JSON.parse(badType.body).error.message).toMatch(/^Tham số type phải là một trong: /);
  });
});

describe('documents in the console (E2)', () => {
  it('a contributor adds a document and attaches its PDF; the editor reviews, the head approves; citizens find it by number', async () => {
    const page = await newPage();
    await signIn(page, 'congtacvien@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
    await page.getByRole('link', { name: 'Thêm văn bản' }).click();
    expect(await page.getByRole('button', { name: 'Lưu và đăng' }).count()).toBe(0);
    await page.getByLabel('Số ký hiệu').fill('77/QĐ-STTTT');
    await page.getByLabel('Loại văn bản').selectOption('QUYET_DINH');
    await page.getByLabel('Trích yếu').fill('Ban hành Kế hoạch kiểm tra an toàn thông tin năm 2027.');
    await page.getByLabel('Cơ quan ban hành').fill('Sở Thông tin và Truyền thông tỉnh Khánh Hòa');
    await page.getByLabel('Ngày ban hành').fill('2026-11-02');
    await page.getByLabel('Ngày có hiệu lực').fill('2026-10-01');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    // Refused with the reason; nothing typed is lost.
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Ngày có hiệu lực không được trước ngày ban hành.');
    expect(await page.getByLabel('Số ký hiệu').inputValue()).toBe('77/QĐ-STTTT');
    await page.getByLabel('Ngày có hiệu lực').fill('2026-11-12');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.waitForURL(/\/van-ban\/[0-9a-f-]{36}\?da-luu=1/);
    const editPath = new URL(page.url()).pathname;
    const dir = mkdtempSync(join(tmpdir(), 'congso-docs-e2e-'));
    const file = join(dir, 'Quyết định 77 (bản ký).pdf');
    writeFileSync(file, minimalPdf(['So: 77/QD-STTTT', 'Ban hanh Ke hoach kiem tra an toan thong tin nam 2027']));
    await page.getByLabel('Thêm tệp').setInputFiles(file);
    await page.getByRole('button', { name: 'Tải lên và đính kèm' }).click();
    await page.getByText('Đã đính kèm 1 tệp.').waitFor();
    await screenshot(page, 'console-document-files');
    await page.reload();
    expect(await page.locator('dl.facts').textContent()).toContain('Bản nháp');
    await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await page.waitForURL(/\?buoc=submit/);
    expect(await page.getByRole('button', { name: 'Duyệt và đăng' }).count()).toBe(0);
    expect((await rawGet(STTTT, '/van-ban/quyet-dinh-77-qd-stttt')).status).toBe(404);

    const editor = await newPage();
    await signIn(editor, 'bientap@stttt.khanhhoa.gov.vn');
    await editor.goto(url(ROOT, editPath));
    await editor.getByRole('button', { name: 'Biên tập xong, trình duyệt' }).click();
    await editor.waitForURL(/\?buoc=review/);
    expect(await editor.getByRole('button', { name: 'Duyệt và đăng' }).count()).toBe(0);

    const head = await newPage();
    await signIn(head, 'truongban@stttt.khanhhoa.gov.vn');
    await head.goto(url(ROOT, editPath));
    await head.getByRole('button', { name: 'Duyệt và đăng' }).click();
    await head.waitForURL(/\?buoc=approve/);
    expect(await head.locator('dl.facts').textContent()).toContain('Đã đăng');
    await screenshot(head, 'console-document-approved');

    const found = await rawGet(STTTT, '/van-ban?q=77%2Fqd-stttt');
    expect(found.body).toContain('href="/van-ban/quyet-dinh-77-qd-stttt"');
    const detail = await rawGet(STTTT, '/van-ban/quyet-dinh-77-qd-stttt');
    expect(detail.status).toBe(200);
    const fileHref = /href="(\/media\/[^"]+\/quyet-dinh-77-ban-ky\.pdf)"/.exec(detail.body)?.[1];
    expect(fileHref).toBeDefined();
    expect((await rawGet(STTTT, fileHref!)).status).toBe(200);
    expect(detail.body).toContain('Quyết định 77 (bản ký).pdf');
    // Every save is a version, compared side by side on the revisions page.
    await head.goto(url(ROOT, `${editPath}/phien-ban`));
    expect(await head.getByRole('heading', { level: 1 }).textContent()).toBe('Lịch sử phiên bản');
    expect(await head.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    // …with the item's history (O4): who took which step.
    const history = head.getByRole('region', { name: 'Lịch sử xử lý' });
    const steps = await history.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(steps).toEqual(expect.arrayContaining(['Gửi duyệt', 'Duyệt và đăng']));
  });
});

describe('document templates are accessible and valid', () => {
  const pages: [string, string][] = [
    [ROOT, '/van-ban'],
    [ROOT, '/van-ban?q=12%2F2024%2Fqd-ubnd&loai=quyet-dinh&nam=2024&hieu-luc=in-force'],
    [ROOT, '/van-ban?nhom=quy-hoach'],
    [ROOT, '/van-ban?q=kh%C3%B4ng+c%C3%B3+g%C3%AC'],
    [ROOT, '/van-ban/quyet-dinh-28-2025-qd-ubnd'],
    [ROOT, '/van-ban/quyet-dinh-05-2021-qd-ubnd'],
    [ROOT, '/en/van-ban'],
    [ROOT, '/en/van-ban/decision-12-2024-qd-ubnd'],
    [KHANHSON, '/van-ban'],
  ];
  it.each(pages)('%s%s: axe at 320 px and 1280 px, Nu HTML Checker', async (host, path) => {
    for (const width of [320, 1280]) {
      const page = await newPage(width);
      const res = await page.goto(url(host, path));
      expect(res?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (path === '/van-ban' || path.startsWith('/van-ban/quyet-dinh-28')) await screenshot(page, `documents-${path === '/van-ban' ? 'list' : 'detail'}-${host.split('.')[0]}-${width}`);
      await page.context().close();
    }
    expect(htmlCheckerErrors((await rawGet(host, path)).body)).toEqual([]);
  });
});
