import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Actor } from '@/server/actor';
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
import { pageWorkflow } from '@/modules/intro/page-workflow';
import { createPage, deletePage, getIntroPage, getPageForEditing, listIntroPages, pageTransition, updatePage } from '@/modules/intro/pages.service';
import { createPerson, deletePerson, getLeaderProfile, getPersonForEditing, listContactPeople, listLeaders, personTransition, updatePerson } from '@/modules/intro/people.service';
import { getRevisionPair, listPendingWork, restoreRevision } from '@/modules/workflow/workflow.service';
import { WORKFLOW_ADAPTERS } from '@/server/workflow-adapters';
import { resetDatabase, sql } from '../helpers/db';
import { approveThroughBoard, editorialBoard, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

type Role = 'SUPER_ADMIN' | 'BOARD_HEAD' | 'BOARD_DEPUTY' | 'EDITOR' | 'CONTRIBUTOR';
/** A session-only actor: enough for site structure (the e-mail directory), never for the editorial workflow. */
const as = (siteId: string, role: Role): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });
const PLATFORM: Actor = { userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] };
const IMPORT = { imported: 'PUBLISHED' } as const;
const body = paragraphsToDoc(['Ủy ban nhân dân tỉnh gồm Chủ tịch và các Phó Chủ tịch.']);
const orgPage = { title: 'Cơ cấu tổ chức', kind: 'ORGANISATION' as const, body };
const leader = { name: 'Lê Quang Vinh', jobTitle: 'Chủ tịch Ủy ban nhân dân tỉnh', phone: '0258 3822 001', email: 'LQVinh@KhanhHoa.gov.vn', isLeader: true };
const status = async (table: 'pages' | 'people', id: string) => (await sql<{ status: string }>(`SELECT status FROM ${table} WHERE id = $1`, [id]))[0]!.status;

describe('validation with precise Vietnamese messages (C2, C7)', () => {
  it('pages: title required, slug format, reserved slug, order, unreadable body', async () => {
    const { root } = await smallProvince();
    const { contributor: head } = await editorialBoard(root.id, 'v');
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
    const { contributor: head } = await editorialBoard(root.id, 'v');
    await expect(createPerson(head, root.id, { ...leader, name: '' })).rejects.toMatchObject({ fields: { name: 'Họ và tên là bắt buộc.' } });
    await expect(createPerson(head, root.id, { ...leader, jobTitle: ' ' })).rejects.toMatchObject({ fields: { jobTitle: 'Chức vụ là bắt buộc.' } });
    await expect(createPerson(head, root.id, { ...leader, email: 'lqvinh@khanhhoa' })).rejects.toMatchObject({
      fields: { email: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: vanphong@khanhhoa.gov.vn).' },
    });
    await expect(createPerson(head, root.id, { ...leader, phone: '0258-38-22-ABC' })).rejects.toMatchObject({ fields: { phone: PHONE_MESSAGE } });
    await expect(createPerson(head, root.id, { ...leader, phone: '12345' })).rejects.toMatchObject({ fields: { phone: PHONE_MESSAGE } });
    await expect(createPerson(head, root.id, { ...leader, photoId: 'anh-1' })).rejects.toMatchObject({ fields: { photoId: 'Ảnh chân dung không hợp lệ.' } });
    await expect(createPerson(head, root.id, { ...leader, photoId: '0190f0a0-0000-7000-8000-000000000001' })).rejects.toThrow('Ảnh chân dung không thuộc thư viện ảnh của trang.');
    const ok = await createPerson(head, root.id, { ...leader, phone: '+84 (258) 3822.001' });
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
    const { editor: head } = await editorialBoard(root.id, 'nfc');
    const nfd = (s: string) => s.normalize('NFD');
    const page = await createPage(head, root.id, { ...orgPage, title: nfd('Lịch sử hình thành'), body: paragraphsToDoc([nfd('Tỉnh Khánh Hòa được tái lập năm 1989.')]) });
    expect(page.slug).toBe('lich-su-hinh-thanh');
    await createPerson(head, root.id, { ...leader, name: nfd('Phạm Thị Minh Thư'), duties: nfd('Phụ trách tài chính, ngân sách.') });
    await createDirectoryEntry(as(root.id, 'BOARD_HEAD'), root.id, { unit: nfd('Văn phòng Ủy ban nhân dân tỉnh'), holder: nfd('Trần Minh Đức'), email: 'vpubnd@khanhhoa.gov.vn' });
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
  it('drafts, items waiting for approval, unpublished pages and people are never listed nor found', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'pub');
    await createPage(board.contributor, root.id, { ...orgPage, title: 'Bản nháp giới thiệu' });
    const waiting = await createPage(board.contributor, root.id, { ...orgPage, title: 'Trang chờ duyệt' });
    await pageTransition(board.contributor, root.id, waiting.id, { action: 'submit' });
    await pageTransition(board.editor, root.id, waiting.id, { action: 'review' });
    const pub = await createPage(board.contributor, root.id, { ...orgPage, title: 'Trang đã gỡ' });
    await approveThroughBoard(board, pageTransition, root.id, pub.id);
    expect(await getIntroPage({ siteId: root.id, slug: pub.slug, lang: 'vi' })).not.toBeNull();
    await expect(pageTransition(board.head, root.id, pub.id, { action: 'unpublish' })).rejects.toThrow('Hãy ghi lý do gỡ bài.');
    await pageTransition(board.head, root.id, pub.id, { action: 'unpublish', reason: 'Cơ cấu đã thay đổi.' });
    await createPerson(board.contributor, root.id, { ...leader, name: 'Người chưa duyệt' });
    const gone = await createPerson(board.contributor, root.id, { ...leader, name: 'Người đã gỡ', isSiteContact: true });
    await approveThroughBoard(board, personTransition, root.id, gone.id);
    await personTransition(board.head, root.id, gone.id, { action: 'unpublish', reason: 'Đã nghỉ hưu.' });
    expect(await listIntroPages({ siteId: root.id, lang: 'vi' })).toEqual([]);
    expect(await getIntroPage({ siteId: root.id, slug: 'ban-nhap-gioi-thieu', lang: 'vi' })).toBeNull();
    expect(await getIntroPage({ siteId: root.id, slug: pub.slug, lang: 'vi' })).toBeNull();
    expect(await listLeaders({ siteId: root.id, lang: 'vi' })).toEqual([]);
    expect(await getLeaderProfile({ siteId: root.id, slug: 'nguoi-chua-duyet', lang: 'vi' })).toBeNull();
    expect(await listContactPeople({ siteId: root.id, lang: 'vi' })).toEqual({ siteContact: null, others: [] });
  });

  it('groups published pages by kind in the order of C2, leaders in their order', async () => {
    const { root } = await smallProvince();
    // Content approved before the platform, brought in by the command line.
    await createPage(CLI_ACTOR, root.id, { title: 'Địa lý', kind: 'GEOGRAPHY', body }, IMPORT);
    await createPage(CLI_ACTOR, root.id, { title: 'Chức năng', kind: 'FUNCTIONS', position: 2, body }, IMPORT);
    await createPage(CLI_ACTOR, root.id, { title: 'Cơ cấu', kind: 'ORGANISATION', position: 5, body }, IMPORT);
    await createPerson(CLI_ACTOR, root.id, { ...leader, name: 'Phó Chủ tịch', position: 2 }, IMPORT);
    await createPerson(CLI_ACTOR, root.id, { ...leader, name: 'Chủ tịch', position: 1 }, IMPORT);
    await createPerson(CLI_ACTOR, root.id, { name: 'Cán bộ đầu mối', jobTitle: 'Chuyên viên', isLeader: false }, IMPORT);
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
    const { editor: head } = await editorialBoard(root.id, 'slug');
    const page = await createPage(CLI_ACTOR, root.id, { title: 'Lãnh đạo', kind: 'OTHER', body }, IMPORT);
    expect(page.slug).toBe('lanh-dao-2');
    await expect(updatePage(head, root.id, page.id, { title: 'Lãnh đạo', kind: 'OTHER', body, slug: 'lanh-dao' })).rejects.toThrow(RESERVED_SLUG_MESSAGE);
    await expect(createPage(head, root.id, { title: 'Leadership', body, lang: 'en', translationOfId: page.id, slug: 'lanh-dao' })).rejects.toThrow(RESERVED_SLUG_MESSAGE);
    expect(await getIntroPage({ siteId: root.id, slug: 'lanh-dao', lang: 'vi' })).toBeNull();
    const taken = await createPage(head, root.id, { ...orgPage, slug: 'co-cau-to-chuc' });
    expect(taken.slug).toBe('co-cau-to-chuc');
    await expect(createPage(head, root.id, { ...orgPage, slug: 'co-cau-to-chuc' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { slug: 'Đường dẫn này đã được dùng cho một trang giới thiệu khác cùng ngôn ngữ.' },
    });
  });
});

describe('the editorial workflow for introduction pages and people (E2, E3)', () => {
  it('a page goes contributor → editor → head and appears publicly; nobody approves their own work; the mail and pending work follow', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'page');
    const page = await createPage(board.contributor, root.id, orgPage);
    expect(page.status).toBe('DRAFT');
    expect(await getIntroPage({ siteId: root.id, slug: page.slug, lang: 'vi' })).toBeNull();
    // The author cannot skip the editor, nor approve.
    await pageTransition(board.contributor, root.id, page.id, { action: 'submit' });
    await expect(pageTransition(board.contributor, root.id, page.id, { action: 'review' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listPendingWork(board.editor, WORKFLOW_ADAPTERS)).map((w) => [w.title, w.why, w.path])).toEqual([
      ['Cơ cấu tổ chức', 'Chờ bạn biên tập', `/quan-tri/trang/${root.id}/gioi-thieu/${page.id}`],
    ]);
    await pageTransition(board.editor, root.id, page.id, { action: 'review' });
    await expect(pageTransition(board.editor, root.id, page.id, { action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getIntroPage({ siteId: root.id, slug: page.slug, lang: 'vi' })).toBeNull();
    await pageTransition(board.head, root.id, page.id, { action: 'approve' });
    expect(await getIntroPage({ siteId: root.id, slug: page.slug, lang: 'vi' })).toMatchObject({ title: 'Cơ cấu tổ chức', kind: 'ORGANISATION' });
    expect((await listIntroPages({ siteId: root.id, lang: 'vi' })).map((p) => p.title)).toEqual(['Cơ cấu tổ chức']);

    // The head's own page needs someone else: head cannot review nor approve it, and the deputy only when delegated.
    const own = await createPage(board.head, root.id, { ...orgPage, title: 'Chức năng, nhiệm vụ', kind: 'FUNCTIONS' });
    await pageTransition(board.head, root.id, own.id, { action: 'submit' });
    await expect(pageTransition(board.head, root.id, own.id, { action: 'review' })).rejects.toThrow('Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.');
    await pageTransition(board.editor, root.id, own.id, { action: 'review' });
    await expect(pageTransition(board.head, root.id, own.id, { action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(pageTransition(board.deputy, root.id, own.id, { action: 'approve' })).rejects.toThrow('Phó trưởng ban chỉ được duyệt khi Trưởng ban đã ủy quyền.');
    expect(await status('pages', own.id)).toBe('REVIEWED');
    const actions = (await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "entityId" = $1 ORDER BY "createdAt"`, [page.id])).map((r) => r.action);
    expect(actions).toEqual(['page.create', 'page.submit', 'page.review', 'page.approve']);
  });

  it('the site super-admin and platform administrators do not write or publish content; only the head deletes, never a public item', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'rights');
    const [sa] = await sql<{ id: string }>('SELECT id FROM users WHERE email = $1', ['quantri@khanhhoa.gov.vn']);
    const superAdmin: Actor = { userId: sa!.id, label: 'quantri@khanhhoa.gov.vn', isPlatformAdmin: false, memberships: [{ siteId: root.id, role: 'SUPER_ADMIN' }] };
    await expect(createPage(superAdmin, root.id, orgPage)).rejects.toThrow('Bạn không có quyền viết trang giới thiệu trên trang này (chỉ thành viên ban biên tập và cộng tác viên).');
    await expect(createPerson(superAdmin, root.id, leader)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createPage(PLATFORM, root.id, orgPage)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Only the command line imports content as already published.
    await expect(createPage(board.head, root.id, orgPage, IMPORT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const page = await createPage(board.contributor, root.id, orgPage);
    await pageTransition(board.contributor, root.id, page.id, { action: 'submit' });
    await pageTransition(board.editor, root.id, page.id, { action: 'review' });
    await expect(pageTransition(superAdmin, root.id, page.id, { action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await pageTransition(board.head, root.id, page.id, { action: 'approve' });
    await expect(deletePage(board.editor, root.id, page.id)).rejects.toThrow('Chỉ Trưởng ban biên tập được xóa trang giới thiệu.');
    await expect(deletePage(board.head, root.id, page.id)).rejects.toThrow('Trang đang đăng hoặc hẹn giờ đăng: hãy gỡ trang (ghi lý do) trước khi xóa.');
    await pageTransition(board.head, root.id, page.id, { action: 'unpublish', reason: 'Thay bằng trang mới.' });
    await deletePage(board.head, root.id, page.id);
    expect(await sql('SELECT id FROM editorial_items WHERE "entityId" = $1', [page.id])).toEqual([]);
    const person = await createPerson(board.contributor, root.id, leader);
    await expect(deletePerson(board.deputy, root.id, person.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await deletePerson(board.head, root.id, person.id);
    // The e-mail directory stays site structure: the super-admin and the board keep it, editors do not.
    const editor = as(root.id, 'EDITOR');
    await expect(createDirectoryEntry(editor, root.id, { unit: 'Sở Y tế', email: 'syt@khanhhoa.gov.vn' })).rejects.toThrow(
      'Chỉ quản trị trang và ban biên tập được sửa danh bạ thư điện tử.',
    );
    expect((await listDirectoryForConsole(editor, root.id)).canManage).toBe(false);
    await createDirectoryEntry(as(root.id, 'SUPER_ADMIN'), root.id, { unit: 'Sở Y tế', email: 'syt@khanhhoa.gov.vn' });
  });

  it('editing a published leadership profile keeps the public copy until the new version is approved', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'profile');
    const person = await createPerson(board.contributor, root.id, { ...leader, duties: 'Phụ trách chung.' });
    await approveThroughBoard(board, personTransition, root.id, person.id);
    const saved = await updatePerson(board.editor, root.id, person.id, { ...leader, jobTitle: 'Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh', duties: 'Phụ trách chung; quốc phòng, an ninh.' });
    expect(saved).toMatchObject({ state: 'DRAFT', pendingVersion: true });
    const profile = () => getLeaderProfile({ siteId: root.id, slug: person.slug, lang: 'vi' });
    expect(await profile()).toMatchObject({ jobTitle: 'Chủ tịch Ủy ban nhân dân tỉnh', duties: 'Phụ trách chung.' });
    const editing = await getPersonForEditing(board.editor, root.id, person.id);
    expect(editing).toMatchObject({ status: 'PUBLISHED', jobTitle: 'Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh', publicName: 'Lê Quang Vinh', editorial: { pendingVersion: true, state: 'DRAFT' } });
    // The editor who started the new version is its author: someone else reviews it.
    await personTransition(board.editor, root.id, person.id, { action: 'submit' });
    await expect(personTransition(board.editor, root.id, person.id, { action: 'review' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await personTransition(board.deputy, root.id, person.id, { action: 'review' });
    expect((await profile())?.jobTitle).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
    await personTransition(board.head, root.id, person.id, { action: 'approve' });
    expect(await profile()).toMatchObject({ jobTitle: 'Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh', duties: 'Phụ trách chung; quốc phòng, an ninh.' });
    expect(await status('people', person.id)).toBe('PUBLISHED');
  });

  it('page revisions: every save is a version; the diff shows the words; restoring makes a new draft version', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'rev');
    const page = await createPage(board.contributor, root.id, orgPage);
    await updatePage(board.contributor, root.id, page.id, { ...orgPage, title: 'Cơ cấu tổ chức bộ máy', slug: 'co-cau-bo-may' });
    const view = await getPageForEditing(board.editor, root.id, page.id);
    expect(view).toMatchObject({ title: 'Cơ cấu tổ chức bộ máy', slug: 'co-cau-bo-may', publicSlug: 'co-cau-bo-may' });
    const pair = await getRevisionPair(board.editor, pageWorkflow, { siteId: root.id, entityId: page.id, left: 1, right: 2 });
    expect(pair.right.view.fields.slice(0, 2)).toEqual([
      { label: 'Tiêu đề', value: 'Cơ cấu tổ chức bộ máy' },
      { label: 'Đường dẫn', value: 'co-cau-bo-may' },
    ]);
    await restoreRevision(board.contributor, pageWorkflow, { siteId: root.id, entityId: page.id, number: 1 });
    expect((await getPageForEditing(board.editor, root.id, page.id))?.title).toBe('Cơ cấu tổ chức');
  });
});

describe('two-site isolation', () => {
  it("site B's console cannot see, change or move site A's pages, people and directory; the public of B never sees them", async () => {
    const { root, dept } = await smallProvince();
    const rootBoard = await editorialBoard(root.id, 'a');
    const deptBoard = await editorialBoard(dept.id, 'b');
    const deptHead = deptBoard.head;
    const page = await createPage(rootBoard.contributor, root.id, orgPage);
    await approveThroughBoard(rootBoard, pageTransition, root.id, page.id);
    const person = await createPerson(CLI_ACTOR, root.id, { ...leader, isSiteContact: true }, IMPORT);
    const entry = await createDirectoryEntry(as(root.id, 'BOARD_HEAD'), root.id, { unit: 'Văn phòng UBND tỉnh', email: 'vpubnd@khanhhoa.gov.vn' });
    await expect(updatePage(deptHead, dept.id, page.id, orgPage)).rejects.toThrow('Không tìm thấy trang giới thiệu.');
    await expect(deletePage(deptHead, dept.id, page.id)).rejects.toThrow('Không tìm thấy trang giới thiệu.');
    await expect(updatePerson(deptHead, dept.id, person.id, leader)).rejects.toThrow('Không tìm thấy người này.');
    // Another site's item cannot be transitioned, whichever site the request names.
    await expect(pageTransition(deptHead, dept.id, page.id, { action: 'unpublish', reason: 'Gỡ hộ.' })).rejects.toThrow('Không tìm thấy trang giới thiệu.');
    await expect(pageTransition(deptHead, root.id, page.id, { action: 'unpublish', reason: 'Gỡ hộ.' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(personTransition(deptHead, dept.id, person.id, { action: 'unpublish', reason: 'Gỡ hộ.' })).rejects.toThrow('Không tìm thấy thông tin lãnh đạo, người liên hệ.');
    await expect(personTransition(deptHead, root.id, person.id, { action: 'unpublish', reason: 'Gỡ hộ.' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(pageTransition(deptHead, dept.id, 'khong-phai-uuid', { action: 'submit' })).rejects.toThrow('Không tìm thấy trang giới thiệu.');
    await expect(updateDirectoryEntry(as(dept.id, 'BOARD_HEAD'), dept.id, entry.id, { unit: 'Đổi', email: 'x@khanhhoa.gov.vn' })).rejects.toThrow('Không tìm thấy mục danh bạ.');
    await expect(deleteDirectoryEntry(as(dept.id, 'BOARD_HEAD'), dept.id, entry.id)).rejects.toThrow('Không tìm thấy mục danh bạ.');
    await expect(moveDirectoryEntry(as(dept.id, 'BOARD_HEAD'), dept.id, entry.id, 'down')).rejects.toThrow('Không tìm thấy mục danh bạ.');
    // An English version cannot hang on another site's page.
    await expect(createPage(deptBoard.contributor, dept.id, { title: 'Organisation', body, lang: 'en', translationOfId: page.id })).rejects.toThrow('Trang gốc không thuộc trang này.');
    expect(await listIntroPages({ siteId: dept.id, lang: 'vi' })).toEqual([]);
    expect(await getIntroPage({ siteId: dept.id, slug: page.slug, lang: 'vi' })).toBeNull();
    expect(await listLeaders({ siteId: dept.id, lang: 'vi' })).toEqual([]);
    expect(await getContactDirectory({ siteId: dept.id, lang: 'vi' })).toMatchObject({ siteContact: null, others: [], directory: [] });
    expect([await status('pages', page.id), await status('people', person.id)]).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect((await listDirectory({ siteId: root.id, lang: 'vi' })).map((e) => e.unit)).toEqual(['Văn phòng UBND tỉnh']);
  });
});

describe('English versions (C11)', () => {
  it('links a page and its published translation both ways; kind and order follow the original once approved', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'en');
    const vi = await createPage(CLI_ACTOR, root.id, { ...orgPage, slug: 'co-cau-to-chuc', position: 3 }, IMPORT);
    await expect(createPage(board.contributor, root.id, { title: 'Organisation', body, lang: 'en' })).rejects.toThrow('Bản tiếng Anh phải gắn với một trang tiếng Việt.');
    const en = await createPage(board.contributor, root.id, { title: 'Organisation', kind: 'HISTORY', position: 9, body, lang: 'en', translationOfId: vi.id });
    await expect(createPage(board.contributor, root.id, { title: 'Organisation 2', body, lang: 'en', translationOfId: vi.id })).rejects.toThrow('Trang này đã có bản tiếng Anh; hãy sửa bản đó.');
    // A draft translation is not offered.
    expect((await getIntroPage({ siteId: root.id, slug: 'co-cau-to-chuc', lang: 'vi' }))?.translation).toBeNull();
    expect(await hasEnglishIntro(root.id)).toBe(false);
    await approveThroughBoard(board, pageTransition, root.id, en.id);
    expect((await getIntroPage({ siteId: root.id, slug: 'co-cau-to-chuc', lang: 'vi' }))?.translation).toEqual({ lang: 'en', slug: 'organisation' });
    const english = await getIntroPage({ siteId: root.id, slug: 'organisation', lang: 'en' });
    expect(english).toMatchObject({ lang: 'en', kind: 'ORGANISATION', title: 'Organisation', translation: { lang: 'vi', slug: 'co-cau-to-chuc' } });
    expect(await getIntroPage({ siteId: root.id, slug: 'organisation', lang: 'vi' })).toBeNull();
    const kindOf = async (id: string) => (await sql<{ kind: string; position: number }>(`SELECT kind, position FROM pages WHERE id = $1`, [id]))[0];
    await updatePage(board.contributor, root.id, vi.id, { ...orgPage, kind: 'FUNCTIONS', position: 1 });
    expect(await kindOf(en.id)).toEqual({ kind: 'ORGANISATION', position: 3 });
    await approveThroughBoard(board, pageTransition, root.id, vi.id);
    expect(await kindOf(en.id)).toEqual({ kind: 'FUNCTIONS', position: 1 });
    expect(await hasEnglishIntro(root.id)).toBe(true);
    await pageTransition(board.head, root.id, vi.id, { action: 'unpublish', reason: 'Sắp xếp lại.' });
    await expect(deletePage(board.head, root.id, vi.id)).rejects.toThrow('Trang còn bản tiếng Anh; hãy xóa bản tiếng Anh trước.');
  });

  it('English people keep the original facts; untranslated people and units fall back to Vietnamese, marked as such', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'enp');
    const chair = await createPerson(CLI_ACTOR, root.id, { ...leader, duties: 'Phụ trách chung.' }, IMPORT);
    await createPerson(CLI_ACTOR, root.id, { ...leader, name: 'Đỗ Hữu Khang', jobTitle: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', position: 1 }, IMPORT);
    const english = await createPerson(board.contributor, root.id, {
      name: 'Le Quang Vinh',
      jobTitle: 'Chairman of the Provincial People’s Committee',
      duties: 'Overall management.',
      phone: '0000 0000',
      lang: 'en',
      translationOfId: chair.id,
    });
    await approveThroughBoard(board, personTransition, root.id, english.id);
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
    await personTransition(board.head, root.id, chair.id, { action: 'unpublish', reason: 'Đã chuyển công tác.' });
    expect(await getLeaderProfile({ siteId: root.id, slug: 'le-quang-vinh', lang: 'en' })).toBeNull();

    const head = as(root.id, 'BOARD_HEAD');
    await createDirectoryEntry(head, root.id, { unit: 'Sở Y tế', unitEn: 'Department of Health', email: 'syt@khanhhoa.gov.vn' });
    await createDirectoryEntry(head, root.id, { unit: 'Thanh tra tỉnh', email: 'thanhtra@khanhhoa.gov.vn' });
    expect((await listDirectory({ siteId: root.id, lang: 'en' })).map((e) => [e.unit, e.unitLang])).toEqual([
      ['Department of Health', 'en'],
      ['Thanh tra tỉnh', 'vi'],
    ]);
  });
});

describe('contacts and the e-mail directory (C7)', () => {
  it('one person in charge of the site; the one approved replaces them, not before; others are contact persons', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'contact');
    const first = await createPerson(CLI_ACTOR, root.id, { name: 'Nguyễn Thị Thanh Hương', jobTitle: 'Giám đốc Trung tâm', isSiteContact: true }, IMPORT);
    await createPerson(CLI_ACTOR, root.id, { name: 'Nguyen Thi Thanh Huong', jobTitle: 'Director', lang: 'en', translationOfId: first.id }, IMPORT);
    await createPerson(CLI_ACTOR, root.id, { name: 'Hồ Văn Tài', jobTitle: 'Chuyên viên' }, IMPORT);
    expect((await listContactPeople({ siteId: root.id, lang: 'en' })).siteContact).toMatchObject({ lang: 'en', name: 'Nguyen Thi Thanh Huong', jobTitle: 'Director' });
    const second = await createPerson(board.contributor, root.id, { name: 'Trần Minh Đức', jobTitle: 'Chánh Văn phòng', isSiteContact: true });
    expect((await listContactPeople({ siteId: root.id, lang: 'vi' })).siteContact?.name).toBe('Nguyễn Thị Thanh Hương');
    await approveThroughBoard(board, personTransition, root.id, second.id);
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
