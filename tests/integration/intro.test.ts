import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/server/actor';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import {
  createDirectoryEntry,
  deleteDirectoryEntry,
  listDirectory,
  listDirectoryForConsole,
  moveDirectoryEntry,
  updateDirectoryEntry,
} from '@/modules/intro/directory.service';
import { PHONE_MESSAGE, RESERVED_SLUG_MESSAGE } from '@/modules/intro/intro.schemas';
import { getContactDirectory, getIntroIndex, hasEnglishIntro } from '@/modules/intro/intro.service';
import { createPage, deletePage, getIntroPage, listIntroPages, setPagePublished, updatePage } from '@/modules/intro/pages.service';
import { createPerson, getLeaderProfile, listContactPeople, listLeaders, setPersonPublished, updatePerson } from '@/modules/intro/people.service';
import { resetDatabase, sql } from '../helpers/db';
import { smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

type Role = 'SUPER_ADMIN' | 'BOARD_HEAD' | 'BOARD_DEPUTY' | 'EDITOR' | 'CONTRIBUTOR';
const as = (siteId: string, role: Role): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });
const PLATFORM: Actor = { userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] };
const body = paragraphsToDoc(['Ủy ban nhân dân tỉnh gồm Chủ tịch và các Phó Chủ tịch.']);
const orgPage = { title: 'Cơ cấu tổ chức', kind: 'ORGANISATION' as const, body };
const leader = { name: 'Lê Quang Vinh', jobTitle: 'Chủ tịch Ủy ban nhân dân tỉnh', phone: '0258 3822 001', email: 'LQVinh@KhanhHoa.gov.vn', isLeader: true };

describe('validation with precise Vietnamese messages (C2, C7)', () => {
  it('pages: title required, slug format, reserved slug, order, unreadable body', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await expect(createPage(head, root.id, { ...orgPage, title: '   ' })).rejects.toMatchObject({ code: 'VALIDATION', fields: { title: 'Tiêu đề là bắt buộc.' } });
    await expect(createPage(head, root.id, { ...orgPage, slug: 'Cơ cấu' })).rejects.toMatchObject({ fields: { slug: expect.stringContaining('Đường dẫn chỉ gồm chữ thường không dấu') } });
    await expect(createPage(head, root.id, { ...orgPage, slug: 'lanh-dao' })).rejects.toMatchObject({ fields: { slug: RESERVED_SLUG_MESSAGE } });
    await expect(createPage(head, root.id, { ...orgPage, position: 'đầu' as unknown as number })).rejects.toMatchObject({ fields: { position: 'Thứ tự phải là một số nguyên từ 0 đến 1000.' } });
    await expect(createPage(head, root.id, { ...orgPage, kind: 'NEWS' as never })).rejects.toMatchObject({ fields: { kind: 'Loại trang không hợp lệ.' } });
    await expect(createPage(head, root.id, { ...orgPage, body: '{không phải JSON' })).rejects.toMatchObject({ fields: { body: 'Nội dung trang không đọc được.' } });
    expect(await sql(`SELECT id FROM pages`)).toEqual([]);
  });

  it('people: name and position required, e-mail and phone checked', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await expect(createPerson(head, root.id, { ...leader, name: '' })).rejects.toMatchObject({ fields: { name: 'Họ và tên là bắt buộc.' } });
    await expect(createPerson(head, root.id, { ...leader, jobTitle: ' ' })).rejects.toMatchObject({ fields: { jobTitle: 'Chức vụ là bắt buộc.' } });
    await expect(createPerson(head, root.id, { ...leader, email: 'lqvinh@khanhhoa' })).rejects.toMatchObject({
      fields: { email: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: vanphong@khanhhoa.gov.vn).' },
    });
    await expect(createPerson(head, root.id, { ...leader, phone: '0258-38-22-ABC' })).rejects.toMatchObject({ fields: { phone: PHONE_MESSAGE } });
    await expect(createPerson(head, root.id, { ...leader, phone: '12345' })).rejects.toMatchObject({ fields: { phone: PHONE_MESSAGE } });
    await expect(createPerson(head, root.id, { ...leader, photoId: 'anh-1' })).rejects.toMatchObject({ fields: { photoId: 'Ảnh chân dung không hợp lệ.' } });
    await expect(createPerson(head, root.id, { ...leader, photoId: '0190f0a0-0000-7000-8000-000000000001' })).rejects.toThrow('Ảnh chân dung không thuộc thư viện ảnh của trang.');
    const ok = await createPerson(head, root.id, { ...leader, phone: '+84 (258) 3822.001' }, { publish: true });
    const [row] = await sql<{ email: string; phone: string }>(`SELECT email, phone FROM people WHERE id = $1`, [ok.id]);
    expect(row).toEqual({ email: 'lqvinh@khanhhoa.gov.vn', phone: '+84 (258) 3822.001' });
  });

  it('directory: unit and e-mail required, e-mail and phone checked', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await expect(createDirectoryEntry(head, root.id, { unit: '', email: '' })).rejects.toMatchObject({
      fields: { unit: 'Tên đơn vị là bắt buộc.', email: 'Địa chỉ thư điện tử là bắt buộc.' },
    });
    await expect(createDirectoryEntry(head, root.id, { unit: 'Sở Y tế', email: 'syt@@khanhhoa.gov.vn' })).rejects.toMatchObject({
      fields: { email: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: vanphong@khanhhoa.gov.vn).' },
    });
    await expect(createDirectoryEntry(head, root.id, { unit: 'Sở Y tế', email: 'syt@khanhhoa.gov.vn', phone: 'gọi tổng đài' })).rejects.toMatchObject({ fields: { phone: PHONE_MESSAGE } });
  });
});

describe('Unicode NFC (C12)', () => {
  it('stores every typed text as NFC whatever was pasted', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const nfd = (s: string) => s.normalize('NFD');
    const page = await createPage(head, root.id, { ...orgPage, title: nfd('Lịch sử hình thành'), body: paragraphsToDoc([nfd('Tỉnh Khánh Hòa được tái lập năm 1989.')]) }, { publish: true });
    expect(page.slug).toBe('lich-su-hinh-thanh');
    await createPerson(head, root.id, { ...leader, name: nfd('Phạm Thị Minh Thư'), duties: nfd('Phụ trách tài chính, ngân sách.') });
    await createDirectoryEntry(head, root.id, { unit: nfd('Văn phòng Ủy ban nhân dân tỉnh'), holder: nfd('Trần Minh Đức'), email: 'vpubnd@khanhhoa.gov.vn' });
    const [p] = await sql<{ title: string; bodyHtml: string }>(`SELECT title, "bodyHtml" FROM pages`);
    const [person] = await sql<{ name: string; duties: string }>(`SELECT name, duties FROM people`);
    const [entry] = await sql<{ unit: string; holder: string }>(`SELECT unit, holder FROM directory_entries`);
    expect(p).toEqual({ title: 'Lịch sử hình thành'.normalize('NFC'), bodyHtml: `<p>${'Tỉnh Khánh Hòa được tái lập năm 1989.'.normalize('NFC')}</p>` });
    expect(person).toEqual({ name: 'Phạm Thị Minh Thư'.normalize('NFC'), duties: 'Phụ trách tài chính, ngân sách.'.normalize('NFC') });
    expect(entry).toEqual({ unit: 'Văn phòng Ủy ban nhân dân tỉnh'.normalize('NFC'), holder: 'Trần Minh Đức'.normalize('NFC') });
    for (const value of [p!.title, person!.name, entry!.unit]) expect(value).toBe(value.normalize('NFC'));
  });
});

describe('what the public sees', () => {
  it('drafts, unpublished pages and people are never listed nor found', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await createPage(head, root.id, { ...orgPage, title: 'Bản nháp giới thiệu' });
    const pub = await createPage(head, root.id, { ...orgPage, title: 'Trang đã gỡ' }, { publish: true });
    await setPagePublished(head, root.id, pub.id, false);
    await createPerson(head, root.id, { ...leader, name: 'Người chưa duyệt' });
    const gone = await createPerson(head, root.id, { ...leader, name: 'Người đã gỡ', isSiteContact: true }, { publish: true });
    await setPersonPublished(head, root.id, gone.id, false);
    expect(await listIntroPages({ siteId: root.id, lang: 'vi' })).toEqual([]);
    expect(await getIntroPage({ siteId: root.id, slug: 'ban-nhap-gioi-thieu', lang: 'vi' })).toBeNull();
    expect(await getIntroPage({ siteId: root.id, slug: pub.slug, lang: 'vi' })).toBeNull();
    expect(await listLeaders({ siteId: root.id, lang: 'vi' })).toEqual([]);
    expect(await getLeaderProfile({ siteId: root.id, slug: 'nguoi-chua-duyet', lang: 'vi' })).toBeNull();
    expect(await listContactPeople({ siteId: root.id, lang: 'vi' })).toEqual({ siteContact: null, others: [] });
  });

  it('groups published pages by kind in the order of C2, leaders in their order', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await createPage(head, root.id, { title: 'Địa lý', kind: 'GEOGRAPHY', body }, { publish: true });
    await createPage(head, root.id, { title: 'Chức năng', kind: 'FUNCTIONS', position: 2, body }, { publish: true });
    await createPage(head, root.id, { title: 'Cơ cấu', kind: 'ORGANISATION', position: 5, body }, { publish: true });
    await createPerson(head, root.id, { ...leader, name: 'Phó Chủ tịch', position: 2 }, { publish: true });
    await createPerson(head, root.id, { ...leader, name: 'Chủ tịch', position: 1 }, { publish: true });
    await createPerson(head, root.id, { name: 'Cán bộ đầu mối', jobTitle: 'Chuyên viên', isLeader: false }, { publish: true });
    const index = await getIntroIndex({ siteId: root.id, lang: 'vi' });
    expect(index.groups.map((g) => [g.kind, g.pages.map((p) => p.title)])).toEqual([
      ['ORGANISATION', ['Cơ cấu']],
      ['FUNCTIONS', ['Chức năng']],
      ['GEOGRAPHY', ['Địa lý']],
    ]);
    expect(index.leaders.map((l) => l.name)).toEqual(['Chủ tịch', 'Phó Chủ tịch']);
    expect(index.hasTranslation).toBe(false);
  });

  it('the slug "lanh-dao" belongs to the leadership page: a page titled so gets another address', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const page = await createPage(head, root.id, { title: 'Lãnh đạo', kind: 'OTHER', body }, { publish: true });
    expect(page.slug).toBe('lanh-dao-2');
    await expect(updatePage(head, root.id, page.id, { title: 'Lãnh đạo', kind: 'OTHER', body, slug: 'lanh-dao' })).rejects.toThrow(RESERVED_SLUG_MESSAGE);
    await expect(createPage(head, root.id, { title: 'Leadership', body, lang: 'en', translationOfId: page.id, slug: 'lanh-dao' })).rejects.toThrow(RESERVED_SLUG_MESSAGE);
    expect(await getIntroPage({ siteId: root.id, slug: 'lanh-dao', lang: 'vi' })).toBeNull();
    const taken = await createPage(head, root.id, { ...orgPage, slug: 'co-cau-to-chuc' }, { publish: true });
    expect(taken.slug).toBe('co-cau-to-chuc');
    await expect(createPage(head, root.id, { ...orgPage, slug: 'co-cau-to-chuc' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { slug: 'Đường dẫn này đã được dùng cho một trang giới thiệu khác cùng ngôn ngữ.' },
    });
  });
});

describe('publishing rights (content policy)', () => {
  it('editors write drafts; only the board and the super-admin publish, unpublish, delete and edit what is public', async () => {
    const { root } = await smallProvince();
    const editor = as(root.id, 'EDITOR');
    const deputy = as(root.id, 'BOARD_DEPUTY');
    await expect(createPage(editor, root.id, orgPage, { publish: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await createPage(editor, root.id, orgPage);
    await updatePage(editor, root.id, draft.id, { ...orgPage, title: 'Cơ cấu tổ chức (sửa)' });
    await expect(setPagePublished(editor, root.id, draft.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setPagePublished(deputy, root.id, draft.id, true);
    await expect(updatePage(editor, root.id, draft.id, orgPage)).rejects.toThrow('Trang đã đăng chỉ ban biên tập được sửa.');
    await expect(deletePage(as(root.id, 'CONTRIBUTOR'), root.id, draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createPerson(editor, root.id, leader, { publish: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const person = await createPerson(as(root.id, 'CONTRIBUTOR'), root.id, leader);
    await expect(setPersonPublished(editor, root.id, person.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createDirectoryEntry(editor, root.id, { unit: 'Sở Y tế', email: 'syt@khanhhoa.gov.vn' })).rejects.toThrow(
      'Chỉ quản trị trang và ban biên tập được sửa danh bạ thư điện tử.',
    );
    expect((await listDirectoryForConsole(editor, root.id)).canManage).toBe(false);
    // Platform administrators manage sites, not content.
    await expect(createPage(PLATFORM, root.id, orgPage)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "siteId" = $1 AND entity IN ('page', 'person') ORDER BY "createdAt"`, [root.id]);
    expect(audit.map((a) => a.action).sort()).toEqual(['page.create', 'page.publish', 'page.update', 'person.create']);
  });
});

describe('two-site isolation', () => {
  it("site B's console cannot see, change or publish site A's pages, people and directory; the public of B never sees them", async () => {
    const { root, dept } = await smallProvince();
    const rootHead = as(root.id, 'BOARD_HEAD');
    const deptHead = as(dept.id, 'BOARD_HEAD');
    const page = await createPage(rootHead, root.id, orgPage, { publish: true });
    const person = await createPerson(rootHead, root.id, { ...leader, isSiteContact: true }, { publish: true });
    const entry = await createDirectoryEntry(rootHead, root.id, { unit: 'Văn phòng UBND tỉnh', email: 'vpubnd@khanhhoa.gov.vn' });
    await expect(updatePage(deptHead, dept.id, page.id, orgPage)).rejects.toThrow('Không tìm thấy trang giới thiệu.');
    await expect(setPagePublished(deptHead, dept.id, page.id, false)).rejects.toThrow('Không tìm thấy trang giới thiệu.');
    await expect(deletePage(deptHead, dept.id, page.id)).rejects.toThrow('Không tìm thấy trang giới thiệu.');
    await expect(updatePerson(deptHead, dept.id, person.id, leader)).rejects.toThrow('Không tìm thấy người này.');
    await expect(updateDirectoryEntry(deptHead, dept.id, entry.id, { unit: 'Đổi', email: 'x@khanhhoa.gov.vn' })).rejects.toThrow('Không tìm thấy mục danh bạ.');
    await expect(deleteDirectoryEntry(deptHead, dept.id, entry.id)).rejects.toThrow('Không tìm thấy mục danh bạ.');
    await expect(moveDirectoryEntry(deptHead, dept.id, entry.id, 'down')).rejects.toThrow('Không tìm thấy mục danh bạ.');
    // A role on site B gives nothing on site A.
    await expect(setPagePublished(deptHead, root.id, page.id, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // An English version cannot hang on another site's page.
    await expect(createPage(deptHead, dept.id, { title: 'Organisation', body, lang: 'en', translationOfId: page.id })).rejects.toThrow('Trang gốc không thuộc trang này.');
    expect(await listIntroPages({ siteId: dept.id, lang: 'vi' })).toEqual([]);
    expect(await getIntroPage({ siteId: dept.id, slug: page.slug, lang: 'vi' })).toBeNull();
    expect(await listLeaders({ siteId: dept.id, lang: 'vi' })).toEqual([]);
    expect(await getContactDirectory({ siteId: dept.id, lang: 'vi' })).toMatchObject({ siteContact: null, others: [], directory: [] });
    const [row] = await sql<{ status: string }>(`SELECT status FROM pages WHERE id = $1`, [page.id]);
    expect(row!.status).toBe('PUBLISHED');
    expect((await listDirectory({ siteId: root.id, lang: 'vi' })).map((e) => e.unit)).toEqual(['Văn phòng UBND tỉnh']);
  });
});

describe('English versions (C11)', () => {
  it('links a page and its published translation both ways; kind and order follow the original', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const vi = await createPage(head, root.id, { ...orgPage, slug: 'co-cau-to-chuc', position: 3 }, { publish: true });
    await expect(createPage(head, root.id, { title: 'Organisation', body, lang: 'en' })).rejects.toThrow('Bản tiếng Anh phải gắn với một trang tiếng Việt.');
    const en = await createPage(head, root.id, { title: 'Organisation', kind: 'HISTORY', position: 9, body, lang: 'en', translationOfId: vi.id });
    await expect(createPage(head, root.id, { title: 'Organisation 2', body, lang: 'en', translationOfId: vi.id })).rejects.toThrow('Trang này đã có bản tiếng Anh; hãy sửa bản đó.');
    // A draft translation is not offered.
    expect((await getIntroPage({ siteId: root.id, slug: 'co-cau-to-chuc', lang: 'vi' }))?.translation).toBeNull();
    expect(await hasEnglishIntro(root.id)).toBe(false);
    await setPagePublished(head, root.id, en.id, true);
    expect((await getIntroPage({ siteId: root.id, slug: 'co-cau-to-chuc', lang: 'vi' }))?.translation).toEqual({ lang: 'en', slug: 'organisation' });
    const english = await getIntroPage({ siteId: root.id, slug: 'organisation', lang: 'en' });
    expect(english).toMatchObject({ lang: 'en', kind: 'ORGANISATION', title: 'Organisation', translation: { lang: 'vi', slug: 'co-cau-to-chuc' } });
    expect(await getIntroPage({ siteId: root.id, slug: 'organisation', lang: 'vi' })).toBeNull();
    await updatePage(head, root.id, vi.id, { ...orgPage, kind: 'FUNCTIONS', position: 1 });
    const [row] = await sql<{ kind: string; position: number }>(`SELECT kind, position FROM pages WHERE id = $1`, [en.id]);
    expect(row).toEqual({ kind: 'FUNCTIONS', position: 1 });
    expect(await hasEnglishIntro(root.id)).toBe(true);
    await expect(deletePage(head, root.id, vi.id)).rejects.toThrow('Trang còn bản tiếng Anh; hãy xóa bản tiếng Anh trước.');
  });

  it('English people keep the original facts; untranslated people and units fall back to Vietnamese, marked as such', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const chair = await createPerson(head, root.id, { ...leader, duties: 'Phụ trách chung.' }, { publish: true });
    await createPerson(head, root.id, { ...leader, name: 'Đỗ Hữu Khang', jobTitle: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', position: 1 }, { publish: true });
    await createPerson(
      head,
      root.id,
      { name: 'Le Quang Vinh', jobTitle: 'Chairman of the Provincial People’s Committee', duties: 'Overall management.', phone: '0000 0000', lang: 'en', translationOfId: chair.id },
      { publish: true },
    );
    const en = await listLeaders({ siteId: root.id, lang: 'en' });
    expect(en.map((p) => [p.lang, p.name, p.jobTitle, p.phone, p.email, p.profilePath])).toEqual([
      ['en', 'Le Quang Vinh', 'Chairman of the Provincial People’s Committee', '0258 3822 001', 'lqvinh@khanhhoa.gov.vn', '/en/gioi-thieu/lanh-dao/le-quang-vinh'],
      ['vi', 'Đỗ Hữu Khang', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', '0258 3822 001', 'lqvinh@khanhhoa.gov.vn', '/gioi-thieu/lanh-dao/do-huu-khang'],
    ]);
    expect(await getLeaderProfile({ siteId: root.id, slug: 'le-quang-vinh', lang: 'en' })).toMatchObject({
      lang: 'en',
      duties: 'Overall management.',
      translation: { lang: 'vi', slug: 'le-quang-vinh' },
    });
    expect((await getLeaderProfile({ siteId: root.id, slug: 'le-quang-vinh', lang: 'vi' }))?.translation).toEqual({ lang: 'en', slug: 'le-quang-vinh' });
    expect(await getLeaderProfile({ siteId: root.id, slug: 'do-huu-khang', lang: 'en' })).toBeNull();
    // An English profile disappears with its original.
    await setPersonPublished(head, root.id, chair.id, false);
    expect(await getLeaderProfile({ siteId: root.id, slug: 'le-quang-vinh', lang: 'en' })).toBeNull();

    await createDirectoryEntry(head, root.id, { unit: 'Sở Y tế', unitEn: 'Department of Health', email: 'syt@khanhhoa.gov.vn' });
    await createDirectoryEntry(head, root.id, { unit: 'Thanh tra tỉnh', email: 'thanhtra@khanhhoa.gov.vn' });
    expect((await listDirectory({ siteId: root.id, lang: 'en' })).map((e) => [e.unit, e.unitLang])).toEqual([
      ['Department of Health', 'en'],
      ['Thanh tra tỉnh', 'vi'],
    ]);
  });
});

describe('contacts and the e-mail directory (C7)', () => {
  it('one person in charge of the site; choosing another replaces them; others are contact persons', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const first = await createPerson(head, root.id, { name: 'Nguyễn Thị Thanh Hương', jobTitle: 'Giám đốc Trung tâm', isSiteContact: true }, { publish: true });
    await createPerson(head, root.id, { name: 'Nguyen Thi Thanh Huong', jobTitle: 'Director', lang: 'en', translationOfId: first.id }, { publish: true });
    await createPerson(head, root.id, { name: 'Hồ Văn Tài', jobTitle: 'Chuyên viên' }, { publish: true });
    expect((await listContactPeople({ siteId: root.id, lang: 'en' })).siteContact).toMatchObject({ lang: 'en', name: 'Nguyen Thi Thanh Huong', jobTitle: 'Director' });
    const second = await createPerson(head, root.id, { name: 'Trần Minh Đức', jobTitle: 'Chánh Văn phòng', isSiteContact: true }, { publish: true });
    const contacts = await listContactPeople({ siteId: root.id, lang: 'vi' });
    expect(contacts.siteContact?.name).toBe('Trần Minh Đức');
    expect(contacts.others.map((p) => p.name)).toEqual(['Hồ Văn Tài', 'Nguyễn Thị Thanh Hương']);
    const flagged = await sql<{ id: string }>(`SELECT id FROM people WHERE "siteId" = $1 AND "isSiteContact"`, [root.id]);
    expect(flagged.map((r) => r.id)).toEqual([second.id]);
  });

  it('entries keep their order; move up and down rewrites positions; delete removes one', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'SUPER_ADMIN');
    const a = await createDirectoryEntry(head, root.id, { unit: 'Văn phòng', email: 'vp@khanhhoa.gov.vn' });
    const b = await createDirectoryEntry(head, root.id, { unit: 'Sở Nội vụ', email: 'snv@khanhhoa.gov.vn', phone: '0258 3822 235' });
    const c = await createDirectoryEntry(head, root.id, { unit: 'Sở Tư pháp', email: 'stp@khanhhoa.gov.vn' });
    const units = async () => (await listDirectory({ siteId: root.id, lang: 'vi' })).map((e) => e.unit);
    expect(await units()).toEqual(['Văn phòng', 'Sở Nội vụ', 'Sở Tư pháp']);
    await moveDirectoryEntry(head, root.id, c.id, 'up');
    expect(await units()).toEqual(['Văn phòng', 'Sở Tư pháp', 'Sở Nội vụ']);
    await moveDirectoryEntry(head, root.id, a.id, 'up');
    await moveDirectoryEntry(head, root.id, a.id, 'down');
    expect(await units()).toEqual(['Sở Tư pháp', 'Văn phòng', 'Sở Nội vụ']);
    await expect(moveDirectoryEntry(head, root.id, a.id, 'sideways')).rejects.toThrow('Hướng di chuyển không hợp lệ.');
    await updateDirectoryEntry(head, root.id, b.id, { unit: 'Sở Nội vụ', email: 'NoiVu@KhanhHoa.gov.vn' });
    await deleteDirectoryEntry(head, root.id, c.id);
    expect(await listDirectory({ siteId: root.id, lang: 'vi' })).toEqual([
      { id: a.id, unit: 'Văn phòng', unitLang: 'vi', holder: null, email: 'vp@khanhhoa.gov.vn', phone: null },
      { id: b.id, unit: 'Sở Nội vụ', unitLang: 'vi', holder: null, email: 'noivu@khanhhoa.gov.vn', phone: null },
    ]);
    await expect(deleteDirectoryEntry(head, root.id, 'khong-phai-uuid')).rejects.toThrow('Không tìm thấy mục danh bạ.');
  });
});
