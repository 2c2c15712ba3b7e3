import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT, browserPerFile, rawGet, screenshot, signIn, url } from '../helpers/browser';

const STTTT = `stttt.${ROOT}`;
const newPage = browserPerFile();

describe('images and files (C10)', () => {
  it('an article picture is offered as AVIF and WebP width variants, cached for a year, only on its own site', async () => {
    // The demo's newest articles carry pictures (other tests may have published newer ones without).
    const list = await rawGet(STTTT, '/tin-tuc');
    const slugs = [...list.body.matchAll(/href="\/tin-tuc\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
    let page = { body: '' };
    for (const slug of slugs) {
      page = await rawGet(STTTT, `/tin-tuc/${slug}`);
      if (/<source type="image\/webp"/i.test(page.body)) break;
    }
    const srcset = /<source type="image\/webp" srcSet="([^"]+)"/i.exec(page.body)?.[1];
    expect(srcset, 'a recent article has a featured picture').toBeDefined();
    expect(page.body).toMatch(/<source type="image\/avif"/i);
    const first = srcset!.split(',')[0]!.trim().split(' ')[0]!.replace(/&amp;/g, '&');
    expect(first).toMatch(/^\/media\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/w320\.webp$/);
    const img = await rawGet(STTTT, first);
    expect(img.status).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
    expect(img.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Another unit's host does not serve it; the root portal (which aggregates its units' news) does.
    expect((await rawGet(`stc.${ROOT}`, first)).status).toBe(404);
    expect((await rawGet(ROOT, first)).status).toBe(200);
    expect((await rawGet(STTTT, first.replace('w320.webp', 'w321.webp'))).status).toBe(404);
  });

  it('an editor uploads an image in the media library; it stays private until published content uses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congso-e2e-'));
    const file = join(dir, 'Ảnh đoàn công tác.png');
    writeFileSync(file, await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer());
    const page = await newPage();
    await signIn(page, 'bientap@stttt.khanhhoa.gov.vn');
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.getByRole('link', { name: 'Thư viện tệp' }).click();
    // A refused file keeps the form and says why.
    const bad = join(dir, 'chuong-trinh.pdf');
    writeFileSync(bad, Buffer.from('MZ not really a pdf'));
    await page.getByLabel(/^Tệp \(ảnh/).setInputFiles(bad);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText('Loại tệp không được hỗ trợ', { exact: false }).first().waitFor();

    await page.getByLabel(/^Tệp \(ảnh/).setInputFiles(file);
    await page.getByLabel('Mô tả ảnh (alt) — đọc cho người khiếm thị').fill('Đoàn công tác thăm mô hình chuyển đổi số');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText('Đã tải lên 1 tệp.').waitFor();
    await page.reload();
    const thumb = page.locator('.media-item img[alt="Đoàn công tác thăm mô hình chuyển đổi số"]');
    await thumb.waitFor();
    // The signed-in editor sees the thumbnail (a private preview) …
    const loaded = await thumb.evaluate(
      (el: HTMLImageElement) =>
        new Promise<boolean>((resolve) => {
          if (el.complete) return resolve(el.naturalWidth > 0);
          el.addEventListener('load', () => resolve(el.naturalWidth > 0));
          el.addEventListener('error', () => resolve(false));
        }),
    );
    expect(loaded).toBe(true);
    await screenshot(page, 'console-media-library');
    // … the public does not: nothing published uses it yet.
    const src = (await thumb.getAttribute('src'))!;
    expect((await rawGet(STTTT, src)).status).toBe(404);
    const cacheControl = await page.evaluate(async (u) => (await fetch(u)).headers.get('cache-control'), src);
    expect(cacheControl).toBe('private, no-store');
  });
});
