import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, axeViolations, browserPerFile, rawGet, screenshot, signIn, url } from '../helpers/browser';

const newPage = browserPerFile();
const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();

/** The root portal's console id, from the console home of someone who belongs only to it. */
async function rootSiteId(page: import('playwright-core').Page): Promise<string> {
  await page.goto(url(ROOT, '/quan-tri'));
  const href = await page.locator('a[href^="/quan-tri/trang/"]').first().getAttribute('href');
  return /\/quan-tri\/trang\/([0-9a-f-]{36})/.exec(href ?? '')![1]!;
}

describe('royalties, the board and the audit log in the console (E7, E1, O4)', () => {
  it('the board head grades a published article, sees it in the statement and downloads it as CSV and XLSX', async () => {
    const page = await newPage();
    await signIn(page, 'truongban@khanhhoa.gov.vn');
    const siteId = await rootSiteId(page);
    await page.goto(url(ROOT, `/quan-tri/trang/${siteId}`));
    await page.getByRole('link', { name: 'Nhuận bút' }).click();
    await page.waitForURL(/\/nhuan-but$/);
    await page.getByLabel('Năm').fill(String(year));
    await page.getByLabel('Tháng').selectOption({ label: 'Cả năm' });
    await page.getByRole('button', { name: 'Xem bảng kê' }).click();
    await page.waitForURL(/thang=ca-nam/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Nhuận bút — năm ${year}`);
    expect(await axeViolations(page)).toEqual([]);

    const first = page.locator('h2:has-text("Bài đã đăng chưa chấm") + ul a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/bai=/);
    expect(await page.getByRole('heading', { level: 2, name: `Chấm nhuận bút: ${title}` }).count()).toBe(1);
    // Shares that do not add up are refused with an error summary.
    await page.getByLabel('Hệ số nhuận bút', { exact: true }).fill('1,5');
    await page.getByLabel('Giá trị một hệ số (đồng)', { exact: true }).fill('234.000');
    await page.getByLabel('Tác giả 1', { exact: true }).fill('Minh Châu');
    await page.getByLabel('Tỷ lệ (%) của tác giả 1', { exact: true }).fill('60');
    await page.getByLabel('Tác giả 2', { exact: true }).fill('');
    await page.getByLabel('Tỷ lệ (%) của tác giả 2', { exact: true }).fill('');
    await page.getByLabel('Tác giả 3', { exact: true }).fill('');
    await page.getByLabel('Tỷ lệ (%) của tác giả 3', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Lưu nhuận bút' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Tỷ lệ của các tác giả phải cộng lại đủ 100% (hiện là 60%).');
    await page.getByLabel('Tác giả 2', { exact: true }).fill('Hồng Nhung');
    await page.getByLabel('Tỷ lệ (%) của tác giả 2', { exact: true }).fill('40');
    await page.getByRole('button', { name: 'Lưu nhuận bút' }).click();
    await expect.poll(() => page.locator('.notice[role="status"]').textContent()).toBe('Đã chấm nhuận bút: 351.000 đồng (Minh Châu: 210.600 đ; Hồng Nhung: 140.400 đ).');
    await screenshot(page, 'royalties-graded');

    await page.goto(url(ROOT, `/quan-tri/trang/${siteId}/nhuan-but?nam=${year}&thang=ca-nam`));
    const row = page.locator('tr', { has: page.getByRole('link', { name: title, exact: true }) });
    expect(await row.locator('td').allTextContents()).toEqual([title, expect.any(String), '1,5', '351.000 đ', 'Minh Châu (60%), Hồng Nhung (40%)']);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe(`nhuan-but-${year}.csv`);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith(`Bảng kê nhuận bút,Cổng thông tin điện tử tỉnh Khánh Hòa,năm ${year}\r\n`)).toBe(true);
    expect(text).toMatch(/\r\nMinh Châu,\d+,\d+\r\n/);
    expect(text).toContain(',1.5,351000,Hồng Nhung,40,140400\r\n');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel (XLSX)' }).click()]);
    expect(readFileSync((await xlsx.path())!).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('an editor may not download statements; anonymous requests are sent to sign in', async () => {
    const page = await newPage();
    await signIn(page, 'bientap@khanhhoa.gov.vn');
    const siteId = await rootSiteId(page);
    // From the signed-in browser itself (its cookies; *.localhost resolves there).
    const res = await page.evaluate(async (path) => {
      const r = await fetch(path);
      return { status: r.status, text: await r.text() };
    }, `/quan-tri/trang/${siteId}/nhuan-but/xuat?nam=${year}&thang=ca-nam&dinh-dang=csv`);
    expect(res).toEqual({ status: 403, text: 'Bạn không có quyền xem bảng kê nhuận bút của trang này.' });
    const anon = await rawGet(ROOT, `/quan-tri/trang/${siteId}/nhuan-but/xuat?nam=${year}&dinh-dang=csv`);
    expect([303, 307, 308]).toContain(anon.status);
    expect(anon.location).toContain('/quan-tri/dang-nhap');
  });

  it('the board page and the audit log are accessible, and the head finds the grading in the log', async () => {
    const page = await newPage();
    await signIn(page, 'truongban@khanhhoa.gov.vn');
    const siteId = await rootSiteId(page);
    await page.goto(url(ROOT, `/quan-tri/trang/${siteId}/ban-bien-tap`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ban biên tập');
    expect(await page.locator('td').allTextContents()).toEqual(expect.arrayContaining(['Phó trưởng ban biên tập']));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'board-page');
    await page.goto(url(ROOT, `/quan-tri/trang/${siteId}`));
    await page.getByRole('link', { name: 'Nhật ký của trang' }).click();
    await page.getByLabel('Hành động').fill('royalty.');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/action=royalty/);
    expect(await page.locator('tbody tr').first().textContent()).toContain('Nhuận bút: Chấm nhuận bút');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(url(ROOT, '/quan-tri/nhat-ky?from=2026-12-01&to=2026-11-01'));
    expect(await page.locator('.error-summary').textContent()).toContain('"Đến ngày" phải sau hoặc bằng "Từ ngày".');
    await screenshot(page, 'audit-log');
  });
});
