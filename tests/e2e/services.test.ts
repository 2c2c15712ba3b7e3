import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, axeViolations, browserPerFile, rawGet, screenshot, signIn, url } from '../helpers/browser';
import { htmlCheckerErrors } from '../helpers/html-checker';

// The demo province (prisma/seed/services.ts and docs/samples/): procedures on the root portal, two departments and two communes.
const SONTHAI = `sonthai.khanhson.${ROOT}`;
const STTTT = `stttt.${ROOT}`;
const STC = `stc.${ROOT}`;
const newPage = browserPerFile();
const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
const groups = (page: Page) => page.locator('.service-group > h2').allTextContents();
const names = (page: Page) => page.locator('.service-list h3').allTextContents();

describe('the province catalogue of public services (P1, P3)', () => {
  it('shows every unit’s procedures grouped by field and filters by unit, level and text', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/'));
    await page.locator('.site-nav').getByRole('link', { name: 'Dịch vụ công' }).click();
    await page.waitForURL(/\/dich-vu-cong$/);
    expect(await h1(page)).toBe('Thủ tục hành chính, dịch vụ công trực tuyến');
    expect(await page.locator('.meta[role="status"]').textContent()).toBe('18 thủ tục');
    expect(await groups(page)).toEqual(expect.arrayContaining(['Đất đai', 'Hộ tịch', 'Thành lập và hoạt động của doanh nghiệp', 'Công nghệ thông tin']));
    expect(await page.content()).not.toContain('Thủ tục nháp');
    await screenshot(page, 'services-root-1280');

    await page.getByLabel('Đơn vị').selectOption({ label: 'Sở Tài chính' });
    await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
    await page.waitForURL(/don-vi=stc/);
    expect(await groups(page)).toEqual(['Đầu tư tại Việt Nam', 'Thành lập và hoạt động của doanh nghiệp']);
    await page.getByLabel('Mức độ').selectOption({ label: 'Toàn trình' });
    await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
    await page.waitForURL(/muc-do=toan-trinh/);
    expect(await names(page)).toEqual(['Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'Đăng ký thành lập doanh nghiệp tư nhân', 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp']);
    // A unit's procedure links to its page on the unit's own host.
    expect(await page.getByRole('link', { name: 'Đăng ký thành lập doanh nghiệp tư nhân' }).getAttribute('href')).toBe(url(STC, '/dich-vu-cong/dang-ky-thanh-lap-doanh-nghiep-tu-nhan'));

    await page.getByRole('link', { name: 'Bỏ lọc' }).click();
    await page.waitForURL(/\/dich-vu-cong$/);
    await page.getByLabel('Tên hoặc mã thủ tục').fill('khai sinh');
    await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
    await page.waitForURL(/q=khai\+sinh/);
    expect(await page.locator('.service-list li .service-meta').allTextContents()).toEqual([
      expect.stringContaining('Đơn vị: Xã Sơn Thái'),
      expect.stringContaining('Đơn vị: Phường Nha Trang'),
    ]);
    await page.goto(url(ROOT, '/dich-vu-cong?q=2.001417'));
    expect(await names(page)).toEqual(['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam']);
    await page.goto(url(ROOT, '/dich-vu-cong?q=kh%C3%B4ng+c%C3%B3+th%E1%BB%A7+t%E1%BB%A5c+n%C3%A0o'));
    expect(await page.locator('main').textContent()).toContain('Không có thủ tục nào khớp với điều kiện tìm.');
  });

  it('a commune shows only its own procedures and filters them by field', async () => {
    const page = await newPage(320);
    await page.goto(url(SONTHAI, '/dich-vu-cong'));
    expect(await groups(page)).toEqual(['Chứng thực', 'Hộ tịch']);
    expect(await page.locator('.meta[role="status"]').textContent()).toBe('5 thủ tục');
    expect(await page.getByLabel('Đơn vị').count()).toBe(0);
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Chứng thực' });
    await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
    await page.waitForURL(/linh-vuc=/);
    expect(await names(page)).toEqual(['Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp']);
    await screenshot(page, 'services-commune-320');
    expect((await rawGet(SONTHAI, '/dich-vu-cong/dang-ky-thanh-lap-doanh-nghiep-tu-nhan')).status).toBe(404);
    expect((await rawGet(ROOT, '/dich-vu-cong/thu-tuc-nhap-cap-giay-phep-khai-thac-tai-nguyen-nuoc-dang-soan')).status).toBe(404);
  });
});

describe('a procedure page (P1, P2)', () => {
  it('shows every part, the form to download, the figures and where to file online, reached by code', async () => {
    const page = await newPage();
    await page.goto(url(SONTHAI, '/dich-vu-cong/1.001193'));
    expect(await h1(page)).toBe('Đăng ký khai sinh');
    const facts = await page.locator('.service-facts').textContent();
    for (const part of ['1.001193', 'Hộ tịch', 'Toàn trình', 'Ủy ban nhân dân cấp xã', 'Giấy khai sinh (bản chính hoặc bản điện tử)', 'Miễn lệ phí đăng ký khai sinh đúng hạn']) expect(facts).toContain(part);
    expect(await page.locator('section[aria-labelledby="trinh-tu"] ol > li').count()).toBe(4);
    expect(await page.locator('section[aria-labelledby="thanh-phan-ho-so"] li').first().textContent()).toBe('Tờ khai đăng ký khai sinh theo mẫu');
    expect(await page.getByRole('link', { name: /Nộp hồ sơ trực tuyến/ }).getAttribute('href')).toBe('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193');

    const rows = await page.locator('table.service-stats tbody tr').allTextContents();
    expect(rows[0]).toBe('Tháng 03/2026706663296,9%');
    expect(rows).toHaveLength(3);

    const form = page.getByRole('link', { name: 'Tờ khai đăng ký khai sinh' });
    const href = (await form.getAttribute('href'))!;
    const file = await rawGet(SONTHAI, href);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({ '@type': 'GovernmentService', name: 'Đăng ký khai sinh', identifier: '1.001193', availableChannel: { '@type': 'ServiceChannel' } });
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url(SONTHAI, '/dich-vu-cong/dang-ky-khai-sinh'));
    await screenshot(page, 'service-detail-1280');
  });

  it('links the legal basis to the document published on the province portal', async () => {
    const page = await newPage();
    await page.goto(url(STTTT, '/dich-vu-cong/2.002536'));
    const link = page.locator('section[aria-labelledby="can-cu"] a');
    expect(await link.count()).toBe(2);
    expect(await link.nth(1).getAttribute('href')).toBe(url(ROOT, '/van-ban/quyet-dinh-28-2025-qd-ubnd'));
    expect(await page.locator('table.service-stats tbody tr').first().textContent()).toContain('Năm 2026');
    await link.nth(1).click();
    await page.waitForURL(url(ROOT, '/van-ban/quyet-dinh-28-2025-qd-ubnd'));
  });

  it('lists the services in the public API with the unit of each', async () => {
    const r = await rawGet(ROOT, '/api/v1/services?level=PARTIAL&pageSize=100');
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body) as { items: { code: string; level: string; site: { host: string }; url: string }[]; total: number };
    expect(body.items.every((s) => s.level === 'PARTIAL')).toBe(true);
    expect(body.items.find((s) => s.code === '1.000894')).toMatchObject({ site: { host: SONTHAI }, url: url(SONTHAI, '/dich-vu-cong/dang-ky-ket-hon') });
    const own = JSON.parse((await rawGet(SONTHAI, '/api/v1/services')).body) as { total: number };
    expect(own.total).toBe(5);
    expect((await rawGet(ROOT, '/api/v1/services?level=4')).status).toBe(400);
    expect(JSON.parse((await rawGet(ROOT, '/api/v1/openapi.json')).body).paths['/api/v1/services']).toBeDefined();
  });
});

describe('console: an editor adds a procedure, the board publishes it', () => {
  it('saves a draft that the public does not see, then publishes it', async () => {
    const page = await newPage();
    await signIn(page, 'bientap@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.waitForURL(/\/quan-tri\/trang\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Thủ tục hành chính, dịch vụ công' }).click();
    await page.waitForURL(/\/dich-vu-cong$/);
    expect(await page.locator('main table').textContent()).toContain('Cấp giấy phép xuất bản bản tin');
    await page.getByRole('link', { name: 'Thêm thủ tục' }).click();
    await page.waitForURL(/\/dich-vu-cong\/moi$/);
    await page.getByLabel('Mã thủ tục').fill('1.003661');
    await page.getByLabel('Tên thủ tục').fill('Cấp lại giấy phép xuất bản bản tin');
    await page.getByLabel('Lĩnh vực', { exact: true }).fill('Báo chí');
    await page.getByLabel('Cơ quan thực hiện').fill('Sở Thông tin và Truyền thông tỉnh Khánh Hòa');
    expect(await page.getByRole('button', { name: 'Lưu và đăng' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.waitForURL(/\/dich-vu-cong\/[0-9a-f-]{36}\?da-luu=1$/);
    expect((await rawGet(STTTT, '/dich-vu-cong/1.003661')).status).toBe(404);
    const editUrl = page.url().replace('?da-luu=1', '');
    await page.context().close();

    const head = await newPage();
    await signIn(head, 'truongban@stttt.khanhhoa.gov.vn');
    await head.goto(editUrl);
    await head.getByRole('button', { name: 'Đăng', exact: true }).click();
    await head.getByText('Đã đăng thủ tục.').waitFor();
    expect((await rawGet(STTTT, '/dich-vu-cong/1.003661')).status).toBe(200);
    await head.getByRole('button', { name: 'Gỡ khỏi trang công khai' }).click();
    await head.getByText('Đã gỡ thủ tục khỏi trang công khai.').waitFor();
    expect((await rawGet(STTTT, '/dich-vu-cong/1.003661')).status).toBe(404);
  });
});

describe('public-service templates are accessible and valid', () => {
  const pages: [string, string][] = [
    [ROOT, '/dich-vu-cong'],
    [ROOT, '/dich-vu-cong?don-vi=stc&muc-do=toan-trinh'],
    [SONTHAI, '/dich-vu-cong'],
    [SONTHAI, '/dich-vu-cong/dang-ky-khai-sinh'],
    [ROOT, '/dich-vu-cong/cap-giay-phep-xay-dung-moi-doi-voi-cong-trinh-cap-dac-biet-cap-i-cap-ii'],
  ];
  it.each(pages)('%s%s: axe at 320 px and 1280 px, Nu HTML Checker', async (host, path) => {
    for (const width of [320, 1280]) {
      const page = await newPage(width);
      const res = await page.goto(url(host, path));
      expect(res?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (path === '/dich-vu-cong/dang-ky-khai-sinh') await screenshot(page, `service-detail-${width}`);
      await page.context().close();
    }
    expect(htmlCheckerErrors((await rawGet(host, path)).body)).toEqual([]);
  });
});
