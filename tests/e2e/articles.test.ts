import { describe, expect, it } from 'vitest';
import { ROOT, axeViolations, browserPerFile, rawGet, screenshot, signIn, url } from '../helpers/browser';
import { htmlCheckerErrors } from '../helpers/html-checker';

const STTTT = `stttt.${ROOT}`;
const newPage = browserPerFile();

/** A strict XML parse in Chromium: a <parsererror> means the feed is not well-formed. */
async function xmlIsWellFormed(xml: string): Promise<boolean> {
  const page = await newPage();
  const ok = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length === 0, xml);
  await page.context().close();
  return ok;
}

describe('news for citizens (C1)', () => {
  it('list → article → print → download on a department site', async () => {
    const page = await newPage();
    await page.goto(url(STTTT, '/tin-tuc'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tin tức');
    const first = page.locator('.news-list h2 a').first();
    const title = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/tin-tuc\/[a-z0-9-]+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('.article__attribution').textContent()).toMatch(/Tác giả: .+ — Nguồn: .+/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('NewsArticle');
    expect(await page.locator('meta[name="DC.title"]').getAttribute('content')).toBe(title);
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toContain(`http://${STTTT}:`);
    await screenshot(page, 'article-stttt');
    const slug = new URL(page.url()).pathname.split('/').pop()!;

    const print = await rawGet(STTTT, `/tin-tuc/${slug}/in`);
    expect(print.status).toBe(200);
    expect(print.body).toContain('In trang này');
    expect(print.body).not.toContain('class="site-nav"');
    const dl = await rawGet(STTTT, `/tin-tuc/${slug}/tai-ve`);
    expect(dl.status).toBe(200);
    expect(dl.headers['content-disposition']).toBe(`attachment; filename="${slug.slice(0, 60).replace(/-+$/, '')}.html"`);
    expect(dl.body).toContain(title);
  });

  it('drafts and other sites’ articles are never shown', async () => {
    const list = await rawGet(ROOT, '/tin-tuc');
    expect(list.body).not.toContain('bản nháp');
    expect((await rawGet(ROOT, '/tin-tuc/du-thao-ke-hoach-to-chuc-tet-nguyen-dan-2027-ban-nhap')).status).toBe(404);
    const deptSlug = 'so-thong-tin-va-truyen-thong-tong-ket-cong-tac-chuyen-doi-so-nam-2026';
    expect((await rawGet(STTTT, `/tin-tuc/${deptSlug}`)).status).toBe(200);
    expect((await rawGet(ROOT, `/tin-tuc/${deptSlug}`)).status).toBe(404);
  });

  it('the root home aggregates component sites’ news linking to their own hosts', async () => {
    const page = await newPage();
    await page.goto(url(ROOT));
    const block = page.locator('section[aria-labelledby="tin-don-vi"]');
    const link = block.getByRole('link', { name: 'Sở Thông tin và Truyền thông tổng kết công tác chuyển đổi số năm 2026' });
    expect(await link.getAttribute('href')).toBe(url(STTTT, '/tin-tuc/so-thong-tin-va-truyen-thong-tong-ket-cong-tac-chuyen-doi-so-nam-2026'));
  });

  it('category page, English article with a language switch only where a translation exists', async () => {
    const cat = await rawGet(ROOT, '/chuyen-muc/chuyen-doi-so');
    expect(cat.status).toBe(200);
    expect(cat.body).toContain('Khánh Hòa đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình');
    const page = await newPage();
    await page.goto(url(ROOT, '/tin-tuc/khanh-hoa-day-manh-cung-cap-dich-vu-cong-truc-tuyen-toan-trinh'));
    await page.getByRole('link', { name: 'English version' }).click();
    await page.waitForURL(/\/en\/tin-tuc\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Khanh Hoa expands full-process online public services');
    expect(await page.getByRole('link', { name: 'Bản tiếng Việt' }).count()).toBe(1);
    await page.goto(url(ROOT, '/tin-tuc/thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-nam-2026'));
    expect(await page.getByRole('link', { name: 'English version' }).count()).toBe(0);
  });

  it('RSS feeds are well-formed with absolute links on the site host', async () => {
    for (const path of ['/rss.xml', '/chuyen-muc/chuyen-doi-so/rss.xml']) {
      const r = await rawGet(STTTT, path);
      expect(r.status).toBe(200);
      expect(await xmlIsWellFormed(r.body)).toBe(true);
      expect(r.body).toContain(`<link>http://${STTTT}:`);
      expect(r.body).not.toContain('Bản nháp');
    }
    expect((await rawGet(STTTT, '/chuyen-muc/khong-co/rss.xml')).status).toBe(404);
  });

  it('the articles API answers the contract shape and JSON errors', async () => {
    const list = JSON.parse((await rawGet(STTTT, '/api/v1/articles?pageSize=2')).body);
    expect(list).toMatchObject({ page: 1, pageSize: 2 });
    expect(list.total).toBeGreaterThanOrEqual(6);
    expect(Object.keys(list.items[0])).toEqual(expect.arrayContaining(['slug', 'title', 'sapo', 'author', 'source', 'publishedAt', 'categories', 'site', 'url']));
    expect(list.items[0].site).toEqual({ host: STTTT, name: 'Sở Thông tin và Truyền thông' });
    const one = JSON.parse((await rawGet(STTTT, `/api/v1/articles/${list.items[0].slug}`)).body);
    expect(one.slug).toBe(list.items[0].slug);
    const missing = await rawGet(STTTT, '/api/v1/articles/khong-co');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ error: { code: 'not_found', message: 'Không tìm thấy bài viết.' } });
    const bad = await rawGet(STTTT, '/api/v1/articles?pageSize=500');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toBe('Tham số pageSize tối đa là 100.');
  });
});

describe('the editorial board in the console (E2, T4)', () => {
  const TITLE = 'Sở TT&TT triển khai nền tảng số cho 41 xã';
  const SLUG = 'so-tt-tt-trien-khai-nen-tang-so-cho-41-xa';
  let editPath = '';

  /** Each person in their own browser session, as on separate computers. */
  async function as(email: string) {
    const page = await newPage();
    await signIn(page, email);
    return page;
  }

  async function step(email: string, button: string, reason?: string) {
    const page = await as(email);
    await page.goto(url(ROOT, editPath));
    if (reason !== undefined) await page.getByLabel('Lý do (bắt buộc khi trả lại hoặc gỡ bài)').fill(reason);
    await page.getByRole('button', { name: button }).click();
    await page.waitForURL(/\?buoc=/);
    return page;
  }

  it('contributor writes and submits; editor reviews; head returns with a reason; contributor fixes and resubmits; head approves', async () => {
    const writer = await as('congtacvien@stttt.khanhhoa.gov.vn');
    await writer.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await writer.getByRole('link', { name: 'Tin bài' }).click();
    await writer.getByRole('link', { name: 'Viết bài mới' }).click();
    await writer.getByLabel('Tiêu đề').fill(TITLE);
    await writer.getByLabel('Sapo (tóm tắt)').fill('Nền tảng giúp xã cung cấp thông tin và dịch vụ công.');
    const editor = writer.getByRole('textbox', { name: 'Nội dung bài viết' });
    await editor.click();
    await writer.keyboard.type('Đoạn mở đầu của bài viết. ');
    await writer.getByRole('button', { name: 'Đậm' }).click();
    await writer.keyboard.type('Chữ đậm.');
    await writer.getByLabel('Tác giả', { exact: true }).fill('Ngô Bảo Châu Anh');
    await writer.getByLabel('Nguồn', { exact: true }).fill('Sở Thông tin và Truyền thông');
    await writer.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await writer.waitForURL(/\/tin-bai\/[0-9a-f-]{36}\?da-luu=1/);
    editPath = new URL(writer.url()).pathname;
    expect(await writer.getByRole('button', { name: 'Duyệt và đăng' }).count()).toBe(0);
    expect((await rawGet(STTTT, `/tin-tuc/${SLUG}`)).status).toBe(404);
    await screenshot(writer, 'console-article-submitted');

    // The editor finds it in "pending work" on the console home.
    const editorPage = await as('bientap@stttt.khanhhoa.gov.vn');
    await editorPage.getByRole('link', { name: TITLE }).click();
    await editorPage.getByRole('button', { name: 'Biên tập xong, trình duyệt' }).click();
    await editorPage.waitForURL(/\?buoc=review/);

    // Returning needs a reason: refused without one, nothing lost.
    const head = await as('truongban@stttt.khanhhoa.gov.vn');
    await head.goto(url(ROOT, editPath));
    await head.getByRole('button', { name: 'Trả lại tác giả' }).click();
    await head.locator('.error-summary').waitFor();
    expect(await head.locator('.error-summary').textContent()).toContain('Hãy ghi lý do trả lại để tác giả sửa.');
    await head.getByLabel('Lý do (bắt buộc khi trả lại hoặc gỡ bài)').fill('Bổ sung số xã đã triển khai.');
    await head.getByRole('button', { name: 'Trả lại tác giả' }).click();
    await head.waitForURL(/\?buoc=return/);

    const fixer = await as('congtacvien@stttt.khanhhoa.gov.vn');
    await fixer.goto(url(ROOT, editPath));
    expect(await fixer.locator('.warning-text', { hasText: 'Lý do trả lại' }).textContent()).toContain('Bổ sung số xã đã triển khai.');
    await fixer.getByLabel('Sapo (tóm tắt)').fill('Nền tảng đã triển khai tại 41 xã, giúp cung cấp thông tin và dịch vụ công.');
    await fixer.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await fixer.getByText(/và gửi duyệt\./).waitFor();

    await step('bientap@stttt.khanhhoa.gov.vn', 'Biên tập xong, trình duyệt');
    // The news list is in the page cache before approval; the approval must empty it.
    await rawGet(STTTT, '/tin-tuc');
    expect((await rawGet(STTTT, '/tin-tuc')).headers['x-cache']).toBe('HIT');
    const approver = await step('truongban@stttt.khanhhoa.gov.vn', 'Duyệt và đăng');
    expect((await rawGet(STTTT, '/tin-tuc')).body).toContain('Sở TT&amp;TT triển khai nền tảng số cho 41 xã');
    await screenshot(approver, 'console-article-approved');
    const r = await rawGet(STTTT, `/tin-tuc/${SLUG}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<p>Đoạn mở đầu của bài viết. <strong>Chữ đậm.</strong></p>');
    expect(r.body).toContain('Nền tảng đã triển khai tại 41 xã');
    expect((await rawGet(STTTT, '/rss.xml')).body).toContain('Sở TT&amp;TT triển khai nền tảng số cho 41 xã');
    expect(JSON.parse((await rawGet(STTTT, `/api/v1/articles/${SLUG}`)).body).title).toBe(TITLE);
  });

  it('the published article is proposed to the province portal and appears there after the province board approves it', async () => {
    const proposer = await as('truongban@stttt.khanhhoa.gov.vn');
    await proposer.goto(url(ROOT, editPath));
    await proposer.getByRole('button', { name: 'Đề xuất lên Cổng thông tin điện tử tỉnh Khánh Hòa' }).click();
    await proposer.getByText('ban biên tập ở đó sẽ duyệt lại').waitFor();
    expect((await rawGet(ROOT, `/tin-tuc/${SLUG}`)).status).toBe(404);

    const rootEditor = await as('bientap@khanhhoa.gov.vn');
    await rootEditor.getByRole('link', { name: TITLE }).click();
    editPath = new URL(rootEditor.url()).pathname;
    await rootEditor.getByRole('button', { name: 'Biên tập xong, trình duyệt' }).click();
    await rootEditor.waitForURL(/\?buoc=review/);
    await step('truongban@khanhhoa.gov.vn', 'Duyệt và đăng');
    const r = await rawGet(ROOT, `/tin-tuc/${SLUG}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain(`stttt.${ROOT}`);
  });
});

describe('news templates are accessible and valid', () => {
  const pages: [string, string][] = [
    [ROOT, '/'],
    [STTTT, '/tin-tuc'],
    [STTTT, '/tin-tuc/canh-bao-thu-doan-lua-dao-qua-tin-nhan-mao-danh-co-quan-nha-nuoc'],
    [ROOT, '/tin-tuc/khanh-hoa-day-manh-cung-cap-dich-vu-cong-truc-tuyen-toan-trinh/in'],
    [ROOT, '/chuyen-muc/chuyen-doi-so'],
    [ROOT, '/en/tin-tuc'],
    [ROOT, '/en/tin-tuc/khanh-hoa-expands-full-process-online-public-services'],
  ];
  it.each(pages)('%s%s: axe at 320 px and 1280 px, Nu HTML Checker', async (host, path) => {
    for (const width of [320, 1280]) {
      const page = await newPage(width);
      const res = await page.goto(url(host, path));
      expect(res?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    }
    expect(htmlCheckerErrors((await rawGet(host, path)).body)).toEqual([]);
  });
});

describe('crawler files and open data (X1, X2)', () => {
  it('sitemap.xml lists published items on the site host only; robots.txt points to it', async () => {
    const r = await rawGet(STTTT, '/sitemap.xml');
    expect(r.status).toBe(200);
    expect(r.body).toContain(`<loc>http://${STTTT}:`);
    expect(r.body).toContain('/tin-tuc/canh-bao-thu-doan-lua-dao-qua-tin-nhan-mao-danh-co-quan-nha-nuoc</loc>');
    expect(r.body).not.toContain('ban-nhap');
    expect(r.body).not.toContain(`<loc>http://${ROOT}:`);
    const page = await newPage();
    expect(await page.evaluate((t) => new DOMParser().parseFromString(t, 'application/xml').getElementsByTagName('parsererror').length, r.body)).toBe(0);
    await page.context().close();
    const robots = await rawGet(STTTT, '/robots.txt');
    expect(robots.body).toContain('Disallow: /quan-tri');
    expect(robots.body).toContain(`Sitemap: http://${STTTT}:`);
  });

  it('/api/v1/site, /api/v1/sites and the OpenAPI document', async () => {
    const site = JSON.parse((await rawGet(STTTT, '/api/v1/site')).body);
    expect(site).toMatchObject({ name: 'Sở Thông tin và Truyền thông', kind: 'DEPARTMENT', host: STTTT, aliases: ['stttt-khanhhoa.localhost'], status: 'ACTIVE' });
    const rootSites = JSON.parse((await rawGet(ROOT, '/api/v1/sites?pageSize=100')).body);
    expect(rootSites.total).toBeGreaterThanOrEqual(7);
    expect(rootSites.items.map((s: { host: string }) => s.host)).not.toContain(`sonbinh.khanhson.${ROOT}`);
    const district = JSON.parse((await rawGet(`khanhson.${ROOT}`, '/api/v1/sites')).body);
    // The district and its communes (another test may add a commune under it); never a site elsewhere.
    const districtHosts: string[] = district.items.map((s: { host: string }) => s.host);
    expect(districtHosts).toEqual(expect.arrayContaining([`khanhson.${ROOT}`, `sonthai.khanhson.${ROOT}`, `thanhson.khanhson.${ROOT}`]));
    expect(districtHosts.every((h) => h.endsWith(`khanhson.${ROOT}`))).toBe(true);
    const doc = JSON.parse((await rawGet(ROOT, '/api/v1/openapi.json')).body);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/site', '/api/v1/sites', '/api/v1/articles', '/api/v1/articles/{slug}']));
  });
});
