import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, axeViolations, launchBrowser, rawGet, screenshot, url } from '../helpers/browser';
import { htmlCheckerErrors } from '../helpers/html-checker';

const PASSWORD = 'CongSo@2026';
const STTTT = `stttt.${ROOT}`;
const ALBUM = '/thu-vien-anh/ve-dep-bien-dao-khanh-hoa';
const VIDEO_ALBUM = '/video/video-gioi-thieu-va-tuyen-truyen';
const DRAFT = '/thu-vien-anh/album-nhap-le-ra-quan-chuyen-doi-so-chua-duyet';
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

/** Scrolls through the page so lazy images load, then returns every image's state and address. */
async function imagesOf(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(() => [...document.images].every((i) => i.complete), undefined, { timeout: 30_000 });
  return page.evaluate(() => [...document.images].map((i) => ({ alt: i.alt, src: i.currentSrc || i.src, loaded: i.naturalWidth > 0 })));
}

async function signIn(page: Page, email: string) {
  await page.goto(url(ROOT, '/quan-tri/dang-nhap'));
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/quan-tri(\?|$)/);
  await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
}

describe('photo and video galleries for citizens (C10)', () => {
  it('album list → album → every picture loads on the site host, each linking to its large version', async () => {
    const page = await newPage();
    await page.goto(url(ROOT));
    await page.getByRole('navigation', { name: 'Chuyên mục chính' }).getByRole('link', { name: 'Thư viện ảnh' }).click();
    await page.waitForURL(/\/thu-vien-anh$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thư viện ảnh');
    const titles = await page.locator('.gallery-card__title').allTextContents();
    expect(titles).toEqual(['Hội nghị tổng kết công tác năm 2026 của UBND tỉnh', 'Vẻ đẹp biển đảo Khánh Hòa', 'Ngày hội Đại đoàn kết toàn dân tộc năm 2026']);
    expect(await page.locator('.gallery-card .meta').nth(1).textContent()).toMatch(/^\d{2}\/\d{2}\/2026 · 8 ảnh$/);
    expect((await imagesOf(page)).filter((i) => !i.loaded)).toEqual([]);
    await screenshot(page, 'galleries-list');

    await page.getByRole('link', { name: 'Vẻ đẹp biển đảo Khánh Hòa' }).click();
    await page.waitForURL(new RegExp(`${ALBUM}$`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Vẻ đẹp biển đảo Khánh Hòa');
    const figures = page.locator('.photo-grid figure');
    expect(await figures.count()).toBe(8);
    expect(await figures.first().locator('figcaption').textContent()).toBe('Bình minh trên vịnh Nha Trang');
    const images = await imagesOf(page);
    const photos = images.filter((i) => i.src.includes('/media/'));
    expect(photos).toHaveLength(8);
    expect(photos.every((p) => p.loaded && p.alt.startsWith('Ảnh minh họa:'))).toBe(true);
    for (const p of photos) expect((await rawGet(ROOT, new URL(p.src).pathname)).status).toBe(200);
    const large = await page.locator('.photo-grid a').first().getAttribute('href');
    expect(large).toMatch(/^\/media\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/w1920\.webp$/);
    const full = await rawGet(ROOT, large!);
    expect([full.status, full.headers['content-type']]).toEqual([200, 'image/webp']);
    // Another unit's host does not serve the province's pictures.
    expect((await rawGet(`stc.${ROOT}`, large!)).status).toBe(404);
    expect(await page.locator('meta[name="DC.title"]').getAttribute('content')).toBe('Vẻ đẹp biển đảo Khánh Hòa');
    expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)['@type']).toBe('ImageGallery');
    await screenshot(page, 'galleries-album');

    await page.getByRole('link', { name: 'English version' }).click();
    await page.waitForURL(/\/en\/thu-vien-anh\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The beauty of Khanh Hoa’s sea and islands');
  });

  it('the draft album and other sites’ albums are never shown', async () => {
    const list = await rawGet(ROOT, '/thu-vien-anh');
    expect(list.status).toBe(200);
    expect(list.body).not.toContain('Album nháp');
    expect((await rawGet(ROOT, DRAFT)).status).toBe(404);
    const dept = await rawGet(STTTT, '/thu-vien-anh');
    expect(dept.body).toContain('Hội nghị triển khai Đề án 06 năm 2026');
    expect(dept.body).not.toContain('Vẻ đẹp biển đảo Khánh Hòa');
    expect((await rawGet(STTTT, ALBUM)).status).toBe(404);
    // A photo album is not a video album.
    expect((await rawGet(ROOT, ALBUM.replace('/thu-vien-anh/', '/video/'))).status).toBe(404);
    const sitemap = (await rawGet(ROOT, '/sitemap.xml')).body;
    expect(sitemap).toContain(`${ALBUM}</loc>`);
    expect(sitemap).toContain(`${VIDEO_ALBUM}</loc>`);
    expect(sitemap).toContain('/en/thu-vien-anh/the-beauty-of-khanh-hoa-s-sea-and-islands</loc>');
    expect(sitemap).not.toContain('album-nhap');
  });

  it('external videos are links; the YouTube player loads only when the visitor asks for it', async () => {
    const page = await rawGet(ROOT, VIDEO_ALBUM);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<iframe');
    expect(page.body).toContain('href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"');
    expect(page.body).toContain('href="https://vtv.vn/"');
    const play = /href="(\?xem=[0-9a-f-]{36}#video-[0-9a-f-]{36})"/.exec(page.body)![1]!.replace(/&amp;/g, '&');
    const playing = await rawGet(ROOT, `${VIDEO_ALBUM}${play.split('#')[0]}`);
    expect(playing.body).toMatch(/<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ" title="Video: Video minh họa của dữ liệu mẫu[^"]*" loading="lazy"/);
    expect(htmlCheckerErrors(playing.body)).toEqual([]);
  });
});

describe('links and banners on the home page (C8, C9)', () => {
  it('shows the banner inside its dates, not the expired or future ones, and the links to state portals', async () => {
    for (const width of [1280, 320]) {
      const page = await newPage(width);
      await page.goto(url(ROOT));
      const top = page.getByRole('complementary', { name: 'Banner trang chủ' });
      const banner = top.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia: nộp hồ sơ, thanh toán trực tuyến 24/7' });
      expect(await banner.getAttribute('href')).toBe('https://dichvucong.gov.vn/');
      expect(await banner.isVisible()).toBe(true);
      const images = await imagesOf(page);
      expect(images.filter((i) => !i.loaded)).toEqual([]);
      expect(images.map((i) => i.alt)).toEqual(expect.arrayContaining(['Tra cứu văn bản pháp luật tại vbpl.vn']));
      expect(images.some((i) => i.alt.includes('hết hạn') || i.alt.includes('chưa đến ngày'))).toBe(false);
      const links = page.getByRole('navigation', { name: 'Liên kết website' });
      expect(await links.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Cổng thông tin Chính phủ', 'Các bộ, ngành', 'Các tỉnh, thành phố']);
      const gov = links.getByRole('link', { name: 'Cổng Thông tin điện tử Chính phủ' });
      expect(await gov.getAttribute('href')).toBe('https://chinhphu.vn/');
      expect(await gov.isVisible()).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `home-banners-links-${width}`);
      await page.context().close();
    }
    // A department shows its own shorter set.
    const dept = await rawGet(STTTT, '/');
    expect(dept.body).toContain('Cổng thông tin điện tử tỉnh Khánh Hòa</a>');
    expect(dept.body).not.toContain('Bộ Tư pháp');
    expect(dept.body).toContain('alt="Cảnh giác lừa đảo trên mạng: tra cứu cảnh báo tại khonggianmang.vn"');
  });
});

describe('managing galleries, links and banners in the console', () => {
  it('a contributor uploads several photos into a new album in one form and submits it (a missing description refused first); the editor edits; the head approves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congso-e2e-album-'));
    const files = [];
    for (const [i, colour] of [[1, { r: 30, g: 110, b: 180 }], [2, { r: 200, g: 150, b: 30 }]] as const) {
      const f = join(dir, `Ảnh hội thảo ${i}.png`);
      writeFileSync(f, await sharp({ create: { width: 1200, height: 800, channels: 3, background: colour } }).png().toBuffer());
      files.push(f);
    }
    const page = await newPage();
    await signIn(page, 'congtacvien@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Thư viện ảnh, video' }).click();
    await page.getByRole('link', { name: 'Tạo album ảnh' }).click();
    await page.getByLabel('Tên album').fill('Hội thảo an toàn thông tin năm 2026');
    await page.getByLabel(/^Tải ảnh mới lên/).setInputFiles(files);
    expect(await page.getByRole('button', { name: 'Lưu và đăng' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Hãy mô tả (alt) ảnh mới tải lên');
    expect(await page.getByLabel('Tên album').inputValue()).toBe('Hội thảo an toàn thông tin năm 2026');
    await page.getByLabel('Mô tả (alt) cho ảnh thêm mới').fill('Đại biểu dự hội thảo an toàn thông tin');
    await page.getByLabel('Chú thích cho ảnh thêm mới').fill('Ảnh: Sở Thông tin và Truyền thông');
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.waitForURL(/\/thu-vien-anh\/[0-9a-f-]{36}\?da-luu=gui/);
    const editPath = new URL(page.url()).pathname;
    expect(await page.getByRole('status').filter({ hasText: 'Đã lưu album và gửi duyệt.' }).count()).toBe(1);
    expect((await rawGet(STTTT, '/thu-vien-anh/hoi-thao-an-toan-thong-tin-nam-2026')).status).toBe(404);

    // The editor changes a description and the order, then passes it on.
    const editor = await newPage();
    await signIn(editor, 'bientap@stttt.khanhhoa.gov.vn');
    await editor.goto(url(ROOT, editPath));
    await editor.getByLabel('Mô tả ảnh 2 (alt)').fill('Diễn tập ứng cứu sự cố');
    await editor.getByLabel('Thứ tự ảnh 2').fill('0');
    await editor.getByRole('button', { name: 'Lưu phiên bản' }).click();
    await editor.waitForURL(/\?da-luu=1/);
    await editor.getByRole('button', { name: 'Biên tập xong, trình duyệt' }).click();
    await editor.waitForURL(/\?buoc=review/);
    await screenshot(editor, 'console-album-editor');

    const head = await newPage();
    await signIn(head, 'truongban@stttt.khanhhoa.gov.vn');
    await head.goto(url(ROOT, editPath));
    await head.getByRole('button', { name: 'Duyệt và đăng' }).click();
    await head.waitForURL(/\?buoc=approve/);

    const pub = await rawGet(STTTT, '/thu-vien-anh/hoi-thao-an-toan-thong-tin-nam-2026');
    expect(pub.status).toBe(200);
    const alts = [...pub.body.matchAll(/<img[^>]* alt="([^"]+)"/g)].map((m) => m[1]).filter((a) => a !== '');
    expect(alts).toEqual(['Diễn tập ứng cứu sự cố', 'Đại biểu dự hội thảo an toàn thông tin']);
    for (const src of [...pub.body.matchAll(/<img[^>]* src="(\/media\/[^"]+)"/g)].map((m) => m[1]!)) expect((await rawGet(STTTT, src)).status).toBe(200);
  });

  it('a board head adds a footer banner with an end date; a contributor may only look at links and banners', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congso-e2e-banner-'));
    const file = join(dir, 'banner-cuoi-trang.png');
    writeFileSync(file, await sharp({ create: { width: 1600, height: 300, channels: 3, background: { r: 0, g: 90, b: 60 } } }).png().toBuffer());
    const page = await newPage();
    await signIn(page, 'truongban@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Banner' }).click();
    await page.getByLabel('Vị trí hiển thị').selectOption('FOOTER');
    await page.getByLabel('Tên banner').fill('Tổng đài 1022');
    await page.getByLabel(/^Tải ảnh mới lên/).setInputFiles(file);
    await page.getByLabel('Liên kết khi bấm vào banner').fill('chinhphu.vn');
    await page.getByLabel('Kết thúc hiển thị (giờ Việt Nam)').fill('2099-12-31T23:30');
    await page.getByRole('button', { name: 'Thêm banner' }).click();
    await page.locator('.error-summary').waitFor();
    const summary = await page.locator('.error-summary').textContent();
    expect(summary).toContain('Mô tả ảnh (alt) là bắt buộc.');
    expect(summary).toContain('Địa chỉ liên kết của banner phải là địa chỉ web đầy đủ bắt đầu bằng https://');
    await page.getByLabel('Mô tả ảnh (alt)').fill('Tổng đài 1022: tiếp nhận phản ánh của người dân');
    await page.getByLabel('Liên kết khi bấm vào banner').fill('https://chinhphu.vn');
    await page.getByLabel(/^Tải ảnh mới lên/).setInputFiles(file);
    await page.getByRole('button', { name: 'Thêm banner' }).click();
    await page.waitForURL(/\/banner\/[0-9a-f-]{36}\?da-luu=1/);
    expect(await page.getByText('Trạng thái: Đang hiển thị').count()).toBe(1);
    expect(await page.getByLabel('Kết thúc hiển thị (giờ Việt Nam)').inputValue()).toBe('2099-12-31T23:30');
    const home = await rawGet(STTTT, '/tin-tuc');
    expect(home.body).toMatch(/<aside class="banner-slot banner-slot--footer" aria-label="Banner cuối trang">.*alt="Tổng đài 1022: tiếp nhận phản ánh của người dân"/s);

    const contributor = await newPage();
    await signIn(contributor, 'congtacvien@stttt.khanhhoa.gov.vn');
    await contributor.getByRole('link', { name: 'Liên kết' }).click();
    expect(await contributor.getByText('Chỉ quản trị trang hoặc trưởng ban biên tập được sửa liên kết website.').count()).toBe(1);
    expect(await contributor.getByRole('button', { name: /Thêm/ }).count()).toBe(0);
    await contributor.goBack();
    await contributor.getByRole('link', { name: 'Banner' }).click();
    expect(await contributor.getByRole('button', { name: 'Thêm banner' }).count()).toBe(0);
    await screenshot(contributor, 'console-banners-contributor');
  });
});

describe('gallery, links and banner templates are accessible and valid', () => {
  const pages: [string, string][] = [
    [ROOT, '/'],
    [ROOT, '/thu-vien-anh'],
    [ROOT, ALBUM],
    [ROOT, '/video'],
    [ROOT, VIDEO_ALBUM],
    [ROOT, '/en/thu-vien-anh/the-beauty-of-khanh-hoa-s-sea-and-islands'],
    [STTTT, '/'],
  ];
  it.each(pages)('%s%s: axe at 320 px and 1280 px, Nu HTML Checker', async (host, path) => {
    for (const width of [320, 1280]) {
      const page = await newPage(width);
      const res = await page.goto(url(host, path));
      expect(res?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (path !== '/') await screenshot(page, `a11y-${host.split('.')[0]}${path.replace(/[^a-z0-9]+/g, '-')}-${width}`);
      await page.context().close();
    }
    expect(htmlCheckerErrors((await rawGet(host, path)).body)).toEqual([]);
  });
});
