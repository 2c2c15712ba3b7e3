import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/server/actor';
import { articleTransition, createArticle } from '@/modules/articles/articles.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { readStored } from '@/modules/media/media-storage';
import { deleteMedia, requireSiteMedia, serveMedia, uploadMedia } from '@/modules/media/media.service';
import { resetDatabase } from '../helpers/db';
import { editorialBoard, publishThroughBoard, smallProvince } from '../helpers/fixtures';

let mediaDir: string;
beforeAll(() => {
  mediaDir = mkdtempSync(join(tmpdir(), 'congso-media-'));
  process.env.MEDIA_ROOT = mediaDir;
});
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

const as = (siteId: string, role: 'SUPER_ADMIN' | 'BOARD_HEAD' | 'EDITOR' | 'CONTRIBUTOR'): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });

/** A 1600×900 JPEG carrying EXIF (camera and GPS-like fields) as phones write them. */
async function photoWithExif(): Promise<File> {
  const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'X100', Copyright: 'Nguyễn Văn A' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '12/1 15/1 0/1' } })
    .toBuffer();
  return new File([new Uint8Array(data)], 'Ảnh hội nghị (bản gốc).JPG', { type: 'image/jpeg' });
}

const pdf = (name = 'Quyết định 12.pdf') => new File([new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')], name, { type: 'application/pdf' });

describe('media library (C10)', () => {
  it('stores an image without metadata under a safe name and serves WebP and AVIF width variants', async () => {
    const { root } = await smallProvince();
    const item = await uploadMedia(as(root.id, 'EDITOR'), root.id, await photoWithExif(), { alt: 'Hội nghị'.normalize('NFD') });
    expect(item).toMatchObject({ kind: 'IMAGE', mimeType: 'image/jpeg', width: 1600, height: 900, fileName: 'anh-hoi-nghi-ban-goc.jpg', alt: 'Hội nghị' });
    const stored = await readStored(`${root.id}/${item.id}/${item.fileName}`);
    const meta = await sharp(stored!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.width).toBe(1600);

    const webp = await serveMedia({ siteId: root.id, mediaId: item.id, file: 'w640.webp', preview: true });
    expect(webp?.contentType).toBe('image/webp');
    expect((await sharp(webp!.data).metadata()).width).toBe(640);
    const avif = await serveMedia({ siteId: root.id, mediaId: item.id, file: 'w320.avif', preview: true });
    expect((await sharp(avif!.data).metadata()).format).toBe('heif');
    // Never upscaled, and only the published widths exist.
    expect((await sharp((await serveMedia({ siteId: root.id, mediaId: item.id, file: 'w1920.webp', preview: true }))!.data).metadata()).width).toBe(1600);
    expect(await serveMedia({ siteId: root.id, mediaId: item.id, file: 'w500.webp', preview: true })).toBeNull();
  });

  it('reads the type from the bytes: a renamed program is refused with a clear message; the same file twice is stored once', async () => {
    const { root } = await smallProvince();
    const fake = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3])], 'van-ban.pdf', { type: 'application/pdf' });
    await expect(uploadMedia(as(root.id, 'EDITOR'), root.id, fake)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Loại tệp không được hỗ trợ') });
    await expect(uploadMedia(as(root.id, 'EDITOR'), root.id, pdf(), {}, 'IMAGE')).rejects.toThrow('Chỉ nhận ảnh JPEG, PNG, WebP, GIF hoặc AVIF.');
    const a = await uploadMedia(as(root.id, 'EDITOR'), root.id, pdf());
    const b = await uploadMedia(as(root.id, 'EDITOR'), root.id, pdf('ban-sao.pdf'));
    expect(b.id).toBe(a.id);
    expect(a).toMatchObject({ kind: 'DOCUMENT', mimeType: 'application/pdf', fileName: 'quyet-dinh-12.pdf', typeLabel: 'PDF' });
  });

  it('only members of the site upload; a file of one site cannot be chosen on another', async () => {
    const { root, dept } = await smallProvince();
    await expect(uploadMedia(as(dept.id, 'SUPER_ADMIN'), root.id, pdf())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const item = await uploadMedia(as(root.id, 'EDITOR'), root.id, pdf());
    await expect(requireSiteMedia(dept.id, item.id)).rejects.toThrow('Tệp đã chọn không thuộc thư viện của trang này.');
  });

  it('the public gets a file only while published content uses it; a used file cannot be deleted', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const image = await uploadMedia(head, root.id, await photoWithExif());
    const publicFile = () => serveMedia({ siteId: root.id, mediaId: image.id, file: 'w640.webp', preview: false });
    expect(await publicFile()).toBeNull();
    const board = await editorialBoard(root.id, 'media');
    const article = await createArticle(board.contributor, root.id, {
      title: 'Bài có ảnh',
      sapo: 'Tóm tắt.',
      body: paragraphsToDoc(['Nội dung.']),
      author: 'Minh Châu',
      source: 'Văn phòng',
      featuredImageId: image.id,
      featuredAlt: 'Ảnh hội nghị',
    });
    expect(await publicFile()).toBeNull(); // still a draft
    await publishThroughBoard(board, root.id, article.id);
    expect((await publicFile())?.immutable).toBe(true);
    await articleTransition(board.head, root.id, article.id, { action: 'unpublish', reason: 'Ảnh chưa được phép sử dụng.' });
    expect(await publicFile()).toBeNull();
    await expect(deleteMedia(head, root.id, image.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('deletes an unused file and its variants', async () => {
    const { root } = await smallProvince();
    const item = await uploadMedia(as(root.id, 'EDITOR'), root.id, await photoWithExif());
    expect(await readStored(`${root.id}/${item.id}/w320.webp`)).not.toBeNull();
    await deleteMedia(as(root.id, 'EDITOR'), root.id, item.id);
    expect(await readStored(`${root.id}/${item.id}/w320.webp`)).toBeNull();
    expect(await serveMedia({ siteId: root.id, mediaId: item.id, file: item.fileName, preview: true })).toBeNull();
  });
});
