import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/server/actor';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { deleteProjectRow, findProjectForConsole, updateProjectRow } from '@/modules/projects/projects.repository';
import {
  createProject,
  deleteProject,
  getProjectForEditing,
  getPublishedProject,
  listProjectFields,
  listProjectsForConsole,
  listPublishedProjects,
  setProjectPublished,
  updateProject,
} from '@/modules/projects/projects.service';
import { sitemapFor } from '@/modules/crawl/crawl.service';
import { withTransaction } from '@/server/transaction';
import { resetDatabase, sql } from '../helpers/db';
import { smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

type Role = 'SUPER_ADMIN' | 'BOARD_HEAD' | 'BOARD_DEPUTY' | 'EDITOR' | 'CONTRIBUTOR';
const as = (siteId: string, role: Role): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });

const road = {
  name: 'Đường giao thông liên xã Sơn Thái – Thành Sơn',
  objective: 'Xây dựng tuyến đường bê tông dài 9,2 km.',
  type: 'PROJECT' as const,
  phase: 'IN_PROGRESS' as const,
  field: 'Giao thông',
  location: 'Huyện Khánh Sơn',
  startDate: '2024-02-15',
  endDate: '2025-11-30',
  durationText: '2024–2025',
  budget: '38.500.000.000',
  fundingType: 'Ngân sách tỉnh',
  sponsor: 'Ban Quản lý dự án huyện Khánh Sơn',
  body: paragraphsToDoc(['Tuyến đường đã thông xe kỹ thuật.']),
};

describe('projects, investment, tenders, procurement (C6)', () => {
  it('stores every C6 field and shows it publicly with a slug, NFC text and safe HTML', async () => {
    const { root } = await smallProvince();
    const created = await createProject(as(root.id, 'BOARD_HEAD'), root.id, { ...road, name: road.name.normalize('NFD') }, { publish: true });
    expect(created.slug).toBe('duong-giao-thong-lien-xa-son-thai-thanh-son');
    const p = await getPublishedProject({ siteId: root.id, slug: created.slug });
    expect(p).toMatchObject({
      name: road.name.normalize('NFC'),
      objective: road.objective,
      type: 'PROJECT',
      phase: 'IN_PROGRESS',
      field: 'Giao thông',
      location: 'Huyện Khánh Sơn',
      startDate: '2024-02-15',
      endDate: '2025-11-30',
      durationText: '2024–2025',
      budget: '38500000000',
      fundingType: 'Ngân sách tỉnh',
      sponsor: 'Ban Quản lý dự án huyện Khánh Sơn',
      bodyHtml: '<p>Tuyến đường đã thông xe kỹ thuật.</p>',
      translation: null,
    });
    const [row] = await sql<{ budget: string }>('SELECT budget::text AS budget FROM projects WHERE id = $1', [created.id]);
    expect(row!.budget).toBe('38500000000');
  });

  it('filters by type, phase and field, and paginates', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await createProject(head, root.id, road, { publish: true });
    await createProject(head, root.id, { ...road, name: 'Gói thầu xây lắp trường học', type: 'TENDER', phase: 'PREPARING', field: 'Giáo dục' }, { publish: true });
    await createProject(head, root.id, { ...road, name: 'Mua sắm thiết bị y tế', type: 'PROCUREMENT', phase: 'COMPLETED', field: 'Y tế' }, { publish: true });
    await createProject(head, root.id, { ...road, name: 'Nháp: dự án chưa duyệt', field: 'Nông nghiệp' });
    const names = async (f: Parameters<typeof listPublishedProjects>[0]) => (await listPublishedProjects(f)).items.map((p) => p.name).sort();
    expect(await names({ siteId: root.id, type: 'TENDER' })).toEqual(['Gói thầu xây lắp trường học']);
    expect(await names({ siteId: root.id, phase: 'COMPLETED' })).toEqual(['Mua sắm thiết bị y tế']);
    expect(await names({ siteId: root.id, field: 'Giao thông' })).toEqual([road.name]);
    expect(await names({ siteId: root.id, type: 'PROJECT', phase: 'COMPLETED' })).toEqual([]);
    expect(await listProjectFields({ siteId: root.id })).toEqual(['Giáo dục', 'Giao thông', 'Y tế'].sort());
    const page2 = await listPublishedProjects({ siteId: root.id, page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
  });

  it('never lists drafts, withdrawn or another site’s projects', async () => {
    const { root, dept } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const draft = await createProject(head, root.id, { ...road, name: 'Dự án nháp' });
    const withdrawn = await createProject(head, root.id, { ...road, name: 'Dự án đã gỡ' }, { publish: true });
    await setProjectPublished(head, root.id, withdrawn.id, false);
    await createProject(as(dept.id, 'BOARD_HEAD'), dept.id, { ...road, name: 'Dự án của Sở' }, { publish: true });
    expect((await listPublishedProjects({ siteId: root.id })).total).toBe(0);
    expect(await getPublishedProject({ siteId: root.id, slug: draft.slug })).toBeNull();
    expect(await getPublishedProject({ siteId: root.id, slug: withdrawn.slug })).toBeNull();
    expect(await getPublishedProject({ siteId: root.id, slug: 'du-an-cua-so' })).toBeNull();
    expect(await listProjectFields({ siteId: root.id })).toEqual([]);
    expect((await listPublishedProjects({ siteId: dept.id })).items.map((p) => p.name)).toEqual(['Dự án của Sở']);
  });

  it('links an English version both ways only when both are published', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    const vi = await createProject(head, root.id, road, { publish: true });
    const en = await createProject(head, root.id, { ...road, name: 'Son Thai – Thanh Son inter-commune road', objective: 'A 9.2 km concrete road.', lang: 'en', translationOfId: vi.id });
    expect((await getPublishedProject({ siteId: root.id, slug: vi.slug }))!.translation).toBeNull();
    await setProjectPublished(head, root.id, en.id, true);
    expect((await getPublishedProject({ siteId: root.id, slug: vi.slug }))!.translation).toEqual({ lang: 'en', slug: 'son-thai-thanh-son-inter-commune-road' });
    expect((await getPublishedProject({ siteId: root.id, slug: en.slug, lang: 'en' }))!.translation).toEqual({ lang: 'vi', slug: vi.slug });
    expect((await listPublishedProjects({ siteId: root.id, lang: 'en' })).items.map((p) => p.lang)).toEqual(['en']);
    expect((await getProjectForEditing(head, root.id, vi.id))!.hasEnglish).toBe(true);
  });

  it('an English version cannot point at another site’s project', async () => {
    const { root, dept } = await smallProvince();
    const vi = await createProject(as(root.id, 'BOARD_HEAD'), root.id, road, { publish: true });
    await expect(createProject(as(dept.id, 'BOARD_HEAD'), dept.id, { ...road, lang: 'en', translationOfId: vi.id })).rejects.toThrow('Dự án gốc không thuộc trang này.');
  });

  it('refuses bad input with Vietnamese messages and stores nothing', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await expect(createProject(head, root.id, { ...road, budget: '1,5 tỷ' })).rejects.toMatchObject({ code: 'VALIDATION', fields: { budget: expect.stringContaining('Tổng mức đầu tư phải là số tiền bằng đồng') } });
    await expect(createProject(head, root.id, { ...road, type: 'ROAD' as never })).rejects.toThrow('Hãy chọn loại: dự án, đầu tư, đấu thầu hoặc mua sắm công.');
    await expect(createProject(head, root.id, { ...road, endDate: '2020-01-01' })).rejects.toThrow('Ngày kết thúc phải sau ngày bắt đầu.');
    const script = { type: 'doc', content: [{ type: 'script', content: [] }] };
    await expect(createProject(head, root.id, { ...road, body: script })).rejects.toThrow('Nội dung có thành phần không được phép.');
    expect(await sql('SELECT id FROM projects')).toEqual([]);
  });

  it('publish rights follow content.policy, and edits are audited', async () => {
    const { root } = await smallProvince();
    await expect(createProject(as(root.id, 'EDITOR'), root.id, road, { publish: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await createProject(as(root.id, 'CONTRIBUTOR'), root.id, road);
    await expect(setProjectPublished(as(root.id, 'EDITOR'), root.id, draft.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteProject(as(root.id, 'CONTRIBUTOR'), root.id, draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createProject({ userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] }, root.id, road)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updateProject(as(root.id, 'EDITOR'), root.id, draft.id, { ...road, phase: 'COMPLETED', body: null });
    await setProjectPublished(as(root.id, 'BOARD_DEPUTY'), root.id, draft.id, true);
    await expect(updateProject(as(root.id, 'EDITOR'), root.id, draft.id, road)).rejects.toThrow('Dự án đã đăng chỉ ban biên tập được sửa.');
    const p = await getPublishedProject({ siteId: root.id, slug: draft.slug });
    expect(p).toMatchObject({ phase: 'COMPLETED', bodyHtml: null });
    const list = await listProjectsForConsole(as(root.id, 'EDITOR'), root.id, { page: 1 });
    expect(list).toMatchObject({ total: 1, canPublish: false });
    await deleteProject(as(root.id, 'SUPER_ADMIN'), root.id, draft.id);
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "siteId" = $1 AND entity = 'project' ORDER BY "createdAt"`, [root.id]);
    expect(audit.map((a) => a.action)).toEqual(['project.create', 'project.update', 'project.publish', 'project.delete']);
  });

  it('sitemap.xml lists published project pages and the schedule and projects sections, never drafts', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await createProject(head, root.id, road, { publish: true });
    await createProject(head, root.id, { ...road, name: 'Dự án nháp' });
    const xml = await sitemapFor(root, 'http://khanhhoa.localhost:3000');
    expect(xml).toContain('<loc>http://khanhhoa.localhost:3000/du-an/duong-giao-thong-lien-xa-son-thai-thanh-son</loc>');
    expect(xml).toContain('<loc>http://khanhhoa.localhost:3000/lich-cong-tac</loc>');
    expect(xml).toContain('<loc>http://khanhhoa.localhost:3000/du-an</loc>');
    expect(xml).not.toContain('du-an-nhap');
  });
});

describe('two-site isolation (projects)', () => {
  it('site B cannot read, edit, publish or delete site A projects', async () => {
    const { root, dept } = await smallProvince();
    const a = await createProject(as(root.id, 'BOARD_HEAD'), root.id, road, { publish: true });
    const deptHead = as(dept.id, 'BOARD_HEAD');
    expect(await getProjectForEditing(deptHead, dept.id, a.id)).toBeNull();
    await expect(updateProject(deptHead, dept.id, a.id, { ...road, name: 'Chiếm quyền' })).rejects.toThrow('Không tìm thấy dự án.');
    await expect(setProjectPublished(deptHead, dept.id, a.id, false)).rejects.toThrow('Không tìm thấy dự án.');
    await expect(deleteProject(deptHead, dept.id, a.id)).rejects.toThrow('Không tìm thấy dự án.');
    await expect(setProjectPublished(deptHead, root.id, a.id, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listProjectsForConsole(deptHead, root.id, { page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await findProjectForConsole({ siteId: dept.id, id: a.id })).toBeNull();
    expect(await withTransaction((tx) => updateProjectRow(tx, { siteId: dept.id, id: a.id, data: { name: 'x' } }))).toBe(0);
    expect(await withTransaction((tx) => deleteProjectRow(tx, { siteId: dept.id, id: a.id }))).toBe(0);
    expect(await getPublishedProject({ siteId: dept.id, slug: a.slug })).toBeNull();
    const [row] = await sql<{ name: string; status: string }>('SELECT name, status FROM projects WHERE id = $1', [a.id]);
    expect(row).toEqual({ name: road.name, status: 'PUBLISHED' });
  });
});
