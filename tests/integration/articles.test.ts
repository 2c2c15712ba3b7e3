import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/server/actor';
import { createArticle, deleteArticle, getPublishedArticle, listLatestAcrossSites, listPublishedArticles, setArticlePublished, updateArticle } from '@/modules/articles/articles.service';
import { createCategory } from '@/modules/articles/categories.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { resetDatabase, sql } from '../helpers/db';
import { smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

const as = (siteId: string, role: 'SUPER_ADMIN' | 'BOARD_HEAD' | 'EDITOR' | 'CONTRIBUTOR'): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });
const body = paragraphsToDoc(['Đoạn thứ nhất.', 'Đoạn thứ hai.']);
const base = { title: 'Hội nghị tổng kết năm 2026', sapo: 'Tóm tắt bài viết.', body, author: 'Minh Châu', source: 'Văn phòng UBND tỉnh' };

describe('articles (C1)', () => {
  it('publishes with author and source, renders safe HTML, and shows it publicly with an NFC title', async () => {
    const { root } = await smallProvince();
    const created = await createArticle(as(root.id, 'BOARD_HEAD'), root.id, { ...base, title: 'Hội nghị tổng kết năm 2026'.normalize('NFD') }, { publish: true });
    expect(created.slug).toBe('hoi-nghi-tong-ket-nam-2026');
    const a = await getPublishedArticle({ siteId: root.id, slug: created.slug });
    expect(a?.title).toBe('Hội nghị tổng kết năm 2026'.normalize('NFC'));
    expect(a?.bodyHtml).toBe('<p>Đoạn thứ nhất.</p><p>Đoạn thứ hai.</p>');
    expect((await listPublishedArticles({ siteId: root.id })).total).toBe(1);
  });

  it('refuses to publish without author and source (mandatory attribution)', async () => {
    const { root } = await smallProvince();
    await expect(createArticle(as(root.id, 'SUPER_ADMIN'), root.id, { ...base, author: '', source: '' }, { publish: true })).rejects.toThrow(
      'Bài viết phải ghi rõ tác giả và nguồn trước khi đăng.',
    );
    const draft = await createArticle(as(root.id, 'SUPER_ADMIN'), root.id, { ...base, source: '' });
    await expect(setArticlePublished(as(root.id, 'SUPER_ADMIN'), root.id, draft.id, true)).rejects.toMatchObject({ fields: { source: 'Hãy ghi nguồn tin trước khi đăng.' } });
  });

  it('keeps drafts, unpublished and future items out of public lists', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await createArticle(head, root.id, { ...base, title: 'Bản nháp' });
    await createArticle(head, root.id, { ...base, title: 'Bài hẹn giờ', publishedAt: new Date(Date.now() + 3600_000).toISOString() }, { publish: true });
    const pub = await createArticle(head, root.id, { ...base, title: 'Bài đã gỡ' }, { publish: true });
    await setArticlePublished(head, root.id, pub.id, false);
    expect((await listPublishedArticles({ siteId: root.id })).total).toBe(0);
    expect(await getPublishedArticle({ siteId: root.id, slug: 'ban-nhap' })).toBeNull();
    expect(await getPublishedArticle({ siteId: root.id, slug: 'bai-hen-gio' })).toBeNull();
  });

  it('editors and contributors write drafts but cannot publish; platform admins do not edit content', async () => {
    const { root } = await smallProvince();
    await expect(createArticle(as(root.id, 'EDITOR'), root.id, base, { publish: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await createArticle(as(root.id, 'CONTRIBUTOR'), root.id, base);
    await expect(setArticlePublished(as(root.id, 'CONTRIBUTOR'), root.id, draft.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createArticle({ userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] }, root.id, base)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an English version must translate an article of the same site', async () => {
    const { root, dept } = await smallProvince();
    const other = await createArticle(as(dept.id, 'BOARD_HEAD'), dept.id, base, { publish: true });
    await expect(createArticle(as(root.id, 'BOARD_HEAD'), root.id, { ...base, lang: 'en', translationOfId: other.id })).rejects.toThrow('Bài gốc của bản dịch không thuộc trang này.');
  });

  it('makes slugs unique per site and language', async () => {
    const { root, dept } = await smallProvince();
    const a = await createArticle(as(root.id, 'BOARD_HEAD'), root.id, base, { publish: true });
    const b = await createArticle(as(root.id, 'BOARD_HEAD'), root.id, base, { publish: true });
    const c = await createArticle(as(dept.id, 'BOARD_HEAD'), dept.id, base, { publish: true });
    expect([a.slug, b.slug, c.slug]).toEqual(['hoi-nghi-tong-ket-nam-2026', 'hoi-nghi-tong-ket-nam-2026-2', 'hoi-nghi-tong-ket-nam-2026']);
  });

  it('refuses unsafe rich text: scripts, javascript: links, images from elsewhere', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await expect(createArticle(head, root.id, { ...base, body: { type: 'doc', content: [{ type: 'script', content: [] }] } })).rejects.toThrow('Nội dung có thành phần không được phép.');
    const jsLink = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    await expect(createArticle(head, root.id, { ...base, body: jsLink })).rejects.toThrow(/http\(s\), mailto/);
    const img = { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://evil.example/x.png', alt: 'x' } }] };
    await expect(createArticle(head, root.id, { ...base, body: img })).rejects.toThrow('Ảnh trong bài phải lấy từ thư viện ảnh của trang.');
    const html = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }] };
    const ok = await createArticle(head, root.id, { ...base, title: 'Văn bản có ký tự đặc biệt', body: html }, { publish: true });
    expect((await getPublishedArticle({ siteId: root.id, slug: ok.slug }))?.bodyHtml).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });
});

describe('two-site isolation', () => {
  it('site B cannot read, edit, publish or delete site A articles, nor use its categories', async () => {
    const { root, dept } = await smallProvince();
    const a = await createArticle(as(root.id, 'BOARD_HEAD'), root.id, base);
    const deptHead = as(dept.id, 'BOARD_HEAD');
    await expect(updateArticle(deptHead, dept.id, a.id, base)).rejects.toThrow('Không tìm thấy bài viết.');
    await expect(setArticlePublished(deptHead, dept.id, a.id, true)).rejects.toThrow('Không tìm thấy bài viết.');
    await expect(deleteArticle(deptHead, dept.id, a.id)).rejects.toThrow('Không tìm thấy bài viết.');
    // Acting on site A with only a site B role is refused outright.
    await expect(setArticlePublished(deptHead, root.id, a.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const cat = await createCategory(as(root.id, 'SUPER_ADMIN'), root.id, { name: 'Tin hoạt động' });
    await expect(createArticle(deptHead, dept.id, { ...base, categoryIds: [cat.id] })).rejects.toThrow('Chuyên mục không thuộc trang này.');
    await setArticlePublished(as(root.id, 'BOARD_HEAD'), root.id, a.id, true);
    expect(await getPublishedArticle({ siteId: dept.id, slug: a.slug })).toBeNull();
    const [row] = await sql<{ status: string }>(`SELECT status FROM articles WHERE id = $1`, [a.id]);
    expect(row!.status).toBe('PUBLISHED');
  });

  it('the root portal aggregates only the published news of the sites it asks for', async () => {
    const { root, dept, district } = await smallProvince();
    await createArticle(as(dept.id, 'BOARD_HEAD'), dept.id, { ...base, title: 'Tin của Sở' }, { publish: true });
    await createArticle(as(dept.id, 'BOARD_HEAD'), dept.id, { ...base, title: 'Nháp của Sở' });
    await createArticle(as(district.id, 'BOARD_HEAD'), district.id, { ...base, title: 'Tin của huyện' }, { publish: true });
    await createArticle(as(root.id, 'BOARD_HEAD'), root.id, { ...base, title: 'Tin của tỉnh' }, { publish: true });
    const items = await listLatestAcrossSites([dept.id, district.id]);
    expect(items.map((i) => i.title).sort()).toEqual(['Tin của Sở', 'Tin của huyện']);
  });
});
