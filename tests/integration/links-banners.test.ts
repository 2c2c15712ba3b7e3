import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/server/actor';
import { createBanner, deleteBanner, listActiveBanners, listBannersForConsole, updateBanner } from '@/modules/banners/banners.service';
import { createLink, createLinkGroup, deleteLink, listPublicLinkGroups, updateLink } from '@/modules/links/links.service';
import { serveMedia, uploadMedia } from '@/modules/media/media.service';
import { resetDatabase, sql } from '../helpers/db';
import { smallProvince } from '../helpers/fixtures';

let mediaDir: string;
beforeAll(() => {
  mediaDir = mkdtempSync(join(tmpdir(), 'congso-banners-'));
  process.env.MEDIA_ROOT = mediaDir;
});
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

type Role = 'SUPER_ADMIN' | 'BOARD_HEAD' | 'BOARD_DEPUTY' | 'EDITOR' | 'CONTRIBUTOR';
const as = (siteId: string, role: Role): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });

let shade = 0;
async function bannerImage(siteId: string) {
  shade += 23;
  const data = await sharp({ create: { width: 1600, height: 400, channels: 3, background: { r: 160, g: shade % 256, b: 30 } } }).png().toBuffer();
  return uploadMedia(as(siteId, 'EDITOR'), siteId, new File([new Uint8Array(data)], 'banner.png', { type: 'image/png' }), {}, 'IMAGE');
}

const DAY = 86_400_000;

describe('links to state portals (C8)', () => {
  it('accepts only complete http(s) addresses and says how to write one', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const { id: groupId } = await createLinkGroup(head, root.id, { name: 'Cổng thông tin Chính phủ' });
    const message = 'Địa chỉ liên kết phải là địa chỉ web đầy đủ bắt đầu bằng https:// hoặc http:// (ví dụ https://chinhphu.vn).';
    for (const url of ['javascript:alert(1)', 'chinhphu.vn', 'ftp://chinhphu.vn', 'https://localhost/', 'data:text/html,<b>x</b>', 'https://admin:pw@chinhphu.vn']) {
      await expect(createLink(head, root.id, { groupId, label: 'Chính phủ', url })).rejects.toMatchObject({ code: 'VALIDATION', fields: { url: message } });
    }
    await expect(createLink(head, root.id, { groupId, label: ' ', url: 'https://chinhphu.vn' })).rejects.toMatchObject({ fields: { label: 'Tên liên kết là bắt buộc.' } });
    await expect(createLinkGroup(head, root.id, { name: '' })).rejects.toThrow('Tên nhóm liên kết là bắt buộc.');
    await createLink(head, root.id, { groupId, label: 'Cổng Thông tin điện tử Chính phủ'.normalize('NFD'), url: ' https://chinhphu.vn ' });
    expect(await sql('SELECT label, url FROM links')).toEqual([{ label: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/' }]);
  });

  it('lists a site’s groups and links in their order, English names on English pages, never another site’s or empty groups', async () => {
    const { root, dept } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const ministries = await createLinkGroup(head, root.id, { name: 'Các bộ, ngành', nameEn: 'Ministries', position: 20 });
    const gov = await createLinkGroup(head, root.id, { name: 'Cổng thông tin Chính phủ', position: 10 });
    await createLinkGroup(head, root.id, { name: 'Nhóm trống', position: 30 });
    await createLink(head, root.id, { groupId: gov.id, label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', position: 20 });
    await createLink(head, root.id, { groupId: gov.id, label: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn', position: 10 });
    await createLink(head, root.id, { groupId: ministries.id, label: 'Bộ Nội vụ', labelEn: 'Ministry of Home Affairs', url: 'https://moha.gov.vn' });
    const deptGroup = await createLinkGroup(as(dept.id, 'SUPER_ADMIN'), dept.id, { name: 'Liên kết của Sở' });
    await createLink(as(dept.id, 'SUPER_ADMIN'), dept.id, { groupId: deptGroup.id, label: 'Cổng tỉnh', url: 'https://khanhhoa.gov.vn' });

    const vi = await listPublicLinkGroups(root.id);
    expect(vi.map((g) => [g.name, g.links.map((l) => l.label)])).toEqual([
      ['Cổng thông tin Chính phủ', ['Cổng Thông tin điện tử Chính phủ', 'Cổng Dịch vụ công quốc gia']],
      ['Các bộ, ngành', ['Bộ Nội vụ']],
    ]);
    const en = await listPublicLinkGroups(root.id, 'en');
    expect(en[1]).toMatchObject({ name: 'Ministries', links: [{ label: 'Ministry of Home Affairs', url: 'https://moha.gov.vn/' }] });
    expect((await listPublicLinkGroups(dept.id)).map((g) => g.name)).toEqual(['Liên kết của Sở']);
  });

  it('only the super-admin and the board head manage links; another site’s rows are out of reach', async () => {
    const { root, dept } = await smallProvince();
    const group = await createLinkGroup(as(root.id, 'BOARD_HEAD'), root.id, { name: 'Liên kết' });
    const link = await createLink(as(root.id, 'SUPER_ADMIN'), root.id, { groupId: group.id, label: 'Chính phủ', url: 'https://chinhphu.vn' });
    for (const role of ['CONTRIBUTOR', 'EDITOR', 'BOARD_DEPUTY'] as const) {
      await expect(createLink(as(root.id, role), root.id, { groupId: group.id, label: 'Thêm', url: 'https://vbpl.vn' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'Chỉ quản trị trang hoặc trưởng ban biên tập được sửa liên kết website.',
      });
      await expect(createLinkGroup(as(root.id, role), root.id, { name: 'Nhóm' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(deleteLink(as(root.id, role), root.id, link.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const deptAdmin = as(dept.id, 'SUPER_ADMIN');
    await expect(updateLink(deptAdmin, dept.id, link.id, { groupId: group.id, label: 'Chiếm', url: 'https://evil.example' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteLink(deptAdmin, dept.id, link.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createLink(deptAdmin, dept.id, { groupId: group.id, label: 'Vào nhóm của tỉnh', url: 'https://stttt.vn' })).rejects.toThrow('Nhóm liên kết không thuộc trang này.');
    expect(await sql('SELECT label FROM links')).toEqual([{ label: 'Chính phủ' }]);
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE entity IN ('link', 'link-group') ORDER BY "createdAt"`);
    expect(audit.map((a) => a.action)).toEqual(['link-group.create', 'link.create']);
  });
});

describe('banners with a schedule (C9)', () => {
  it('requires a picture from the site and its description; the end after the start; an http(s) link', async () => {
    const { root, dept } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const image = await bannerImage(root.id);
    await expect(createBanner(head, root.id, { slot: 'HOME_TOP', title: 'Dịch vụ công', imageId: image.id, alt: '' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { alt: 'Mô tả ảnh (alt) là bắt buộc.' },
    });
    await expect(createBanner(head, root.id, { slot: 'HOME_TOP', title: 'Dịch vụ công', alt: 'Cổng Dịch vụ công' })).rejects.toMatchObject({
      fields: { imageId: 'Hãy chọn ảnh cho banner.' },
    });
    const foreign = await bannerImage(dept.id);
    await expect(createBanner(head, root.id, { slot: 'HOME_TOP', title: 'Dịch vụ công', imageId: foreign.id, alt: 'Cổng Dịch vụ công' })).rejects.toThrow(
      'Ảnh đã chọn không thuộc thư viện ảnh của trang này.',
    );
    await expect(createBanner(head, root.id, { slot: 'HOME_TOP', title: 'Dịch vụ công', imageId: image.id, alt: 'Cổng Dịch vụ công', url: 'javascript:alert(1)' })).rejects.toMatchObject({
      fields: { url: 'Địa chỉ liên kết của banner phải là địa chỉ web đầy đủ bắt đầu bằng https:// hoặc http:// (ví dụ https://chinhphu.vn).' },
    });
    await expect(
      createBanner(head, root.id, { slot: 'HOME_TOP', title: 'Dịch vụ công', imageId: image.id, alt: 'Cổng Dịch vụ công', startsAt: '2026-12-10T08:00', endsAt: '2026-12-01T08:00' }),
    ).rejects.toMatchObject({ fields: { endsAt: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' } });
    await expect(createBanner(head, root.id, { slot: 'HOME_TOP', title: 'Dịch vụ công', imageId: image.id, alt: 'Cổng Dịch vụ công', startsAt: '2026-02-31T08:00' })).rejects.toMatchObject({
      fields: { startsAt: 'Thời điểm bắt đầu không hợp lệ; hãy chọn ngày và giờ.' },
    });
    await expect(createBanner(head, root.id, { slot: 'GIUA' as 'HEADER', title: 'x', imageId: image.id, alt: 'x' })).rejects.toMatchObject({
      fields: { slot: 'Hãy chọn vị trí hiển thị của banner.' },
    });
    expect(await sql('SELECT id FROM banners')).toEqual([]);
  });

  it('reads typed dates as Vietnam time and stores the instant', async () => {
    const { root } = await smallProvince();
    const image = await bannerImage(root.id);
    await createBanner(as(root.id, 'SUPER_ADMIN'), root.id, { slot: 'SIDEBAR', title: 'Tết', imageId: image.id, alt: 'Chúc mừng năm mới', startsAt: '2027-01-01T00:00', endsAt: '2027-02-15T17:30' });
    // Prisma keeps instants as UTC in timestamp columns; read them as text to avoid the driver's zone.
    const [row] = await sql<{ startsAt: string; endsAt: string }>('SELECT "startsAt"::text AS "startsAt", "endsAt"::text AS "endsAt" FROM banners');
    expect(row).toEqual({ startsAt: '2026-12-31 17:00:00', endsAt: '2027-02-15 10:30:00' });
    const [banner] = await listBannersForConsole(as(root.id, 'SUPER_ADMIN'), root.id);
    expect([banner!.startsAt, banner!.endsAt]).toEqual(['2026-12-31T17:00:00.000Z', '2027-02-15T10:30:00.000Z']);
  });

  it('shows only banners inside their dates, of its own site, in their order; the console says which state each is in', async () => {
    const { root, dept } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const now = new Date('2026-11-20T03:00:00Z');
    const make = async (title: string, startsAt: Date | null, endsAt: Date | null, position = 0, siteId = root.id) =>
      createBanner(as(siteId, 'SUPER_ADMIN'), siteId, { slot: 'HOME_TOP', title, imageId: (await bannerImage(siteId)).id, alt: title, startsAt, endsAt, position });
    await make('Đang chạy', new Date(now.getTime() - DAY), new Date(now.getTime() + DAY), 2);
    await make('Không hạn', null, null, 1);
    await make('Bắt đầu đúng lúc này', now, null, 3);
    await make('Đã hết hạn', new Date(now.getTime() - 10 * DAY), new Date(now.getTime() - DAY));
    await make('Hết hạn đúng lúc này', null, now);
    await make('Chưa đến ngày', new Date(now.getTime() + DAY), null);
    await make('Banner của Sở', null, null, 0, dept.id);

    expect((await listActiveBanners(root.id, now)).map((b) => b.alt)).toEqual(['Không hạn', 'Đang chạy', 'Bắt đầu đúng lúc này']);
    expect((await listActiveBanners(dept.id, now)).map((b) => b.alt)).toEqual(['Banner của Sở']);
    const states = Object.fromEntries((await listBannersForConsole(head, root.id, now)).map((b) => [b.title, b.state]));
    expect(states).toEqual({
      'Đang chạy': 'ACTIVE',
      'Không hạn': 'ACTIVE',
      'Bắt đầu đúng lúc này': 'ACTIVE',
      'Đã hết hạn': 'EXPIRED',
      'Hết hạn đúng lúc này': 'EXPIRED',
      'Chưa đến ngày': 'SCHEDULED',
    });
  });

  it('serves a banner’s picture to the public only while the banner is inside its dates', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const image = await bannerImage(root.id);
    const publicFile = () => serveMedia({ siteId: root.id, mediaId: image.id, file: 'w640.webp', preview: false });
    const later = new Date(Date.now() + 30 * DAY);
    const { id } = await createBanner(head, root.id, { slot: 'HOME_TOP', title: 'Tết', imageId: image.id, alt: 'Chúc mừng năm mới', startsAt: later });
    expect(await publicFile()).toBeNull();
    await updateBanner(head, root.id, id, { slot: 'HOME_TOP', title: 'Tết', imageId: image.id, alt: 'Chúc mừng năm mới', startsAt: new Date(Date.now() - DAY), endsAt: later });
    expect((await publicFile())?.contentType).toBe('image/webp');
    await deleteBanner(head, root.id, id);
    expect(await publicFile()).toBeNull();
  });

  it('contributors, editors and other sites cannot manage banners', async () => {
    const { root, dept } = await smallProvince();
    const image = await bannerImage(root.id);
    const input = { slot: 'FOOTER' as const, title: 'Banner', imageId: image.id, alt: 'Banner cuối trang' };
    for (const role of ['CONTRIBUTOR', 'EDITOR'] as const) {
      await expect(createBanner(as(root.id, role), root.id, input)).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Chỉ quản trị trang hoặc trưởng ban biên tập được quản lý banner.' });
    }
    await expect(createBanner(as(dept.id, 'SUPER_ADMIN'), root.id, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { id } = await createBanner(as(root.id, 'BOARD_HEAD'), root.id, input);
    await expect(deleteBanner(as(root.id, 'CONTRIBUTOR'), root.id, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteBanner(as(dept.id, 'SUPER_ADMIN'), dept.id, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await sql<{ action: string; siteId: string }>(`SELECT action, "siteId" FROM audit_logs WHERE entity = 'banner'`))).toEqual([{ action: 'banner.create', siteId: root.id }]);
  });
});
