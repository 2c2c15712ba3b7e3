import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ROOT, axeViolations, browserPerFile, rawGet, screenshot, signIn, url } from '../helpers/browser';
import { htmlCheckerErrors } from '../helpers/html-checker';

const newPage = browserPerFile();

describe('every site by its hostname (T1, T2)', () => {
  it('three hosts show three different sites with their own banner, menu and footer', async () => {
    const page = await newPage();
    const seen: string[] = [];
    for (const [host, name] of [
      [ROOT, 'Cổng thông tin điện tử tỉnh Khánh Hòa'],
      [`stttt.${ROOT}`, 'Sở Thông tin và Truyền thông'],
      [`sonthai.khanhson.${ROOT}`, 'Xã Sơn Thái'],
    ] as const) {
      const response = await page.goto(url(host));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
      expect(await page.locator('.site-header__name').textContent()).toBe(name);
      expect(await page.getByRole('navigation', { name: 'Chuyên mục chính' }).getByRole('link', { name: 'Trang chủ' }).count()).toBe(1);
      expect(await page.locator('footer').textContent()).toContain('Cơ quan chủ quản');
      seen.push((await page.locator('footer').textContent()) ?? '');
      await screenshot(page, `home-${host.split('.')[0]}`);
    }
    expect(new Set(seen).size).toBe(3);
    // The commune banner names its parent district.
    expect(await page.locator('.site-header__parent').textContent()).toBe('Huyện Khánh Sơn');
  });

  it('the root portal lists every active site as a tree with links; archived ones are not listed', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/don-vi'));
    const tree = page.locator('main .tree');
    for (const name of ['Sở Thông tin và Truyền thông', 'Sở Tài chính', 'Huyện Khánh Sơn', 'Xã Sơn Thái', 'Xã Thành Sơn', 'Phường Nha Trang']) {
      expect(await tree.getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    expect(await tree.getByText('Xã Sơn Bình').count()).toBe(0);
    // Communes are nested under their district.
    expect(await page.locator('li:has(> a:text-is("Huyện Khánh Sơn")) ul a:text-is("Xã Sơn Thái")').count()).toBe(1);
    await page.getByRole('link', { name: 'Xã Sơn Thái', exact: true }).click();
    await page.waitForURL(url(`sonthai.khanhson.${ROOT}`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Xã Sơn Thái');
    // /don-vi exists on the root portal only.
    expect((await rawGet(`stttt.${ROOT}`, '/don-vi')).status).toBe(404);
  });

  it('an alias answers 301 to the same path and query on the primary host', async () => {
    const r = await rawGet(`stttt-khanhhoa.localhost`, '/lien-he?x=1&y=2');
    expect(r.status).toBe(301);
    expect(r.location).toBe(url(`stttt.${ROOT}`, '/lien-he?x=1&y=2'));
    const page = await newPage();
    await page.goto(url('stttt-khanhhoa.localhost', '/lien-he'));
    expect(page.url()).toBe(url(`stttt.${ROOT}`, '/lien-he'));
  });

  it('an unknown host answers the platform 404 with no tenant data', async () => {
    const page = await newPage();
    const response = await page.goto(url('khong-ton-tai.localhost'));
    expect(response?.status()).toBe(404);
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain('Không tìm thấy trang thông tin điện tử');
    expect(text).not.toContain('Khánh Hòa');
    expect(text).not.toContain('Sở');
  });

  it('an archived site with a successor redirects there; a missing path on a site is that site’s 404', async () => {
    const archived = await rawGet(`sonbinh.khanhson.${ROOT}`, '/');
    expect(archived.status).toBe(301);
    expect(archived.location).toBe(url(`sonthai.khanhson.${ROOT}`));
    const missing = await rawGet(`stttt.${ROOT}`, '/khong-co-trang-nay');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Sở Thông tin và Truyền thông');
  });

  it('internal routing headers and segments sent by a client change nothing', async () => {
    const direct = await rawGet(`stttt.${ROOT}`, `/s/${ROOT}`);
    expect(direct.status).toBe(404);
    expect(direct.body).not.toContain('Cổng thông tin điện tử tỉnh Khánh Hòa</h1>');
  });
});

describe('platform console (T3, O4)', () => {
  it('/quan-tri on a sub-site host goes to the root console with that site selected', async () => {
    const r = await rawGet(`stttt.${ROOT}`, '/quan-tri');
    expect(r.status).toBe(307);
    expect(r.location).toBe(url(ROOT, `/quan-tri?don-vi=stttt.${ROOT}`));
    const page = await newPage();
    await page.goto(url(`stttt.${ROOT}`, '/quan-tri'));
    await page.waitForURL(/\/quan-tri\/dang-nhap/);
    await page.getByLabel('Thư điện tử').fill(`quantri@stttt.khanhhoa.gov.vn`);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/don-vi=stttt/);
    expect(await page.getByRole('status').textContent()).toContain('Đang chọn: Sở Thông tin và Truyền thông');
  });

  it('shows a clear message for a wrong password', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/quan-tri/dang-nhap'));
    await page.getByLabel('Thư điện tử').fill('admin@khanhhoa.gov.vn');
    await page.getByLabel('Mật khẩu').fill('Sai@mat-khau1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Thư điện tử hoặc mật khẩu không đúng.');
    await screenshot(page, 'console-sign-in-error');
  });

  it('a console page without a session sends people to sign in', async () => {
    const r = await rawGet(ROOT, '/quan-tri/don-vi');
    expect([302, 303, 307]).toContain(r.status);
    expect(r.location).toContain('/quan-tri/dang-nhap');
  });

  it('a platform administrator creates a commune in one form; its host answers at once; suspending it answers 503', async () => {
    const page = await newPage();
    await signIn(page, 'admin@khanhhoa.gov.vn');
    await page.goto(url(ROOT, '/quan-tri/don-vi/moi'));
    await page.getByLabel('Tên đơn vị').fill('Xã Ba Cụm Bắc');
    // The console proposes the label from the Vietnamese name.
    expect(await page.getByLabel('Nhãn tên miền').inputValue()).toBe('bacumbac');
    await page.getByLabel('Loại đơn vị').selectOption('COMMUNE');
    await page.getByLabel('Đơn vị cấp trên').selectOption({ label: `Huyện Khánh Sơn (khanhson.${ROOT})` });
    await page.getByLabel('Tên miền phụ (không bắt buộc)').fill('bacumbac-khanhson.localhost');
    await page.getByLabel('Thư điện tử', { exact: true }).fill('quantri@bacumbac.khanhhoa.gov.vn');
    await page.getByLabel('Họ và tên').fill('Cao Thị Hạnh');
    await page.getByLabel('Mật khẩu ban đầu').fill('yeu');
    await page.getByRole('button', { name: 'Tạo trang' }).click();
    // A weak password is refused with the rules, and nothing typed is lost.
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Mật khẩu phải có ít nhất 8 ký tự.');
    expect(await page.getByLabel('Tên đơn vị').inputValue()).toBe('Xã Ba Cụm Bắc');
    await screenshot(page, 'console-create-error');
    await page.getByLabel('Mật khẩu ban đầu').fill('BaCum@Bac2026');
    await page.getByLabel('Địa chỉ').fill('Thôn Dốc Gạo, xã Ba Cụm Bắc');
    await page.getByRole('button', { name: 'Tạo trang' }).click();
    await page.waitForURL(/\/quan-tri\/don-vi\/[0-9a-f-]{36}\?da-tao=1/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Xã Ba Cụm Bắc');

    const host = `bacumbac.khanhson.${ROOT}`;
    const site = await newPage();
    const res = await site.goto(url(host));
    expect(res?.status()).toBe(200);
    expect(await site.getByRole('heading', { level: 1 }).textContent()).toBe('Xã Ba Cụm Bắc');
    expect((await rawGet('bacumbac-khanhson.localhost', '/lien-he')).location).toBe(url(host, '/lien-he'));

    await page.getByRole('button', { name: 'Tạm ngừng trang' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã tạm ngừng trang.' }).waitFor();
    const suspended = await rawGet(host);
    expect(suspended.status).toBe(503);
    expect(suspended.body).toContain('tạm ngừng hoạt động');
    expect(suspended.body).not.toContain('Thôn Dốc Gạo');
    await page.getByRole('button', { name: 'Mở lại trang' }).click();
    await page.getByRole('status').filter({ hasText: 'Trang đã hoạt động trở lại.' }).waitFor();
    expect((await rawGet(host)).status).toBe(200);

    await page.goto(url(ROOT, '/quan-tri/nhat-ky?action=site.'));
    const log = (await page.locator('table').textContent()) ?? '';
    expect(log).toContain('site.create');
    expect(log).toContain('site.suspend');
    expect(log).toContain('site.reactivate');
    expect(log).toContain('admin@khanhhoa.gov.vn');
  });

  it('a site super-admin sees only their site and cannot open the create form', async () => {
    const page = await newPage();
    await signIn(page, 'quantri@stttt.khanhhoa.gov.vn');
    const rows = await page.locator('main table tbody tr').count();
    expect(rows).toBe(1);
    const res = await page.goto(url(ROOT, '/quan-tri/don-vi/moi'));
    expect(res?.status()).toBe(404);
  });
});

describe('accessibility and small screens (WCAG 2.1 AA)', () => {
  const pages: [string, string][] = [
    [ROOT, '/'],
    [ROOT, '/don-vi'],
    [`stttt.${ROOT}`, '/'],
    [`stttt.${ROOT}`, '/lien-he'],
    [`sonthai.khanhson.${ROOT}`, '/'],
    [`stttt.${ROOT}`, '/khong-co'],
    [ROOT, '/quan-tri/dang-nhap'],
  ];
  it.each(pages)('%s%s has no axe violations at 320 px and desktop', async (host, path) => {
    for (const width of [320, 1280]) {
      const page = await newPage(width);
      await page.goto(url(host, path));
      expect(await axeViolations(page)).toEqual([]);
      // Nothing wider than the screen at 320 px.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (width === 320) await screenshot(page, `w320-${host.split('.')[0]}${path.replace(/\//g, '_')}`);
      await page.context().close();
    }
  });
});

describe('valid HTML (Nu HTML Checker)', () => {
  it.each([
    [ROOT, '/'],
    [ROOT, '/don-vi'],
    [`stttt.${ROOT}`, '/lien-he'],
    [`sonthai.khanhson.${ROOT}`, '/'],
    [`stttt.${ROOT}`, '/khong-co'],
    [ROOT, '/quan-tri/dang-nhap'],
  ])('%s%s has no HTML errors', async (host, path) => {
    const { body } = await rawGet(host, path);
    expect(htmlCheckerErrors(body)).toEqual([]);
  });
  it('the platform status pages are valid too', async () => {
    expect(htmlCheckerErrors((await rawGet('khong-ton-tai.localhost')).body)).toEqual([]);
  });
});
