import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, axeViolations, launchBrowser, rawGet, screenshot, url } from '../helpers/browser';
import { htmlCheckerErrors } from '../helpers/html-checker';

const PASSWORD = 'CongSo@2026';
const STTTT = `stttt.${ROOT}`;
const SONTHAI = `sonthai.khanhson.${ROOT}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width = 1280): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' })).newPage();
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
}

describe('introduction for citizens (C2)', () => {
  it('the menu leads to /gioi-thieu: pages grouped by kind, leaders, GovernmentOrganization JSON-LD', async () => {
    const page = await newPage();
    await page.goto(url(ROOT));
    await page.getByRole('navigation', { name: 'Chuyên mục chính' }).getByRole('link', { name: 'Giới thiệu' }).click();
    await page.waitForURL(/\/gioi-thieu$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Giới thiệu');
    expect(await page.locator('main').getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Cơ cấu tổ chức',
      'Chức năng, nhiệm vụ',
      'Lịch sử',
      'Địa lý',
      'Bản đồ hành chính',
      'Lãnh đạo',
      'Liên hệ',
    ]);
    expect(await page.locator('.person-card h3').allTextContents()).toEqual(['Lê Quang Vinh', 'Phạm Thị Minh Thư', 'Đỗ Hữu Khang', 'Võ Tấn Lộc']);
    const [org] = await jsonLd(page);
    expect(org).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      url: url(ROOT),
      address: { streetAddress: 'Số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa' },
      telephone: '0258 3822 661',
      email: 'congthongtin@khanhhoa.gov.vn',
    });
    expect(org).not.toHaveProperty('parentOrganization');
    expect(await page.locator('meta[name="DC.title"]').getAttribute('content')).toBe('Giới thiệu – Cổng thông tin điện tử tỉnh Khánh Hòa');
    await page.getByRole('link', { name: 'Vị trí địa lý và điều kiện tự nhiên' }).click();
    await page.waitForURL(/\/gioi-thieu\/dia-ly$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Vị trí địa lý và điều kiện tự nhiên');
    expect(await page.locator('.article__body h2').first().textContent()).toBe('Diện tích và dân số');
    expect(await page.getByRole('link', { name: 'English version' }).count()).toBe(0);
    await screenshot(page, 'intro-page-dia-ly');
  });

  it('a department names its parent organisation; its pages are its own', async () => {
    const page = await newPage();
    await page.goto(url(STTTT, '/gioi-thieu'));
    const [org] = await jsonLd(page);
    expect(org).toMatchObject({ name: 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa', parentOrganization: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân tỉnh Khánh Hòa', url: url(ROOT) } });
    expect((await rawGet(STTTT, '/gioi-thieu/qua-trinh-hinh-thanh')).status).toBe(200);
    expect((await rawGet(ROOT, '/gioi-thieu/qua-trinh-hinh-thanh')).status).toBe(404);
    const commune = await rawGet(SONTHAI, '/gioi-thieu');
    expect(commune.body).toContain('Ủy ban nhân dân xã Sơn Thái do Hội đồng nhân dân xã bầu');
    expect(commune.body).not.toContain('Lê Quang Vinh');
  });

  it('leadership list and profile: position, duties, phone, e-mail, Person JSON-LD; drafts absent', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/gioi-thieu/lanh-dao'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Lãnh đạo');
    const first = page.locator('.leader').first();
    expect(await first.locator('.leader__title').textContent()).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
    expect(await first.getByRole('link', { name: '0258 3822 001' }).getAttribute('href')).toBe('tel:02583822001');
    expect(await first.getByRole('link', { name: 'lqvinh@khanhhoa.gov.vn' }).getAttribute('href')).toBe('mailto:lqvinh@khanhhoa.gov.vn');
    expect(await first.locator('.duties li').allTextContents()).toEqual(['Tổ chức bộ máy, cán bộ, công chức, viên chức', 'Quy hoạch, kế hoạch phát triển kinh tế – xã hội', 'Quốc phòng, an ninh, đối ngoại']);
    expect(await page.locator('body').textContent()).not.toContain('Nguyễn Văn Nháp');
    await first.getByRole('link', { name: 'Lê Quang Vinh' }).click();
    await page.waitForURL(/\/gioi-thieu\/lanh-dao\/le-quang-vinh$/);
    const [person] = await jsonLd(page);
    expect(person).toMatchObject({
      '@type': 'Person',
      name: 'Lê Quang Vinh',
      jobTitle: 'Chủ tịch Ủy ban nhân dân tỉnh',
      telephone: '0258 3822 001',
      email: 'lqvinh@khanhhoa.gov.vn',
      worksFor: { name: 'Ủy ban nhân dân tỉnh Khánh Hòa' },
    });
    expect((await rawGet(ROOT, '/gioi-thieu/lanh-dao/nguyen-van-nhap')).status).toBe(404);
    await screenshot(page, 'intro-leader-profile');
  });

  it('a draft page is never shown, listed or offered to crawlers', async () => {
    const index = await rawGet(ROOT, '/gioi-thieu');
    expect(index.body).not.toContain('Bản nháp');
    expect((await rawGet(ROOT, '/gioi-thieu/quy-che-phoi-hop-cung-cap-thong-tin')).status).toBe(404);
    expect((await rawGet(STTTT, '/gioi-thieu/so-do-to-chuc-moi')).status).toBe(404);
    const sitemap = (await rawGet(ROOT, '/sitemap.xml')).body;
    expect(sitemap).toContain(`<loc>${url(ROOT, '/gioi-thieu/co-cau-to-chuc')}</loc>`);
    expect(sitemap).toContain(`<loc>${url(ROOT, '/gioi-thieu/lanh-dao/le-quang-vinh')}</loc>`);
    expect(sitemap).toContain(`<loc>${url(ROOT, '/en/gioi-thieu/organisation')}</loc>`);
    expect(sitemap).not.toContain('quy-che-phoi-hop');
    expect(sitemap).not.toContain('nguyen-van-nhap');
  });
});

describe('contacts and e-mail directory (C7)', () => {
  it('/lien-he shows the person in charge of the site, contact persons and the directory table', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/lien-he'));
    const inCharge = page.locator('section[aria-labelledby="nguoi-phu-trach"]');
    expect(await inCharge.locator('dd').allTextContents()).toEqual([
      'Nguyễn Thị Thanh Hương',
      'Giám đốc Trung tâm Công báo – Tin học',
      'Văn phòng Ủy ban nhân dân tỉnh',
      '0258 3822 661',
      'ntthuong@khanhhoa.gov.vn',
    ]);
    expect(await page.locator('section[aria-labelledby="dau-moi"] h3').allTextContents()).toEqual(['Trần Minh Đức', 'Hồ Văn Tài']);
    const table = page.getByRole('table', { name: 'Danh bạ thư điện tử công vụ của Cổng thông tin điện tử tỉnh Khánh Hòa' });
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(['Đơn vị', 'Người phụ trách', 'Thư điện tử', 'Điện thoại']);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(9);
    expect(await table.getByRole('link', { name: 'syt@khanhhoa.gov.vn' }).getAttribute('href')).toBe('mailto:syt@khanhhoa.gov.vn');
    await screenshot(page, 'intro-lien-he-1280');
    const small = await newPage(320);
    await small.goto(url(ROOT, '/lien-he'));
    // On a phone each row is a block whose cells carry their own label.
    expect(await small.locator('.directory-table tbody tr').first().locator('.cell-label').first().isVisible()).toBe(true);
    await screenshot(small, 'intro-lien-he-320');
  });
});

describe('English versions (C11)', () => {
  it('the language switch appears only where a translation exists and leads to lang="en" pages', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/gioi-thieu/co-cau-to-chuc'));
    await page.getByRole('link', { name: 'English version' }).click();
    await page.waitForURL(/\/en\/gioi-thieu\/organisation$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisation of the Provincial People’s Committee');
    expect(await page.locator('main [lang="en"]').first().getAttribute('lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Bản tiếng Việt' }).getAttribute('href')).toBe('/gioi-thieu/co-cau-to-chuc');
    await page.getByRole('link', { name: 'About us' }).first().click();
    await page.waitForURL(/\/en\/gioi-thieu$/);
    expect(await page.locator('main').getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Organisation', 'Functions and duties', 'Leadership', 'Contact']);
    expect(await page.locator('.person-card h3').first().textContent()).toBe('Lê Quang Vinh');
    expect(await page.locator('.person-card p').first().textContent()).toBe('Chairman of the Provincial People’s Committee');
    await screenshot(page, 'intro-en-index');
    // A commune without English content offers no switch, and its English index says so.
    const commune = await rawGet(SONTHAI, '/gioi-thieu');
    expect(commune.body).not.toContain('English version');
    expect((await rawGet(SONTHAI, '/en/gioi-thieu')).body).toContain('No information in English has been published yet.');
    expect((await rawGet(ROOT, '/en/gioi-thieu/lich-su')).status).toBe(404);
  });

  it('/en/lien-he: English labels, translated contact person and directory units', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/lien-he'));
    await page.getByRole('link', { name: 'English version' }).click();
    await page.waitForURL(/\/en\/lien-he$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Contact');
    const inCharge = page.locator('section[aria-labelledby="nguoi-phu-trach"]');
    expect(await inCharge.locator('dt').allTextContents()).toEqual(['Name', 'Position', 'Unit', 'Telephone', 'E-mail']);
    expect(await inCharge.locator('dd').nth(1).textContent()).toBe('Director of the Official Gazette and IT Centre');
    const table = page.getByRole('table', { name: 'Official e-mail directory of Khanh Hoa Provincial Portal' });
    expect(await table.locator('tbody th').first().textContent()).toBe('Office of the Provincial People’s Committee');
    // The governing body has no English name: it keeps lang="vi" inside the English page.
    expect(await page.locator('dd span[lang="vi"]', { hasText: 'Ủy ban nhân dân tỉnh Khánh Hòa' }).count()).toBe(1);
    await screenshot(page, 'intro-en-lien-he');
  });
});

describe('writing the introduction in the console', () => {
  async function signIn(page: Page, email: string) {
    await page.goto(url(ROOT, '/quan-tri/dang-nhap'));
    await page.getByLabel('Thư điện tử').fill(email);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri(\?|$)/);
  }

  it('a contributor writes a page (a reserved address is refused without losing input) and submits it; the editor reviews; the head approves; then it is public', async () => {
    const page = await newPage();
    await signIn(page, 'congtacvien@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.getByRole('link', { name: 'Trang giới thiệu' }).click();
    await page.getByRole('link', { name: 'Thêm trang giới thiệu' }).click();
    await page.getByLabel('Tiêu đề').fill('Bản đồ hành chính của Sở');
    await page.getByLabel('Đường dẫn').fill('lanh-dao');
    await page.getByLabel('Loại trang').selectOption('MAP');
    await page.getByRole('textbox', { name: 'Nội dung trang giới thiệu' }).click();
    await page.keyboard.type('Trụ sở Sở đặt tại phường Nha Trang.');
    expect(await page.getByRole('button', { name: 'Lưu và đăng' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Đường dẫn “lanh-dao” dành riêng cho trang Lãnh đạo');
    expect(await page.getByLabel('Tiêu đề').inputValue()).toBe('Bản đồ hành chính của Sở');
    expect(await page.getByRole('textbox', { name: 'Nội dung trang giới thiệu' }).textContent()).toBe('Trụ sở Sở đặt tại phường Nha Trang.');
    await page.getByLabel('Đường dẫn').fill('ban-do-hanh-chinh');
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.waitForURL(/\/gioi-thieu\/[0-9a-f-]{36}\?da-luu=1/);
    const editPath = new URL(page.url()).pathname;
    expect(await page.locator('.facts').textContent()).toContain('Chờ biên tập');
    expect(await page.getByRole('button', { name: 'Duyệt và đăng' }).count()).toBe(0);
    expect((await rawGet(STTTT, '/gioi-thieu/ban-do-hanh-chinh')).status).toBe(404);

    // The editor finds it in the pending work on the console home.
    const editor = await newPage();
    await signIn(editor, 'bientap@stttt.khanhhoa.gov.vn');
    await editor.getByRole('link', { name: 'Bản đồ hành chính của Sở' }).click();
    await editor.getByRole('button', { name: 'Biên tập xong, trình duyệt' }).click();
    await editor.waitForURL(/\?buoc=review/);
    expect((await rawGet(STTTT, '/gioi-thieu/ban-do-hanh-chinh')).status).toBe(404);

    const head = await newPage();
    await signIn(head, 'truongban@stttt.khanhhoa.gov.vn');
    await head.goto(url(ROOT, editPath));
    await head.getByRole('button', { name: 'Duyệt và đăng' }).click();
    await head.waitForURL(/\?buoc=approve/);
    expect(await head.locator('.facts').textContent()).toContain('Đã đăng');
    const r = await rawGet(STTTT, '/gioi-thieu/ban-do-hanh-chinh');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<p>Trụ sở Sở đặt tại phường Nha Trang.</p>');
    expect((await rawGet(STTTT, '/gioi-thieu')).body).toContain('Bản đồ hành chính của Sở');
    await screenshot(head, 'console-intro-page');
  });

  it('editing a published leader keeps the public profile until the head approves the new version; the versions compare side by side', async () => {
    const editor = await newPage();
    await signIn(editor, 'bientap@stttt.khanhhoa.gov.vn');
    await editor.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await editor.getByRole('link', { name: 'Lãnh đạo và người liên hệ' }).click();
    await editor.getByRole('link', { name: 'Huỳnh Quốc Bảo' }).first().click();
    await editor.waitForURL(/\/nhan-su\/[0-9a-f-]{36}$/);
    const editPath = new URL(editor.url()).pathname;
    const name = (await editor.getByRole('heading', { level: 1 }).textContent())!;
    const oldTitle = await editor.getByLabel('Chức vụ').inputValue();
    await editor.getByLabel('Chức vụ').fill(`${oldTitle} (kiêm nhiệm)`);
    await editor.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await editor.getByText(/và gửi duyệt\./).waitFor();
    const profile = (await rawGet(STTTT, '/gioi-thieu/lanh-dao')).body;
    expect(profile).toContain(oldTitle);
    expect(profile).not.toContain(`${oldTitle} (kiêm nhiệm)`);

    const head = await newPage();
    await signIn(head, 'truongban@stttt.khanhhoa.gov.vn');
    await head.goto(url(ROOT, editPath));
    expect(await head.locator('.warning-text', { hasText: 'Phiên bản mới dưới đây chỉ thay thế khi được duyệt' }).count()).toBe(1);
    await head.getByRole('button', { name: 'Biên tập xong, trình duyệt' }).click();
    await head.waitForURL(/\?buoc=review/);
    // The head reviewed it; a delegated deputy or the head approves (the editor wrote it).
    await head.getByRole('button', { name: 'Duyệt và đăng' }).click();
    await head.waitForURL(/\?buoc=approve/);
    expect((await rawGet(STTTT, '/gioi-thieu/lanh-dao')).body).toContain(`${oldTitle} (kiêm nhiệm)`);
    await head.getByRole('link', { name: 'Lịch sử phiên bản và so sánh' }).click();
    await head.waitForURL(/\/phien-ban$/);
    expect((await head.locator('ins').allTextContents()).join(' ')).toContain('kiêm');
    expect(await head.locator('body').textContent()).toContain(name);
    await screenshot(head, 'console-person-revisions');
  });

  it('the e-mail directory refuses an invalid address with a precise message, keeps the input, then shows the entry on /lien-he', async () => {
    const page = await newPage();
    await signIn(page, 'truongban@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.getByRole('link', { name: 'Danh bạ thư điện tử' }).click();
    await page.getByLabel('Tên đơn vị', { exact: true }).fill('Bộ phận Một cửa của Sở');
    await page.getByLabel('Thư điện tử').fill('motcua.stttt@khanhhoa');
    await page.getByRole('button', { name: 'Thêm vào danh bạ' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Địa chỉ thư điện tử không hợp lệ (ví dụ: vanphong@khanhhoa.gov.vn).');
    expect(await page.getByLabel('Tên đơn vị', { exact: true }).inputValue()).toBe('Bộ phận Một cửa của Sở');
    await page.getByLabel('Thư điện tử').fill('motcua.stttt@khanhhoa.gov.vn');
    await page.getByRole('button', { name: 'Thêm vào danh bạ' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thêm vào danh bạ.' }).waitFor();
    await page.getByRole('button', { name: 'Lên Bộ phận Một cửa của Sở' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đổi thứ tự.' }).waitFor();
    const units = await page.locator('table tbody th').allTextContents();
    expect(units.indexOf('Bộ phận Một cửa của Sở')).toBe(units.length - 2);
    const contact = await rawGet(STTTT, '/lien-he');
    expect(contact.body).toContain('<a href="mailto:motcua.stttt@khanhhoa.gov.vn">motcua.stttt@khanhhoa.gov.vn</a>');
    await screenshot(page, 'console-directory');
  });
});

describe('introduction templates are accessible and valid', () => {
  const pages: [string, string][] = [
    [ROOT, '/gioi-thieu'],
    [ROOT, '/gioi-thieu/co-cau-to-chuc'],
    [ROOT, '/gioi-thieu/lanh-dao'],
    [ROOT, '/gioi-thieu/lanh-dao/le-quang-vinh'],
    [ROOT, '/lien-he'],
    [ROOT, '/en/gioi-thieu'],
    [ROOT, '/en/gioi-thieu/organisation'],
    [ROOT, '/en/lien-he'],
    [STTTT, '/lien-he'],
  ];
  it.each(pages)('%s%s: axe at 320 px and 1280 px, Nu HTML Checker', async (host, path) => {
    for (const width of [320, 1280]) {
      const page = await newPage(width);
      const res = await page.goto(url(host, path));
      expect(res?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `intro-${host.split('.')[0]}${path.replace(/\//g, '_')}-${width}`);
      await page.context().close();
    }
    expect(htmlCheckerErrors((await rawGet(host, path)).body)).toEqual([]);
  });
});
