import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, axeViolations, launchBrowser, rawGet, screenshot, signIn, url } from '../helpers/browser';
import { sql } from '../helpers/db';
import { htmlCheckerErrors } from '../helpers/html-checker';

// The demo province (prisma/seed/citizens.ts): answered questions and two consultations on the root portal.
const STC = `stc.${ROOT}`;
const OPEN = '/gop-y-du-thao/du-thao-quy-dinh-ho-tro-chuyen-doi-so-cho-ho-kinh-doanh-tren-dia-ban-tinh';
const CLOSED = '/gop-y-du-thao/du-thao-quy-che-quan-ly-cho-tren-dia-ban-tinh';
const PUBLISHED_QUESTION = '/hoi-dap/thoi-han-cap-lai-can-cuoc-khi-bi-mat';
const MAIL_DIR = join(import.meta.dirname, '..', '..', '.data', 'mail');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
const newPage = async (options: { width?: number; javaScript?: boolean } = {}): Promise<Page> =>
  (await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'vi-VN', javaScriptEnabled: options.javaScript ?? true })).newPage();

function mailsWith(text: string): string[] {
  try {
    return readdirSync(MAIL_DIR)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => readFileSync(join(MAIL_DIR, f), 'utf8'))
      .filter((raw) => raw.includes(text));
  } catch {
    return [];
  }
}

/** The .eml the job worker wrote for this tracking code (the worker runs every second; wait for it). */
async function mailWith(text: string): Promise<string> {
  for (let i = 0; i < 60; i++) {
    let files: string[] = [];
    try {
      files = readdirSync(MAIL_DIR).filter((f) => f.endsWith('.eml'));
    } catch {
      /* not written yet */
    }
    for (const f of files) {
      const raw = readFileSync(join(MAIL_DIR, f), 'utf8');
      if (raw.includes(text)) return raw;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Không thấy thư chứa ${text}`);
}

describe('a citizen asks, the board answers, the citizen tracks it (I1)', () => {
  it('ask → code on the page and in the mail → assigned, drafted, approved in the console → tracked → published', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, '/'));
    await page.locator('.site-nav').getByRole('link', { name: 'Hỏi đáp' }).click();
    await page.waitForURL(/\/hoi-dap$/);
    await page.getByRole('link', { name: 'Gửi câu hỏi' }).click();
    await page.waitForURL(/\/hoi-dap\/gui-cau-hoi$/);
    // Refused first: the error summary names the fields, and what was typed stays.
    await page.getByLabel('Họ và tên').fill('Võ Thị Thanh');
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Thư điện tử: Thư điện tử là bắt buộc.');
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Võ Thị Thanh');
    await page.getByLabel('Thư điện tử').fill('vothithanh@example.vn');
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Y tế, bảo hiểm' });
    await page.getByLabel('Tiêu đề').fill('Cấp lại thẻ bảo hiểm y tế bị mất');
    await page.getByLabel('Nội dung câu hỏi').fill('Tôi làm mất thẻ bảo hiểm y tế, xin hỏi có cần cấp lại thẻ giấy hay chỉ dùng ứng dụng VNeID là đủ khi đi khám?');
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    expect(code).toMatch(/^HD-\d{4}-[23456789A-Z]{8}$/);
    await screenshot(page, 'citizens-asked-1280');
    const mail = await mailWith(code);
    expect(mail).toMatch(/^To: vothithanh@example\.vn$/m);

    const [q] = await sql<{ id: string; siteId: string }>('SELECT id, "siteId" FROM questions WHERE code = $1', [code]);
    const head = await newPage();
    await signIn(head, 'truongban@khanhhoa.gov.vn');
    await head.goto(url(ROOT, `/quan-tri/trang/${q!.siteId}/hoi-dap?loc=moi`));
    await head.getByRole('link', { name: 'Cấp lại thẻ bảo hiểm y tế bị mất' }).click();
    await head.waitForURL(/\/hoi-dap\/[0-9a-f-]{36}$/);
    expect(await head.locator('dl.facts').textContent()).toContain('vothithanh@example.vn');
    await head.getByLabel('Người xử lý').selectOption({ label: 'Lê Hoàng Yến (Biên tập viên)' });
    await head.getByRole('button', { name: 'Phân công' }).click();
    await expect.poll(() => head.getByTestId('console-status').textContent()).toBe('Đã giao xử lý');
    await head.getByLabel('Nội dung trả lời').fill('Ông/bà có thể dùng thẻ bảo hiểm y tế trên VNeID khi đi khám, không cần cấp lại thẻ giấy.');
    await head.getByRole('button', { name: 'Lưu và trình duyệt' }).click();
    await expect.poll(() => head.getByTestId('console-status').textContent()).toBe('Chờ duyệt trả lời');
    // Nobody approves their own answer: the head sees no approval form.
    expect(await head.getByRole('button', { name: 'Duyệt và gửi trả lời' }).count()).toBe(0);
    await screenshot(head, 'citizens-console-question-1280');

    const deputy = await newPage();
    await signIn(deputy, 'phoban@khanhhoa.gov.vn');
    await deputy.goto(head.url());
    await deputy.getByRole('button', { name: 'Duyệt và gửi trả lời' }).click();
    await expect.poll(() => deputy.getByTestId('console-status').textContent()).toBe('Đã trả lời · đã đăng công khai');
    // The answer mail goes through the job queue: the second message with this code.
    await expect.poll(() => mailsWith(code).length, { timeout: 30_000 }).toBe(2);

    const track = await newPage({ width: 320 });
    await track.goto(url(ROOT, '/hoi-dap/tra-cuu'));
    await track.getByLabel('Mã tra cứu').fill(code.toLowerCase());
    await track.getByRole('button', { name: 'Tra cứu' }).click();
    await expect.poll(() => track.getByTestId('question-status').textContent()).toBe('Đã trả lời');
    const result = await track.locator('section[aria-labelledby="ket-qua-tra-cuu"]').textContent();
    expect(result).toContain('không cần cấp lại thẻ giấy');
    expect(result).not.toContain('Võ Thị Thanh');
    await screenshot(track, 'citizens-tracked-320');
    await track.getByRole('link', { name: 'Xem câu hỏi đã đăng công khai' }).click();
    await track.waitForURL(/\/hoi-dap\/cap-lai-the-bao-hiem-y-te-bi-mat$/);
    const body = await track.locator('main').textContent();
    expect(body).toContain('Công dân');
    expect(body).not.toMatch(/Võ Thị Thanh|vothithanh/);
  });
});

describe('consultations on drafts (I2)', () => {
  it('comments on an open draft, and finds a closed one refusing comments with its report', async () => {
    const page = await newPage();
    await page.goto(url(ROOT, OPEN));
    expect(await page.getByTestId('consultation-phase').textContent()).toBe('Đang lấy ý kiến');
    await page.getByLabel('Họ và tên').fill('Phan Văn Đức');
    await page.getByLabel('Thư điện tử').fill('phanvanduc@example.vn');
    await page.getByLabel('Góp ý cho').selectOption({ label: 'Điều 3. Nguyên tắc thực hiện' });
    await page.getByLabel('Nội dung góp ý').fill('Đề nghị bổ sung nguyên tắc ưu tiên hộ kinh doanh ở xã miền núi.');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã gửi góp ý' }).count()).toBe(1);
    await screenshot(page, 'citizens-consultation-open-1280');
    const [c] = await sql<{ status: string; article: string }>(`SELECT status, article FROM consultation_comments WHERE "authorEmail" = 'phanvanduc@example.vn'`);
    expect(c).toEqual({ status: 'PENDING', article: 'Điều 3' });

    await page.goto(url(ROOT, CLOSED));
    expect(await page.getByTestId('consultation-phase').textContent()).toBe('Đã hết hạn lấy ý kiến');
    expect(await page.getByTestId('consultation-closed').textContent()).toContain('không nhận thêm góp ý');
    expect(await page.getByRole('button', { name: 'Gửi góp ý' }).count()).toBe(0);
    expect(await page.locator('#bao-cao').textContent()).toBe('Báo cáo tiếp thu, giải trình ý kiến góp ý');
    expect(await page.locator('.comment-list > li').count()).toBe(2);
    expect(await page.content()).not.toContain('@example.vn');
  });
});

describe('rating, page feedback and sharing (I3)', () => {
  it('rates the site from the footer link and answers "useful?" without JavaScript', async () => {
    const page = await newPage({ width: 320 });
    await page.goto(url(ROOT, '/'));
    await page.locator('.site-footer').getByRole('link', { name: 'Đánh giá trang' }).click();
    await page.waitForURL(/\/danh-gia$/);
    await page.getByRole('group', { name: 'Giao diện' }).getByLabel('5 – Rất tốt').check();
    await page.getByRole('group', { name: 'Nội dung' }).getByLabel('4 – Tốt').check();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Cảm ơn ông/bà đã đánh giá trang.');

    const noJs = await newPage({ javaScript: false });
    await noJs.goto(url(ROOT, '/tin-tuc'));
    await noJs.locator('main article a, main h2 a, main h3 a').first().click();
    await noJs.waitForURL(/\/tin-tuc\/[^/]+$/);
    const share = noJs.locator('.share-links');
    expect(await share.getByRole('link', { name: /Facebook/ }).getAttribute('href')).toMatch(/^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=http/);
    expect(await share.getByRole('link', { name: /^X/ }).getAttribute('href')).toMatch(/^https:\/\/x\.com\/intent\/post\?url=/);
    expect(await share.getByRole('link', { name: /Zalo/ }).count()).toBe(1);
    expect(await noJs.locator('script[src*="facebook"], script[src*="zalo"], script[src*="twitter"]').count()).toBe(0);
    expect(await noJs.locator('#da-ghi-nhan').isVisible()).toBe(false);
    await noJs.getByRole('group', { name: 'Thông tin này có hữu ích không?' }).getByRole('button', { name: 'Có' }).click();
    await noJs.waitForURL(/#da-ghi-nhan$/);
    expect(await noJs.locator('#da-ghi-nhan').isVisible()).toBe(true);
    await screenshot(noJs, 'citizens-feedback-nojs-1280');
    const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM page_feedback WHERE helpful AND path LIKE '/tin-tuc/%'`);
    expect(row!.n).toBeGreaterThan(0);
  });
});

describe('abuse resistance (I4)', () => {
  it('limits tracking guesses per address with a clear message, also without JavaScript', async () => {
    const page = await newPage({ javaScript: false });
    const messages: string[] = [];
    for (let i = 0; i < 11; i++) {
      await page.goto(url(STC, '/hoi-dap/tra-cuu'));
      await page.getByLabel('Mã tra cứu').fill('HD-2026-AAAAAAAA');
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Tra cứu' }).click()]);
      await page.locator('.error-summary').waitFor();
      messages.push((await page.locator('.error-summary').textContent()) ?? '');
      // The typed code is kept without JavaScript too.
      expect(await page.getByLabel('Mã tra cứu').inputValue()).toBe('HD-2026-AAAAAAAA');
    }
    expect(messages.slice(0, 10).every((m) => m.includes('Không tìm thấy câu hỏi với mã này.'))).toBe(true);
    expect(messages[10]).toContain('Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau khoảng');
    await screenshot(page, 'citizens-rate-limited-1280');
  });
});

describe('accessibility and valid HTML of the new public pages', () => {
  const pages = ['/hoi-dap', '/hoi-dap/gui-cau-hoi', '/hoi-dap/tra-cuu', PUBLISHED_QUESTION, '/gop-y-du-thao', OPEN, CLOSED, '/danh-gia'];
  for (const width of [320, 1280]) {
    it(`passes axe-core at ${width}px`, async () => {
      const page = await newPage({ width });
      for (const path of pages) {
        await page.goto(url(ROOT, path));
        expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      }
      await page.goto(url(ROOT, OPEN));
      await screenshot(page, `citizens-consultation-${width}`);
      await page.goto(url(ROOT, '/hoi-dap'));
      await screenshot(page, `citizens-qa-${width}`);
    });
  }

  it('passes the Nu HTML checker', async () => {
    for (const path of pages) {
      const res = await rawGet(ROOT, path);
      expect(res.status).toBe(200);
      expect({ path, errors: htmlCheckerErrors(res.body) }).toEqual({ path, errors: [] });
    }
  });
});
