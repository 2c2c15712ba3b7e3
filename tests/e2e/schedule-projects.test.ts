import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, currentIsoWeek, dayLabel, formatIsoWeek, shiftWeek, weekStart } from '@/modules/schedule/iso-week';
import { ROOT, axeViolations, launchBrowser, rawGet, screenshot, url } from '../helpers/browser';
import { htmlCheckerErrors } from '../helpers/html-checker';

const PASSWORD = 'CongSo@2026';
const STTTT = `stttt.${ROOT}`;
const KHANHSON = `khanhson.${ROOT}`;
const COASTAL = 'duong-ven-bien-cam-lam-cam-ranh-giai-doan-2';
const COASTAL_EN = 'cam-lam-cam-ranh-coastal-road-phase-2';
const TENDER = 'goi-thau-so-05-xay-lap-benh-vien-da-khoa-khu-vuc-cam-ranh-co-so-2';
const DRAFT_PROJECT = 'du-an-nang-cap-he-thong-thoat-nuoc-phuong-nha-trang-du-thao';
const LOCAL_ROAD = 'duong-giao-thong-lien-xa-son-thai-thanh-son';

// The demo schedule is written for the seed date's week and the next one (prisma/seed/schedule.ts).
const thisWeek = currentIsoWeek();
const nextWeek = shiftWeek(thisWeek, 1);
const lastWeek = shiftWeek(thisWeek, -1);
const monday = weekStart(thisWeek);

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

async function signIn(page: Page, email: string) {
  await page.goto(url(ROOT, '/quan-tri/dang-nhap'));
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/quan-tri(\?|$)/);
}

const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

describe('leaders’ weekly schedule for citizens (C4)', () => {
  it('shows this week by day, moves to the next and previous weeks, and never shows the draft', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/lich-cong-tac'));
    expect(await h1(page)).toBe(`Lịch công tác tuần ${thisWeek.week} năm ${thisWeek.year}`);
    expect(await page.getByRole('heading', { level: 2, name: new RegExp(`^${dayLabel(monday)}`) }).count()).toBe(1);
    const monSection = page.locator(`section[aria-labelledby="ngay-${monday}"]`);
    expect(await monSection.textContent()).toContain('Chủ trì giao ban lãnh đạo UBND tỉnh đầu tuần');
    expect(await monSection.locator('dt').first().textContent()).toBe('Nội dung');
    expect(await page.content()).not.toContain('Bản nháp: làm việc với đoàn thanh tra');
    await screenshot(page, 'schedule-root-1280');

    await page.getByRole('link', { name: 'Tuần sau →' }).click();
    await page.waitForURL(new RegExp(`\\?tuan=${formatIsoWeek(nextWeek)}$`));
    expect(await h1(page)).toBe(`Lịch công tác tuần ${nextWeek.week} năm ${nextWeek.year}`);
    expect(await page.locator('main').textContent()).toContain('Dự Kỳ họp thứ 12 Hội đồng nhân dân tỉnh khóa VIII');
    expect(await page.getByRole('link', { name: 'Tuần này' }).getAttribute('href')).toBe('/lich-cong-tac');

    await page.getByRole('link', { name: '← Tuần trước' }).click();
    await page.waitForURL(new RegExp(`\\?tuan=${formatIsoWeek(thisWeek)}$`));
    await page.getByRole('link', { name: '← Tuần trước' }).click();
    await page.waitForURL(new RegExp(`\\?tuan=${formatIsoWeek(lastWeek)}$`));
    expect(await page.locator('main').textContent()).toContain('Chưa có lịch công tác nào được đăng cho tuần này.');

    // The week picker is a plain GET form.
    await page.getByLabel('Xem tuần').fill(formatIsoWeek(nextWeek));
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    await page.waitForURL(new RegExp(`\\?tuan=${formatIsoWeek(nextWeek)}$`));
    expect(await h1(page)).toBe(`Lịch công tác tuần ${nextWeek.week} năm ${nextWeek.year}`);
  });

  it('explains a malformed or impossible week instead of failing', async () => {
    const bad = await rawGet(ROOT, '/lich-cong-tac?tuan=tuan-nay');
    expect(bad.status).toBe(200);
    expect(bad.body).toContain('“tuan-nay” không phải là một tuần hợp lệ.');
    expect(bad.body).toContain('<meta name="robots" content="noindex"/>');
    const impossible = await rawGet(ROOT, '/lich-cong-tac?tuan=2027-W53');
    expect(impossible.body).toContain('Năm 2027 không có tuần 53 (năm này có 52 tuần).');
    const w53 = await rawGet(ROOT, '/lich-cong-tac?tuan=2026-W53');
    expect(w53.body).toContain('Lịch công tác tuần 53 năm 2026');
    expect(w53.body).toContain('Từ Thứ Hai 28/12/2026 đến Chủ nhật 03/01/2027');
    expect(w53.body).toContain('href="/lich-cong-tac?tuan=2027-W01"');
  });

  it('each site shows only its own schedule; English exists only where English entries were published', async () => {
    const dept = await rawGet(STTTT, '/lich-cong-tac');
    expect(dept.body).toContain('Giao ban lãnh đạo Sở đầu tuần');
    expect(dept.body).not.toContain('Chủ trì giao ban lãnh đạo UBND tỉnh đầu tuần');
    expect(dept.body).not.toContain('English version');
    expect((await rawGet(ROOT, '/lich-cong-tac')).body).not.toContain('Giao ban lãnh đạo Sở đầu tuần');
    expect((await rawGet(STTTT, '/en/lich-cong-tac')).status).toBe(404);

    const page = await newPage();
    await page.goto(url(ROOT, '/lich-cong-tac'));
    await page.getByRole('link', { name: 'English version' }).click();
    await page.waitForURL(/\/en\/lich-cong-tac\?tuan=/);
    expect(await h1(page)).toBe(`Work schedule, week ${thisWeek.week} of ${thisWeek.year}`);
    expect(await page.locator('main').textContent()).toContain('Weekly meeting of the Provincial People’s Committee leadership');
    expect(await page.locator('main').textContent()).not.toContain('Chủ trì giao ban');
    expect(await page.getByRole('link', { name: 'Bản tiếng Việt' }).count()).toBe(1);
  });
});

describe('projects, investment, tenders and procurement for citizens (C6)', () => {
  it('filters by type and phase, then opens a tender with every field and its metadata', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/du-an'));
    expect(await h1(page)).toBe('Dự án, đầu tư, đấu thầu, mua sắm công');
    expect(await page.locator('.project-list > li').count()).toBe(3);
    expect(await page.content()).not.toContain('thoát nước phường Nha Trang');
    await page.getByLabel('Loại').selectOption({ label: 'Đấu thầu' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/\?loai=dau-thau/);
    const names = await page.locator('.project-list h2').allTextContents();
    expect(names).toEqual(['Gói thầu số 05: Xây lắp Bệnh viện Đa khoa khu vực Cam Ranh (cơ sở 2)']);
    await page.getByLabel('Giai đoạn').selectOption({ label: 'Đã hoàn thành' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/giai-doan=da-hoan-thanh/);
    expect(await page.locator('main').textContent()).toContain('Không có dự án nào khớp với điều kiện lọc.');
    await page.getByRole('link', { name: 'Bỏ lọc' }).click();
    await page.waitForURL(/\/du-an$/);
    await page.getByLabel('Giai đoạn').selectOption({ label: 'Chuẩn bị đầu tư' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/giai-doan=chuan-bi-dau-tu/);
    expect(await page.locator('.project-list h2').allTextContents()).toEqual(['Kêu gọi đầu tư Khu du lịch sinh thái Hòn Bà']);

    await page.goto(url(ROOT, '/du-an?loai=dau-thau'));
    await page.getByRole('link', { name: 'Gói thầu số 05: Xây lắp Bệnh viện Đa khoa khu vực Cam Ranh (cơ sở 2)' }).click();
    await page.waitForURL(new RegExp(`/du-an/${TENDER}$`));
    const facts = await page.locator('.project-facts').textContent();
    for (const part of ['Đấu thầu', 'Đang thực hiện', 'Y tế', 'Phường Cam Ranh, tỉnh Khánh Hòa', '540 ngày kể từ ngày hợp đồng có hiệu lực', '245.600.000.000 đồng', 'Ngân sách tỉnh', 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh']) {
      expect(facts).toContain(part);
    }
    expect(await page.locator('.article__body').innerHTML()).toContain('<p>Hình thức lựa chọn nhà thầu');
    expect(await page.locator('meta[name="DC.title"]').getAttribute('content')).toBe('Gói thầu số 05: Xây lắp Bệnh viện Đa khoa khu vực Cam Ranh (cơ sở 2)');
    expect(await page.locator('meta[name="DC.subject"]').getAttribute('content')).toBe('Đấu thầu; Y tế');
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(url(ROOT, `/du-an/${TENDER}`));
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({ '@type': 'WebPage', about: { '@type': 'Project', name: 'Gói thầu số 05: Xây lắp Bệnh viện Đa khoa khu vực Cam Ranh (cơ sở 2)' } });
    expect(await page.getByRole('link', { name: 'English version' }).count()).toBe(0);
    await screenshot(page, 'project-tender-1280');
  });

  it('filters by field on a district site and keeps each site’s projects on its own host', async () => {
    const page = await newPage();
    await page.goto(url(KHANHSON, '/du-an'));
    await page.getByLabel('Lĩnh vực').selectOption('Giáo dục');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/linh-vuc=Gi%C3%A1o\+d%E1%BB%A5c|linh-vuc=Gi%C3%A1o%20d%E1%BB%A5c/);
    expect(await page.locator('.project-list h2').allTextContents()).toEqual(['Mua sắm bàn ghế học sinh cho các trường tiểu học năm học 2026–2027']);
    expect((await rawGet(KHANHSON, `/du-an/${LOCAL_ROAD}`)).status).toBe(200);
    expect((await rawGet(ROOT, `/du-an/${LOCAL_ROAD}`)).status).toBe(404);
    expect((await rawGet(ROOT, `/du-an/${DRAFT_PROJECT}`)).status).toBe(404);
    expect((await rawGet(ROOT, '/du-an?loai=khong-co&trang=abc')).status).toBe(200);
  });

  it('an English version is linked both ways', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, `/du-an/${COASTAL}`));
    expect(await page.locator('.project-facts').textContent()).toContain('1.856.000.000.000 đồng');
    await page.getByRole('link', { name: 'English version' }).click();
    await page.waitForURL(new RegExp(`/en/du-an/${COASTAL_EN}$`));
    expect(await h1(page)).toBe('Cam Lam – Cam Ranh coastal road (phase 2)');
    expect(await page.locator('.project-facts').textContent()).toContain('VND 1,856,000,000,000');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('article.project').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Bản tiếng Việt' }).getAttribute('href')).toBe(`/du-an/${COASTAL}`);
    const en = await rawGet(ROOT, '/en/du-an');
    expect(en.body).toContain('Cam Lam – Cam Ranh coastal road (phase 2)');
    expect(en.body).not.toContain('Kêu gọi đầu tư');
  });

  it('sitemap.xml lists the schedule, the projects list and published project pages only', async () => {
    const r = await rawGet(ROOT, '/sitemap.xml');
    expect(r.body).toContain(`<loc>${url(ROOT, '/lich-cong-tac')}</loc>`);
    expect(r.body).toContain(`<loc>${url(ROOT, `/du-an/${COASTAL}`)}</loc>`);
    expect(r.body).toContain(`<loc>${url(ROOT, `/en/du-an/${COASTAL_EN}`)}</loc>`);
    expect(r.body).not.toContain(DRAFT_PROJECT);
    expect(r.body).not.toContain(LOCAL_ROAD);
  });
});

describe('writing the schedule and projects in the console (E2)', () => {
  it('a contributor writes an entry (a bad time is refused without losing what was typed); the editor reviews; the head approves the week', async () => {
    const page = await newPage();
    await signIn(page, 'congtacvien@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.getByRole('link', { name: 'Lịch công tác' }).click();
    expect(await h1(page)).toBe(`Lịch công tác tuần ${thisWeek.week} năm ${thisWeek.year}`);
    await page.getByRole('link', { name: 'Thêm lịch công tác' }).click();
    expect(await page.getByRole('button', { name: 'Lưu và đăng' }).count()).toBe(0);
    await page.getByLabel('Ngày', { exact: true }).fill(addDays(monday, 3));
    await page.getByLabel('Giờ bắt đầu').fill('15h30');
    await page.getByLabel('Giờ kết thúc').fill('15:00');
    await page.getByLabel('Lãnh đạo chủ trì').fill('Giám đốc Sở Trương Đình Phúc');
    await page.getByLabel('Nội dung công tác').fill('Làm việc với doanh nghiệp viễn thông về hạ tầng 5G');
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Giờ kết thúc phải sau giờ bắt đầu.');
    expect(await page.getByLabel('Nội dung công tác').inputValue()).toBe('Làm việc với doanh nghiệp viễn thông về hạ tầng 5G');
    expect(await page.getByLabel('Giờ bắt đầu').inputValue()).toBe('15h30');
    await screenshot(page, 'console-schedule-refused');
    await page.getByLabel('Giờ kết thúc').fill('17:00');
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.waitForURL(new RegExp(`/lich-cong-tac\\?tuan=${formatIsoWeek(thisWeek)}&da-luu=1$`));
    const row = page.locator('tr', { hasText: 'Làm việc với doanh nghiệp viễn thông về hạ tầng 5G' });
    expect(await row.textContent()).toContain('Chờ biên tập');
    expect((await rawGet(STTTT, '/lich-cong-tac')).body).not.toContain('Làm việc với doanh nghiệp viễn thông về hạ tầng 5G');

    const editor = await newPage();
    await signIn(editor, 'bientap@stttt.khanhhoa.gov.vn');
    await editor.goto(url(ROOT, new URL(page.url()).pathname + new URL(page.url()).search));
    await editor.getByRole('link', { name: 'Làm việc với doanh nghiệp viễn thông về hạ tầng 5G' }).click();
    await editor.getByRole('button', { name: 'Biên tập xong, trình duyệt' }).click();
    await editor.waitForURL(/\?buoc=review/);

    const head = await newPage();
    await signIn(head, 'truongban@stttt.khanhhoa.gov.vn');
    await head.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await head.getByRole('link', { name: 'Lịch công tác' }).click();
    await head.getByRole('button', { name: `Duyệt và đăng 1 mục chờ duyệt của tuần ${thisWeek.week}` }).click();
    await head.waitForURL(/da-duyet=1$/);
    await head.getByText(`Đã duyệt và đăng 1 mục lịch của tuần ${thisWeek.week}.`).first().waitFor();
    expect(await head.getByRole('button', { name: /Duyệt và đăng/ }).count()).toBe(0);
    const pub = await rawGet(STTTT, '/lich-cong-tac');
    expect(pub.body).toContain('Làm việc với doanh nghiệp viễn thông về hạ tầng 5G');
    expect(pub.body).toContain(`<time dateTime="${addDays(monday, 3)}T15:30">15:30</time>`);
  });

  it('a contributor drafts an entry but is not offered publishing; the draft stays private', async () => {
    const page = await newPage();
    await signIn(page, 'congtacvien@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.getByRole('link', { name: 'Lịch công tác' }).click();
    await page.getByRole('link', { name: 'Thêm lịch công tác' }).click();
    expect(await page.getByRole('button', { name: 'Lưu và đăng' }).count()).toBe(0);
    await page.getByLabel('Lãnh đạo chủ trì').fill('Phó Giám đốc Sở Lê Thị Thu Hà');
    await page.getByLabel('Nội dung công tác').fill('Nháp của cộng tác viên về lịch tiếp khách');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.waitForURL(/da-luu=1$/);
    expect(await page.locator('table').textContent()).toContain('Bản nháp');
    expect(await page.getByRole('button', { name: /Duyệt và đăng/ }).count()).toBe(0);
    expect((await rawGet(STTTT, '/lich-cong-tac')).body).not.toContain('Nháp của cộng tác viên');
  });

  it('an editor adds a procurement item with the rich-text editor; the head reviews and approves it; it appears on the department host', async () => {
    const page = await newPage();
    await signIn(page, 'bientap@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.getByRole('link', { name: 'Dự án', exact: true }).click();
    await page.getByRole('link', { name: 'Thêm dự án' }).click();
    await page.getByLabel('Tên dự án, gói thầu').fill('Mua sắm phần mềm quản lý văn bản năm 2027');
    await page.getByLabel('Mục tiêu').fill('Thay thế phần mềm cũ, kết nối trục liên thông văn bản quốc gia.');
    await page.getByLabel('Loại').selectOption({ label: 'Mua sắm công' });
    await page.getByLabel('Tổng mức đầu tư (đồng)').fill('1,5 tỷ');
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Tổng mức đầu tư phải là số tiền bằng đồng');
    expect(await page.getByLabel('Tên dự án, gói thầu').inputValue()).toBe('Mua sắm phần mềm quản lý văn bản năm 2027');
    await page.getByLabel('Tổng mức đầu tư (đồng)').fill('1.500.000.000');
    const editor = page.getByRole('textbox', { name: 'Thông tin chi tiết của dự án' });
    await editor.click();
    await page.keyboard.type('Hình thức: chào hàng cạnh tranh.');
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.waitForURL(/\/du-an\/[0-9a-f-]{36}\?da-luu=1$/);
    const editPath = new URL(page.url()).pathname;
    expect(await page.locator('dl.facts').textContent()).toContain('Chờ biên tập');
    expect((await rawGet(STTTT, '/du-an/mua-sam-phan-mem-quan-ly-van-ban-nam-2027')).status).toBe(404);

    const head = await newPage();
    await signIn(head, 'truongban@stttt.khanhhoa.gov.vn');
    await head.goto(url(ROOT, editPath));
    await head.getByRole('button', { name: 'Biên tập xong, trình duyệt' }).click();
    await head.waitForURL(/\?buoc=review/);
    await head.getByRole('button', { name: 'Duyệt và đăng' }).click();
    await head.waitForURL(/\?buoc=approve/);
    const r = await rawGet(STTTT, '/du-an/mua-sam-phan-mem-quan-ly-van-ban-nam-2027');
    expect(r.status).toBe(200);
    expect(r.body).toContain('1.500.000.000 đồng');
    expect(r.body).toContain('<p>Hình thức: chào hàng cạnh tranh.</p>');
    await screenshot(head, 'console-project-approved');
  });
});

describe('schedule and project templates are accessible and valid', () => {
  const pages: [string, string][] = [
    [ROOT, '/lich-cong-tac'],
    [ROOT, `/lich-cong-tac?tuan=${formatIsoWeek(lastWeek)}`],
    [ROOT, '/lich-cong-tac?tuan=khong-hop-le'],
    [ROOT, '/en/lich-cong-tac'],
    [STTTT, '/lich-cong-tac'],
    [ROOT, '/du-an'],
    [ROOT, '/du-an?loai=dau-thau&giai-doan=dang-thuc-hien'],
    [ROOT, `/du-an/${COASTAL}`],
    [ROOT, `/du-an/${TENDER}`],
    [ROOT, `/en/du-an/${COASTAL_EN}`],
    [KHANHSON, '/du-an'],
  ];
  it.each(pages)('%s%s: axe at 320 px and 1280 px, Nu HTML Checker', async (host, path) => {
    for (const width of [320, 1280]) {
      const page = await newPage(width);
      const res = await page.goto(url(host, path));
      expect(res?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (width === 320 && (path === '/lich-cong-tac' || path.startsWith('/du-an/'))) await screenshot(page, `${host.split('.')[0]}${path.replace(/[^a-z0-9]+/g, '-')}-320`);
      await page.context().close();
    }
    expect(htmlCheckerErrors((await rawGet(host, path)).body)).toEqual([]);
  });
});
