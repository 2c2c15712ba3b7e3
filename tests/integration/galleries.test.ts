import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Actor } from '@/server/actor';
import { deleteGallery, galleryTransition, getGalleryForEditing, getPublishedGallery, listPublishedGalleries } from '@/modules/galleries/galleries.service';
import { saveGallery } from '@/modules/galleries/save-gallery';
import { serveMedia, uploadMedia } from '@/modules/media/media.service';
import { resetDatabase, sql } from '../helpers/db';
import { approveThroughBoard, editorialBoard, smallProvince } from '../helpers/fixtures';

let mediaDir: string;
beforeAll(() => {
  mediaDir = mkdtempSync(join(tmpdir(), 'congso-galleries-'));
  process.env.MEDIA_ROOT = mediaDir;
});
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

type Role = 'SUPER_ADMIN' | 'BOARD_HEAD' | 'EDITOR' | 'CONTRIBUTOR';
/** A session-only actor: enough to upload to the library, never for the editorial workflow (roles are read from the database). */
const as = (siteId: string, role: Role): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });
const IMPORT = { imported: 'PUBLISHED' } as const;

let shade = 0;
/** A distinct small picture each call (the library stores identical bytes once). */
async function picture(name = 'anh.png'): Promise<File> {
  shade += 17;
  const data = await sharp({ create: { width: 800, height: 450, channels: 3, background: { r: shade % 256, g: 120, b: 60 } } }).png().toBuffer();
  return new File([new Uint8Array(data)], name, { type: 'image/png' });
}

async function libraryImage(siteId: string, alt?: string) {
  return uploadMedia(as(siteId, 'EDITOR'), siteId, await picture(), { alt }, 'IMAGE');
}

async function publishedAlbum(siteId: string, title: string, photos = 2) {
  const images = [];
  for (let i = 0; i < photos; i++) images.push(await libraryImage(siteId, `Ảnh ${i + 1} của ${title}`));
  // Approved before the platform: brought in by the command line.
  const saved = await saveGallery(CLI_ACTOR, siteId, null, { kind: 'PHOTO', title, items: images.map((m, i) => ({ mediaId: m.id, caption: `Chú thích ${i + 1}`, position: i })) }, IMPORT);
  return { ...saved, images };
}

describe('galleries: validation (C10, C12)', () => {
  it('refuses a missing title, a photo without description and uploads without one, with the field to fix', async () => {
    const { root } = await smallProvince();
    const { head } = await editorialBoard(root.id, 'v');
    await expect(saveGallery(head, root.id, null, { kind: 'PHOTO', title: '  ' })).rejects.toMatchObject({ code: 'VALIDATION', message: 'Tên album là bắt buộc.' });

    const noAlt = await uploadMedia(as(root.id, 'EDITOR'), root.id, await picture('hoi-nghi.png'), {}, 'IMAGE');
    await expect(saveGallery(head, root.id, null, { kind: 'PHOTO', title: 'Hội nghị', items: [{ mediaId: noAlt.id }] })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { 'items.0.alt': 'Ảnh "hoi-nghi.png" cần mô tả (alt) cho người không xem được ảnh.' },
    });
    await expect(saveGallery(head, root.id, null, { kind: 'PHOTO', title: 'Hội nghị' }, { files: [await picture()] })).rejects.toMatchObject({
      fields: { newAlt: expect.stringContaining('Hãy mô tả (alt) ảnh mới tải lên') },
    });
    // Nothing was stored by the refused submissions.
    expect(await sql('SELECT id FROM galleries')).toEqual([]);
    expect((await sql('SELECT id FROM media')).length).toBe(1);
  });

  it('accepts only https addresses for external videos and a caption naming each video', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'v');
    const head = board.contributor;
    const message = 'Địa chỉ video phải là địa chỉ web đầy đủ bắt đầu bằng https:// (ví dụ https://www.youtube.com/watch?v=…).';
    for (const bad of ['javascript:alert(1)', 'http://www.youtube.com/watch?v=aqz-KE-bpKQ', 'youtube.com/watch?v=aqz-KE-bpKQ', 'https://user:pw@evil.example/x']) {
      await expect(saveGallery(head, root.id, null, { kind: 'VIDEO', title: 'Video', items: [{ videoUrl: bad, caption: 'Phim' }] })).rejects.toMatchObject({
        code: 'VALIDATION',
        fields: { 'items.0.videoUrl': message },
      });
    }
    await expect(saveGallery(head, root.id, null, { kind: 'VIDEO', title: 'Video', newVideoUrl: 'https://vimeo.com/1084537' })).rejects.toMatchObject({
      fields: { newCaption: 'Hãy ghi chú thích (tên) cho video thêm mới.' },
    });
    const saved = await saveGallery(head, root.id, null, { kind: 'VIDEO', title: 'Video', newVideoUrl: 'https://vimeo.com/1084537', newCaption: 'Phim giới thiệu' });
    await approveThroughBoard(board, galleryTransition, root.id, saved.id);
    const album = await getPublishedGallery({ siteId: root.id, kind: 'VIDEO', slug: saved.slug });
    expect(album!.items[0]!.videoLink).toEqual({ url: 'https://vimeo.com/1084537', provider: 'Vimeo', embedUrl: 'https://player.vimeo.com/video/1084537?dnt=1', host: 'vimeo.com' });
  });

  it('a video album takes uploaded MP4 files with a caption; the file is public once the album is published', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'mp4');
    const head = board.contributor;
    // The start of an MP4 file: an "ftyp" box with the mp42 brand (the library reads the type from the bytes).
    const mp4 = () => new File([new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypmp42'), 0, 0, 0, 0, ...new TextEncoder().encode('mp42isom'), 0, 0, 0, 8, 109, 100, 97, 116])], 'Phóng sự.mp4', { type: 'video/mp4' });
    await expect(saveGallery(head, root.id, null, { kind: 'VIDEO', title: 'Phóng sự' }, { files: [mp4()] })).rejects.toMatchObject({
      fields: { newCaption: 'Hãy ghi chú thích (tên) cho video mới tải lên.' },
    });
    await expect(saveGallery(head, root.id, null, { kind: 'VIDEO', title: 'Phóng sự', newCaption: 'Ảnh' }, { files: [await picture()] })).rejects.toMatchObject({
      fields: { files: 'Tệp "anh.png": Chỉ nhận video MP4.' },
    });
    const saved = await saveGallery(head, root.id, null, { kind: 'VIDEO', title: 'Phóng sự', newCaption: 'Phóng sự Ngày Chuyển đổi số' }, { files: [mp4()] });
    const [row] = (await getGalleryForEditing(head, root.id, saved.id))!.items;
    expect(row).toMatchObject({ caption: 'Phóng sự Ngày Chuyển đổi số', media: { kind: 'VIDEO', fileName: 'phong-su.mp4' } });
    const file = () => serveMedia({ siteId: root.id, mediaId: row!.mediaId!, file: 'phong-su.mp4', preview: false });
    expect(await file()).toBeNull();
    await approveThroughBoard(board, galleryTransition, root.id, saved.id);
    expect((await file())?.contentType).toBe('video/mp4');
    const album = await getPublishedGallery({ siteId: root.id, kind: 'VIDEO', slug: saved.slug });
    expect(album!.items[0]!.videoFile).toEqual({ url: `/media/${root.id}/${row!.mediaId}/phong-su.mp4`, mimeType: 'video/mp4' });
  });

  it('stores NFC text and keeps a photo’s description on the library item', async () => {
    const { root } = await smallProvince();
    const image = await libraryImage(root.id);
    const { editor } = await editorialBoard(root.id, 'nfc');
    const saved = await saveGallery(editor, root.id, null, {
      kind: 'PHOTO',
      title: 'Lễ hội Tháp Bà Ponagar'.normalize('NFD'),
      description: 'Nghi lễ tắm tượng Thánh Mẫu'.normalize('NFD'),
      items: [{ mediaId: image.id, alt: 'Đoàn rước kiệu lên tháp'.normalize('NFD'), caption: 'Lễ rước'.normalize('NFD') }],
    });
    expect(saved.slug).toBe('le-hoi-thap-ba-ponagar');
    const [row] = await sql<{ title: string; description: string }>('SELECT title, description FROM galleries');
    expect(row).toEqual({ title: 'Lễ hội Tháp Bà Ponagar', description: 'Nghi lễ tắm tượng Thánh Mẫu' });
    expect(row!.title).toBe(row!.title.normalize('NFC'));
    const [media] = await sql<{ alt: string }>('SELECT alt FROM media WHERE id = $1', [image.id]);
    expect(media!.alt).toBe('Đoàn rước kiệu lên tháp');
    const [item] = await sql<{ caption: string }>('SELECT caption FROM gallery_items');
    expect(item!.caption).toBe('Lễ rước');
  });

  it('refuses a file of another site’s library', async () => {
    const { root, dept } = await smallProvince();
    const foreign = await libraryImage(dept.id, 'Ảnh của Sở');
    const { head } = await editorialBoard(root.id, 'foreign');
    await expect(saveGallery(head, root.id, null, { kind: 'PHOTO', title: 'Album', addMediaIds: [foreign.id] })).rejects.toMatchObject({
      fields: { addMediaIds: 'Chỉ chọn được ảnh trong thư viện của trang này.' },
    });
    await expect(saveGallery(head, root.id, null, { kind: 'PHOTO', title: 'Album', items: [{ mediaId: foreign.id }] })).rejects.toMatchObject({
      fields: { 'items.0.mediaId': 'Mục này phải là một ảnh trong thư viện của trang.' },
    });
  });
});

describe('galleries: what the public sees', () => {
  it('lists published albums of the site only, never drafts nor another site’s', async () => {
    const { root, dept } = await smallProvince();
    const published = await publishedAlbum(root.id, 'Hội nghị tổng kết năm 2026', 3);
    const image = await libraryImage(root.id, 'Ảnh nháp');
    const { editor } = await editorialBoard(root.id, 'list');
    const draft = await saveGallery(editor, root.id, null, { kind: 'PHOTO', title: 'Album nháp', items: [{ mediaId: image.id }] });
    const other = await publishedAlbum(dept.id, 'Album của Sở');

    const list = await listPublishedGalleries({ siteId: root.id, kind: 'PHOTO' });
    expect(list.items.map((g) => g.title)).toEqual(['Hội nghị tổng kết năm 2026']);
    expect(list.items[0]).toMatchObject({ count: 3, cover: { id: published.images[0]!.id, alt: 'Ảnh 1 của Hội nghị tổng kết năm 2026' } });
    expect(await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: draft.slug })).toBeNull();
    expect(await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: other.slug })).toBeNull();
    // A photo album is not reachable as a video album.
    expect(await getPublishedGallery({ siteId: root.id, kind: 'VIDEO', slug: published.slug })).toBeNull();
    expect((await listPublishedGalleries({ siteId: root.id, kind: 'VIDEO' })).total).toBe(0);
  });

  it('shows photos in the chosen order with their captions and descriptions; the chosen cover first in the list', async () => {
    const { root } = await smallProvince();
    const [a, b, c] = [await libraryImage(root.id, 'Ảnh A'), await libraryImage(root.id, 'Ảnh B'), await libraryImage(root.id, 'Ảnh C')];
    const saved = await saveGallery(
      CLI_ACTOR,
      root.id,
      null,
      {
        kind: 'PHOTO',
        title: 'Thứ tự',
        coverId: c!.id,
        items: [
          { mediaId: a!.id, caption: 'thứ ba', position: 30 },
          { mediaId: b!.id, caption: 'thứ nhất', position: 10 },
          { mediaId: c!.id, caption: 'thứ hai', position: 20 },
          { mediaId: b!.id, caption: 'trùng lặp', position: 40 },
        ],
      },
      IMPORT,
    );
    const album = await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: saved.slug });
    expect(album!.items.map((i) => [i.caption, i.image?.alt])).toEqual([
      ['thứ nhất', 'Ảnh B'],
      ['thứ hai', 'Ảnh C'],
      ['thứ ba', 'Ảnh A'],
    ]);
    expect(album!.cover?.id).toBe(c!.id);
  });

  it('serves the images of a published album to the public, and those of a draft album to nobody but editors', async () => {
    const { root } = await smallProvince();
    const published = await publishedAlbum(root.id, 'Album đã đăng');
    const hidden = await libraryImage(root.id, 'Ảnh chưa duyệt');
    const board = await editorialBoard(root.id, 'serve');
    const draft = await saveGallery(board.contributor, root.id, null, { kind: 'PHOTO', title: 'Album nháp', items: [{ mediaId: hidden.id }] });
    const publicFile = (mediaId: string) => serveMedia({ siteId: root.id, mediaId, file: 'w320.webp', preview: false });

    expect((await publicFile(published.images[0]!.id))?.contentType).toBe('image/webp');
    expect(await publicFile(hidden.id)).toBeNull();
    expect((await serveMedia({ siteId: root.id, mediaId: hidden.id, file: 'w320.webp', preview: true }))?.contentType).toBe('image/webp');

    // Publishing the draft makes its picture public; taking it down hides it again.
    await approveThroughBoard(board, galleryTransition, root.id, draft.id);
    expect(await publicFile(hidden.id)).not.toBeNull();
    await galleryTransition(board.head, root.id, draft.id, { action: 'unpublish', reason: 'Ảnh chưa được phép công bố.' });
    expect(await publicFile(hidden.id)).toBeNull();
    expect(await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: draft.slug })).toBeNull();
  });

  it('links an English version to its original in both directions', async () => {
    const { root } = await smallProvince();
    const vi = await publishedAlbum(root.id, 'Biển đảo');
    const board = await editorialBoard(root.id, 'en');
    const original = await getGalleryForEditing(board.contributor, root.id, vi.id);
    const en = await saveGallery(board.contributor, root.id, null, {
      kind: 'PHOTO',
      lang: 'en',
      translationOfId: vi.id,
      title: 'Sea and islands',
      items: original!.items.map((i, n) => ({ mediaId: i.mediaId, caption: `Photo ${n + 1}` })),
    });
    await approveThroughBoard(board, galleryTransition, root.id, en.id);
    expect((await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: vi.slug }))!.translation).toEqual({ lang: 'en', slug: en.slug });
    expect((await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: en.slug, lang: 'en' }))!.translation).toEqual({ lang: 'vi', slug: vi.slug });
    expect((await listPublishedGalleries({ siteId: root.id, kind: 'PHOTO', lang: 'en' })).items.map((g) => g.title)).toEqual(['Sea and islands']);
  });
});

describe('galleries: the editorial workflow (E1, E2, E3, O4)', () => {
  it('a board head cannot publish their own album; another member reviews and a delegated deputy approves; an empty album is never published', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'own');
    const image = await libraryImage(root.id, 'Lãnh đạo tỉnh dự lễ khánh thành');
    const album = await saveGallery(board.head, root.id, null, { kind: 'PHOTO', title: 'Khánh thành cầu Trần Phú', items: [{ mediaId: image.id }] });
    expect(album.status).toBe('DRAFT');
    await galleryTransition(board.head, root.id, album.id, { action: 'submit' });
    await expect(galleryTransition(board.head, root.id, album.id, { action: 'review' })).rejects.toThrow('Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.');
    await galleryTransition(board.editor, root.id, album.id, { action: 'review' });
    await expect(galleryTransition(board.head, root.id, album.id, { action: 'approve' })).rejects.toThrow('Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.');
    await expect(galleryTransition(board.head, root.id, album.id, { action: 'schedule', scheduledAt: new Date(Date.now() + 3600_000) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: album.slug })).toBeNull();
    await expect(galleryTransition(board.deputy, root.id, album.id, { action: 'approve' })).rejects.toThrow('Phó trưởng ban chỉ được duyệt khi Trưởng ban đã ủy quyền.');
    await sql('UPDATE memberships SET "approvalDelegated" = true WHERE "userId" = $1', [board.deputy.userId]);
    await galleryTransition(board.deputy, root.id, album.id, { action: 'approve' });
    expect((await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: album.slug }))?.items).toHaveLength(1);

    const empty = await saveGallery(board.contributor, root.id, null, { kind: 'PHOTO', title: 'Trống' });
    await galleryTransition(board.contributor, root.id, empty.id, { action: 'submit' });
    await galleryTransition(board.editor, root.id, empty.id, { action: 'review' });
    await expect(galleryTransition(board.head, root.id, empty.id, { action: 'approve' })).rejects.toThrow('Album chưa có ảnh nào; hãy thêm ảnh trước khi đăng.');
  });

  it('only writers of the site save; only the command line imports published albums; only the head deletes, never a public album; another site cannot move it', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'rights');
    const deptBoard = await editorialBoard(dept.id, 'rights-b');
    const image = await libraryImage(root.id, 'Ảnh');
    await expect(saveGallery(board.head, root.id, null, { kind: 'PHOTO', title: 'Album', items: [{ mediaId: image.id }] }, IMPORT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await saveGallery(board.contributor, root.id, null, { kind: 'PHOTO', title: 'Album', items: [{ mediaId: image.id }] });
    expect(draft.status).toBe('DRAFT');
    // Roles come from the database: a session claiming a role on the site gives nothing.
    await expect(saveGallery(as(root.id, 'BOARD_HEAD'), root.id, null, { kind: 'PHOTO', title: 'Album' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(galleryTransition(board.contributor, root.id, draft.id, { action: 'approve' })).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    const published = await publishedAlbum(root.id, 'Đã đăng');
    // Another site's board cannot touch it, even knowing its id.
    await expect(saveGallery(deptBoard.head, root.id, published.id, { kind: 'PHOTO', title: 'Chiếm' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveGallery(deptBoard.head, dept.id, published.id, { kind: 'PHOTO', title: 'Chiếm' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(galleryTransition(deptBoard.head, dept.id, published.id, { action: 'unpublish', reason: 'Gỡ hộ.' })).rejects.toThrow('Không tìm thấy album.');
    await expect(galleryTransition(deptBoard.head, root.id, published.id, { action: 'unpublish', reason: 'Gỡ hộ.' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteGallery(deptBoard.head, dept.id, published.id)).rejects.toThrow('Không tìm thấy album.');
    await expect(deleteGallery(board.editor, root.id, published.id)).rejects.toThrow('Chỉ Trưởng ban biên tập được xóa album.');
    await expect(deleteGallery(board.head, root.id, published.id)).rejects.toThrow('Album đang đăng hoặc hẹn giờ đăng: hãy gỡ album (ghi lý do) trước khi xóa.');
    await galleryTransition(board.head, root.id, published.id, { action: 'unpublish', reason: 'Trùng với album khác.' });
    await deleteGallery(board.head, root.id, published.id);
    expect(await sql('SELECT id FROM editorial_items WHERE "entityId" = $1', [published.id])).toEqual([]);
    expect((await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: published.slug }))).toBeNull();
  });

  it('editing a published album makes a pending version: the public copy and its files stay served until approval', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'pending');
    const [a, b] = [await libraryImage(root.id, 'Ảnh A'), await libraryImage(root.id, 'Ảnh B')];
    const album = await saveGallery(board.contributor, root.id, null, { kind: 'PHOTO', title: 'Biển Nha Trang', items: [{ mediaId: a.id }, { mediaId: b.id }] });
    await approveThroughBoard(board, galleryTransition, root.id, album.id);
    const publicFile = (mediaId: string) => serveMedia({ siteId: root.id, mediaId, file: 'w320.webp', preview: false });
    // A new version drops photo A, uploads photo C and changes B's description and the title.
    const saved = await saveGallery(
      board.contributor,
      root.id,
      album.id,
      { kind: 'PHOTO', title: 'Biển Nha Trang mùa hè', items: [{ mediaId: b.id, alt: 'Ảnh B, mô tả mới' }], newAlt: 'Ảnh C mới tải lên' },
      { files: [await picture('c.png')] },
    );
    expect(saved).toMatchObject({ uploaded: 1, pendingVersion: true });
    const c = (await getGalleryForEditing(board.editor, root.id, album.id))!.items[1]!;
    expect(c).toMatchObject({ alt: 'Ảnh C mới tải lên', media: { kind: 'IMAGE' } });
    const pub = async () => getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: album.slug });
    expect((await pub())!.title).toBe('Biển Nha Trang');
    expect((await pub())!.items.map((i) => i.image?.alt)).toEqual(['Ảnh A', 'Ảnh B']);
    expect(await publicFile(a.id)).not.toBeNull();
    expect(await publicFile(c.mediaId!)).toBeNull();
    await approveThroughBoard(board, galleryTransition, root.id, album.id);
    expect((await pub())!.title).toBe('Biển Nha Trang mùa hè');
    expect((await pub())!.items.map((i) => i.image?.alt)).toEqual(['Ảnh B, mô tả mới', 'Ảnh C mới tải lên']);
    expect(await publicFile(c.mediaId!)).not.toBeNull();
    expect(await publicFile(a.id)).toBeNull();
  });

  it('uploads several photos in the same submission, appends them with the shared description, and records the audit', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'upload');
    const head = board.contributor;
    const first = await libraryImage(root.id, 'Ảnh có sẵn');
    const saved = await saveGallery(
      head,
      root.id,
      null,
      { kind: 'PHOTO', title: 'Tải nhiều ảnh', items: [{ mediaId: first.id }], newAlt: 'Đại biểu dự hội nghị', newCaption: 'Ảnh: Văn phòng UBND tỉnh' },
      { files: [await picture('mot.png'), await picture('hai.png')] },
    );
    expect(saved.uploaded).toBe(2);
    await approveThroughBoard(board, galleryTransition, root.id, saved.id);
    const album = await getPublishedGallery({ siteId: root.id, kind: 'PHOTO', slug: saved.slug });
    expect(album!.items.map((i) => [i.image!.alt, i.caption])).toEqual([
      ['Ảnh có sẵn', null],
      ['Đại biểu dự hội nghị', 'Ảnh: Văn phòng UBND tỉnh'],
      ['Đại biểu dự hội nghị', 'Ảnh: Văn phòng UBND tỉnh'],
    ]);
    // Uploaded through the media library: re-encoded with width variants.
    expect((await serveMedia({ siteId: root.id, mediaId: album!.items[1]!.image!.id, file: 'w640.webp', preview: false }))?.contentType).toBe('image/webp');
    // A PDF is refused with the media library's message.
    const pdf = new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], 'quyet-dinh.pdf', { type: 'application/pdf' });
    await expect(saveGallery(head, root.id, saved.id, { kind: 'PHOTO', title: 'Tải nhiều ảnh', newAlt: 'Mô tả' }, { files: [pdf] })).rejects.toMatchObject({
      fields: { files: 'Tệp "quyet-dinh.pdf": Chỉ nhận ảnh JPEG, PNG, WebP, GIF hoặc AVIF.' },
    });
    const audit = await sql<{ action: string; siteId: string }>(`SELECT action, "siteId" FROM audit_logs WHERE entity = 'gallery' ORDER BY "createdAt"`);
    expect(audit.map((r) => r.action)).toEqual(['gallery.create', 'gallery.submit', 'gallery.review', 'gallery.approve']);
    expect(new Set(audit.map((r) => r.siteId))).toEqual(new Set([root.id]));
  });
});
