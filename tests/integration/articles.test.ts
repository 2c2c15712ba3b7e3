import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/server/actor';
import { articleTransition, createArticle, deleteArticle, getPublishedArticle, listLatestAcrossSites, listPublishedArticles, updateArticle } from '@/modules/articles/articles.service';
import { CLI_ACTOR } from '@/server/actor';
import { createCategory } from '@/modules/articles/categories.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, publishThroughBoard, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

const as = (siteId: string, role: 'SUPER_ADMIN' | 'BOARD_HEAD' | 'EDITOR' | 'CONTRIBUTOR'): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });
const body = paragraphsToDoc(['Đoạn thứ nhất.', 'Đoạn thứ hai.']);
const imported = { imported: 'PUBLISHED' as const };
const base = { title: 'Hội nghị tổng kết năm 2026', sapo: 'Tóm tắt bài viết.', body, author: 'Minh Châu', source: 'Văn phòng UBND tỉnh' };

describe('articles (C1)', () => {
  it('publishes with author and source, renders safe HTML, and shows it publicly with an NFC title', async () => {
    const { root } = await smallProvince();
    const created = await createArticle(CLI_ACTOR, root.id, { ...base, title: 'Hội nghị tổng kết năm 2026'.normalize('NFD') }, imported);
    expect(created.slug).toBe('hoi-nghi-tong-ket-nam-2026');
    const a = await getPublishedArticle({ siteId: root.id, slug: created.slug });
    expect(a?.title).toBe('Hội nghị tổng kết năm 2026'.normalize('NFC'));
    expect(a?.bodyHtml).toBe('<p>Đoạn thứ nhất.</p><p>Đoạn thứ hai.</p>');
    expect((await listPublishedArticles({ siteId: root.id })).total).toBe(1);
  });

  it('refuses to publish without author and source (mandatory attribution)', async () => {
    const { root } = await smallProvince();
    await expect(createArticle(CLI_ACTOR, root.id, { ...base, author: '', source: '' }, imported)).rejects.toThrow('Bài viết phải ghi rõ tác giả và nguồn trước khi đăng.');
    const board = await editorialBoard(root.id, 'attr');
    const draft = await createArticle(board.contributor, root.id, { ...base, source: '' });
    await articleTransition(board.contributor, root.id, draft.id, { action: 'submit' });
    await articleTransition(board.editor, root.id, draft.id, { action: 'review' });
    await expect(articleTransition(board.head, root.id, draft.id, { action: 'approve' })).rejects.toMatchObject({ fields: { source: 'Hãy ghi nguồn tin trước khi đăng.' } });
  });

  it('keeps drafts, unpublished and future items out of public lists', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'vis');
    await createArticle(board.contributor, root.id, { ...base, title: 'Bản nháp' });
    await createArticle(CLI_ACTOR, root.id, { ...base, title: 'Bài hẹn giờ', publishedAt: new Date(Date.now() + 3600_000).toISOString() }, imported);
    const pub = await createArticle(CLI_ACTOR, root.id, { ...base, title: 'Bài đã gỡ' }, imported);
    await articleTransition(board.head, root.id, pub.id, { action: 'unpublish', reason: 'Thông tin đã cũ.' });
    expect((await listPublishedArticles({ siteId: root.id })).total).toBe(0);
    expect(await getPublishedArticle({ siteId: root.id, slug: 'ban-nhap' })).toBeNull();
    expect(await getPublishedArticle({ siteId: root.id, slug: 'bai-hen-gio' })).toBeNull();
  });

  it('editors and contributors write drafts but cannot publish; platform admins do not edit content', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'roles');
    await expect(createArticle(board.editor, root.id, base, imported)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await createArticle(board.contributor, root.id, base);
    await expect(articleTransition(board.contributor, root.id, draft.id, { action: 'approve' })).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await articleTransition(board.contributor, root.id, draft.id, { action: 'submit' });
    await expect(articleTransition(board.contributor, root.id, draft.id, { action: 'review' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createArticle({ userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] }, root.id, base)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an English version must translate an article of the same site', async () => {
    const { root, dept } = await smallProvince();
    const other = await createArticle(CLI_ACTOR, dept.id, base, imported);
    await expect(createArticle(CLI_ACTOR, root.id, { ...base, lang: 'en', translationOfId: other.id }, imported)).rejects.toThrow('Bài gốc của bản dịch không thuộc trang này.');
  });

  it('makes slugs unique per site and language', async () => {
    const { root, dept } = await smallProvince();
    const a = await createArticle(CLI_ACTOR, root.id, base, imported);
    const b = await createArticle(CLI_ACTOR, root.id, base, imported);
    const c = await createArticle(CLI_ACTOR, dept.id, base, imported);
    expect([a.slug, b.slug, c.slug]).toEqual(['hoi-nghi-tong-ket-nam-2026', 'hoi-nghi-tong-ket-nam-2026-2', 'hoi-nghi-tong-ket-nam-2026']);
  });

  it('refuses unsafe rich text: scripts, javascript: links, images from elsewhere', async () => {
    const { root } = await smallProvince();
    const head = (await editorialBoard(root.id, 'rte')).contributor;
    await expect(createArticle(head, root.id, { ...base, body: { type: 'doc', content: [{ type: 'script', content: [] }] } })).rejects.toThrow('Nội dung có thành phần không được phép.');
    const jsLink = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    await expect(createArticle(head, root.id, { ...base, body: jsLink })).rejects.toThrow(/http\(s\), mailto/);
    const img = { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://evil.example/x.png', alt: 'x' } }] };
    await expect(createArticle(head, root.id, { ...base, body: img })).rejects.toThrow('Ảnh trong bài phải lấy từ thư viện ảnh của trang.');
    const html = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }] };
    const ok = await createArticle(CLI_ACTOR, root.id, { ...base, title: 'Văn bản có ký tự đặc biệt', body: html }, imported);
    expect((await getPublishedArticle({ siteId: root.id, slug: ok.slug }))?.bodyHtml).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });
});

describe('two-site isolation', () => {
  it('site B cannot read, edit, publish or delete site A articles, nor use its categories', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'iso-a');
    const deptBoard = await editorialBoard(dept.id, 'iso-b');
    const a = await createArticle(board.contributor, root.id, base);
    await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
    await articleTransition(board.editor, root.id, a.id, { action: 'review' });
    const deptHead = deptBoard.head;
    await expect(updateArticle(deptHead, dept.id, a.id, base)).rejects.toThrow('Không tìm thấy bài viết.');
    await expect(articleTransition(deptHead, dept.id, a.id, { action: 'approve' })).rejects.toThrow('Không tìm thấy bài viết.');
    await expect(deleteArticle(deptHead, dept.id, a.id)).rejects.toThrow('Không tìm thấy bài viết.');
    // Acting on site A with only a site B role is refused outright.
    await expect(articleTransition(deptHead, root.id, a.id, { action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const cat = await createCategory(as(root.id, 'SUPER_ADMIN'), root.id, { name: 'Tin hoạt động' });
    await expect(createArticle(deptBoard.contributor, dept.id, { ...base, categoryIds: [cat.id] })).rejects.toThrow('Chuyên mục không thuộc trang này.');
    await articleTransition(board.head, root.id, a.id, { action: 'approve' });
    expect(await getPublishedArticle({ siteId: dept.id, slug: a.slug })).toBeNull();
    const [row] = await sql<{ status: string }>(`SELECT status FROM articles WHERE id = $1`, [a.id]);
    expect(row!.status).toBe('PUBLISHED');
  });

  it('the root portal aggregates only the published news of the sites it asks for', async () => {
    const { root, dept, district } = await smallProvince();
    await createArticle(CLI_ACTOR, dept.id, { ...base, title: 'Tin của Sở' }, imported);
    await createArticle(CLI_ACTOR, dept.id, { ...base, title: 'Nháp của Sở' }, { imported: 'DRAFT' });
    await createArticle(CLI_ACTOR, district.id, { ...base, title: 'Tin của huyện' }, imported);
    await createArticle(CLI_ACTOR, root.id, { ...base, title: 'Tin của tỉnh' }, imported);
    const items = await listLatestAcrossSites([dept.id, district.id]);
    expect(items.map((i) => i.title).sort()).toEqual(['Tin của Sở', 'Tin của huyện']);
  });
});
