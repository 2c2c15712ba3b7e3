import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, axeViolations, launchBrowser, rawGet, screenshot, url } from '../helpers/browser';
import { htmlCheckerErrors } from '../helpers/html-checker';

const STTTT = `stttt.${ROOT}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  // The demo content was queued for indexing when it was seeded; the server's worker indexes it at start.
  for (let tries = 0; ; tries++) {
    const total = JSON.parse((await rawGet(ROOT, '/api/v1/search?q=ubnd&pageSize=1')).body).total ?? 0;
    if (total > 0) break;
    if (tries > 120) throw new Error('Chỉ mục tìm kiếm chưa có nội dung mẫu sau 60 giây.');
    await new Promise((r) => setTimeout(r, 500));
  }
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width = 1280): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' })).newPage();
}

const resultTitles = (page: Page) => page.locator('.search-result__title').allTextContents();

describe('searching from the header box (S1)', () => {
  it('a visitor types without diacritics in the header of any page and finds the article, marked', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/van-ban'));
    const box = page.getByRole('search', { name: 'Tìm kiếm nhanh' });
    await box.getByLabel('Tìm kiếm trên trang').fill('dich vu cong truc tuyen toan trinh');
    await box.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/tim-kiem\?q=dich\+vu\+cong/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tìm kiếm');
    expect((await resultTitles(page))[0]).toBe('Khánh Hòa đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình');
    expect(await page.locator('.search-result').first().locator('mark').first().textContent()).toBe('dịch');
    expect(await page.getByLabel('Từ khóa', { exact: true }).inputValue()).toBe('dich vu cong truc tuyen toan trinh');
    await page.locator('.search-result__title a').first().click();
    await page.waitForURL(/\/tin-tuc\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Khánh Hòa đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình');
    await page.context().close();
  });

  it('finds a decision first by "quyet dinh 12/2024", and filters by type and site on the root portal', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/tim-kiem?q=quyet+dinh+12%2F2024'));
    expect((await resultTitles(page))[0]).toBe('Quyết định 12/2024/QĐ-UBND');
    await page.getByLabel('Loại nội dung').selectOption({ label: 'Văn bản' });
    await page.getByLabel('Đơn vị').selectOption({ label: 'Huyện Khánh Sơn' });
    await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
    await page.waitForURL(/loai=van-ban/);
    const sites = await page.locator('.search-result__meta').allTextContents();
    expect(sites.length).toBeGreaterThan(0);
    for (const s of sites) expect(s).toContain('Huyện Khánh Sơn');
    await screenshot(page, 'search-filtered-1280');
    await page.context().close();
  });

  it('a sub-site searches only itself and suggests the provincial search when nothing is found', async () => {
    const page = await newPage(320);
    await page.goto(url(STTTT, '/tim-kiem?q=quyet+dinh+12%2F2024%2FQD-UBND'));
    expect(await page.getByText('Không tìm thấy kết quả nào cho “quyet dinh 12/2024/QD-UBND”.').count()).toBe(1);
    expect(await page.getByLabel('Đơn vị').count()).toBe(0);
    const root = page.getByRole('link', { name: 'tìm trên Cổng thông tin điện tử tỉnh' });
    expect(await root.getAttribute('href')).toMatch(new RegExp(`^http://${ROOT.replace(/\./g, '\\.')}:\\d+/tim-kiem\\?q=quyet\\+dinh\\+12%2F2024%2FQD-UBND$`));
    await screenshot(page, 'search-empty-subsite-320');
    await page.context().close();
  });

  it('passes axe (WCAG 2.1 AA) and the HTML checker at 320 and 1280 px, without horizontal scrolling', async () => {
    for (const [host, path] of [
      [ROOT, '/tim-kiem?q=ha+noi'],
      [ROOT, '/tim-kiem'],
      [STTTT, '/tim-kiem?q=khong+co+gi+ca+xyz'],
      [ROOT, '/'],
    ] as const) {
      for (const width of [320, 1280]) {
        const page = await newPage(width);
        const res = await page.goto(url(host, path));
        expect(res?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        if (path === '/tim-kiem?q=ha+noi' || path === '/') await screenshot(page, `search${path === '/' ? '-home' : ''}-${width}`);
        await page.context().close();
      }
      expect(htmlCheckerErrors((await rawGet(host, path)).body)).toEqual([]);
    }
  });
});

describe('search API (X2)', () => {
  it('answers the contract shape with absolute URLs and JSON errors in Vietnamese', async () => {
    const r = JSON.parse((await rawGet(ROOT, '/api/v1/search?q=12%2F2024%2Fqd-ubnd&pageSize=5')).body);
    expect(r).toMatchObject({ page: 1, pageSize: 5 });
    // The province's (Vietnamese and English versions) and the district's 12/2024/QĐ-UBND match exactly and come first.
    type Hit = { exactNumber: boolean; lang: string; site: { host: string }; url: string };
    const exact = (r.items as Hit[]).filter((i) => i.exactNumber);
    expect(r.items.slice(0, exact.length)).toEqual(exact);
    expect([...new Set(exact.map((i) => i.site.host))].sort()).toEqual([ROOT, `khanhson.${ROOT}`]);
    const own = (r.items as Hit[]).find((i) => i.site.host === ROOT && i.lang === 'vi')!;
    expect(own).toMatchObject({ type: 'document', title: 'Quyết định 12/2024/QĐ-UBND', site: { name: 'Cổng thông tin điện tử tỉnh Khánh Hòa' } });
    expect(Object.keys(own)).toEqual(expect.arrayContaining(['type', 'slug', 'title', 'excerpt', 'site', 'date', 'url']));
    expect(own.url).toMatch(new RegExp(`^http://${ROOT.replace(/\./g, '\\.')}:\\d+/van-ban/quyet-dinh-12-2024-qd-ubnd$`));
    const missing = await rawGet(ROOT, '/api/v1/search');
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body)).toEqual({ error: { code: 'invalid_request', message: 'Tham số q (từ khóa tìm kiếm) là bắt buộc.' } });
    const badSite = await rawGet(ROOT, '/api/v1/search?q=ubnd&site=khong-co.example');
    expect(badSite.status).toBe(404);
    expect(JSON.parse(badSite.body).error.code).toBe('not_found');
    const doc = JSON.parse((await rawGet(ROOT, '/api/v1/openapi.json')).body);
    expect(doc.paths['/api/v1/search'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'type', 'site', 'field', 'from', 'to', 'sort', 'page', 'pageSize']));
  });
});
