import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Actor } from '@/server/actor';
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
  projectTransition,
  updateProject,
} from '@/modules/projects/projects.service';
import type { ProjectInput } from '@/modules/projects/projects.schemas';
import { sitemapFor } from '@/modules/crawl/crawl.service';
import { withTransaction } from '@/server/transaction';
import { resetDatabase, sql } from '../helpers/db';
import { approveThroughBoard, editorialBoard, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

/** Projects approved before the platform, brought in published by the command line (like the demo seed). */
const importProject = (siteId: string, input: ProjectInput) => createProject(CLI_ACTOR, siteId, input, { imported: 'PUBLISHED' });

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
    const created = await importProject(root.id, { ...road, name: road.name.normalize('NFD') });
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
    const board = await editorialBoard(root.id, 'filters');
    await importProject(root.id, road);
    await importProject(root.id, { ...road, name: 'Gói thầu xây lắp trường học', type: 'TENDER', phase: 'PREPARING', field: 'Giáo dục' });
    await importProject(root.id, { ...road, name: 'Mua sắm thiết bị y tế', type: 'PROCUREMENT', phase: 'COMPLETED', field: 'Y tế' });
    await createProject(board.contributor, root.id, { ...road, name: 'Nháp: dự án chưa duyệt', field: 'Nông nghiệp' });
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
    const board = await editorialBoard(root.id, 'hidden');
    const draft = await createProject(board.contributor, root.id, { ...road, name: 'Dự án nháp' });
    const withdrawn = await importProject(root.id, { ...road, name: 'Dự án đã gỡ' });
    await projectTransition(board.head, root.id, withdrawn.id, { action: 'unpublish', reason: 'Dự án tạm dừng.' });
    await importProject(dept.id, { ...road, name: 'Dự án của Sở' });
    expect((await listPublishedProjects({ siteId: root.id })).total).toBe(0);
    expect(await getPublishedProject({ siteId: root.id, slug: draft.slug })).toBeNull();
    expect(await getPublishedProject({ siteId: root.id, slug: withdrawn.slug })).toBeNull();
    expect(await getPublishedProject({ siteId: root.id, slug: 'du-an-cua-so' })).toBeNull();
    expect(await listProjectFields({ siteId: root.id })).toEqual([]);
    expect((await listPublishedProjects({ siteId: dept.id })).items.map((p) => p.name)).toEqual(['Dự án của Sở']);
  });

  it('links an English version both ways only when both are published', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'en');
    const vi = await importProject(root.id, road);
    const en = await createProject(board.contributor, root.id, { ...road, name: 'Son Thai – Thanh Son inter-commune road', objective: 'A 9.2 km concrete road.', lang: 'en', translationOfId: vi.id });
    expect((await getPublishedProject({ siteId: root.id, slug: vi.slug }))!.translation).toBeNull();
    await approveThroughBoard(board, projectTransition, root.id, en.id);
    expect((await getPublishedProject({ siteId: root.id, slug: vi.slug }))!.translation).toEqual({ lang: 'en', slug: 'son-thai-thanh-son-inter-commune-road' });
    expect((await getPublishedProject({ siteId: root.id, slug: en.slug, lang: 'en' }))!.translation).toEqual({ lang: 'vi', slug: vi.slug });
    expect((await listPublishedProjects({ siteId: root.id, lang: 'en' })).items.map((p) => p.lang)).toEqual(['en']);
    expect((await getProjectForEditing(board.editor, root.id, vi.id))!.hasEnglish).toBe(true);
  });

  it('an English version cannot point at another site’s project', async () => {
    const { root, dept } = await smallProvince();
    const vi = await importProject(root.id, road);
    const deptWriter = (await editorialBoard(dept.id, 'en-b')).contributor;
    await expect(createProject(deptWriter, dept.id, { ...road, lang: 'en', translationOfId: vi.id })).rejects.toThrow('Dự án gốc không thuộc trang này.');
  });

  it('refuses bad input with Vietnamese messages and stores nothing', async () => {
    const { root } = await smallProvince();
    const head = (await editorialBoard(root.id, 'bad')).contributor;
    await expect(createProject(head, root.id, { ...road, budget: '1,5 tỷ' })).rejects.toMatchObject({ code: 'VALIDATION', fields: { budget: expect.stringContaining('Tổng mức đầu tư phải là số tiền bằng đồng') } });
    await expect(createProject(head, root.id, { ...road, type: 'ROAD' as never })).rejects.toThrow('Hãy chọn loại: dự án, đầu tư, đấu thầu hoặc mua sắm công.');
    await expect(createProject(head, root.id, { ...road, endDate: '2020-01-01' })).rejects.toThrow('Ngày kết thúc phải sau ngày bắt đầu.');
    const script = { type: 'doc', content: [{ type: 'script', content: [] }] };
    await expect(createProject(head, root.id, { ...road, body: script })).rejects.toThrow('Nội dung có thành phần không được phép.');
    expect(await sql('SELECT id FROM projects')).toEqual([]);
  });

  it('goes through the board: nobody publishes their own work, only the head deletes, every step is audited', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'rights');
    await expect(createProject(board.editor, root.id, road, { imported: 'PUBLISHED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const superAdmin: Actor = { userId: null, label: 'quản trị trang', isPlatformAdmin: false, memberships: [{ siteId: root.id, role: 'SUPER_ADMIN' }] };
    await expect(createProject(superAdmin, root.id, road)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createProject({ userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] }, root.id, road)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await createProject(board.contributor, root.id, road);
    await expect(projectTransition(board.contributor, root.id, draft.id, { action: 'approve' })).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await expect(deleteProject(board.contributor, root.id, draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updateProject(board.contributor, root.id, draft.id, { ...road, phase: 'COMPLETED', body: null });
    await projectTransition(board.contributor, root.id, draft.id, { action: 'submit' });
    await projectTransition(board.editor, root.id, draft.id, { action: 'review' });
    await expect(projectTransition(board.deputy, root.id, draft.id, { action: 'approve' })).rejects.toThrow('Phó trưởng ban chỉ được duyệt khi Trưởng ban đã ủy quyền.');
    await projectTransition(board.head, root.id, draft.id, { action: 'approve' });
    expect(await getPublishedProject({ siteId: root.id, slug: draft.slug })).toMatchObject({ phase: 'COMPLETED', bodyHtml: null });
    // The head's own project waits for someone else's approval.
    const own = await createProject(board.head, root.id, { ...road, name: 'Dự án của trưởng ban' });
    await projectTransition(board.head, root.id, own.id, { action: 'submit' });
    await projectTransition(board.editor, root.id, own.id, { action: 'review' });
    await expect(projectTransition(board.head, root.id, own.id, { action: 'approve' })).rejects.toThrow('Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.');
    const list = await listProjectsForConsole(board.editor, root.id, { page: 1 });
    expect(list.total).toBe(2);
    await expect(deleteProject(board.head, root.id, draft.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await projectTransition(board.head, root.id, draft.id, { action: 'unpublish', reason: 'Dự án đã quyết toán.' });
    await deleteProject(board.head, root.id, draft.id);
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "siteId" = $1 AND entity = 'project' AND "entityId" = $2 ORDER BY "createdAt", id`, [root.id, draft.id]);
    expect(audit.map((a) => a.action)).toEqual(['project.create', 'project.save', 'project.submit', 'project.review', 'project.approve', 'project.unpublish', 'project.delete']);
  });

  it('editing a published project keeps the public copy until the new version is approved', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'pending');
    const p = await importProject(root.id, road);
    const saved = await updateProject(board.contributor, root.id, p.id, { ...road, phase: 'COMPLETED', budget: '41.000.000.000' });
    expect(saved).toMatchObject({ pendingVersion: true, state: 'DRAFT' });
    expect(await getPublishedProject({ siteId: root.id, slug: p.slug })).toMatchObject({ phase: 'IN_PROGRESS', budget: '38500000000' });
    expect(await getProjectForEditing(board.editor, root.id, p.id)).toMatchObject({ status: 'PUBLISHED', phase: 'COMPLETED', budget: '41000000000', editorial: { pendingVersion: true } });
    expect((await listProjectsForConsole(board.editor, root.id, { page: 1 })).items[0]).toMatchObject({ status: 'PUBLISHED', pendingVersion: 'Bản nháp' });
    await projectTransition(board.contributor, root.id, p.id, { action: 'submit' });
    await projectTransition(board.editor, root.id, p.id, { action: 'review' });
    expect(await getPublishedProject({ siteId: root.id, slug: p.slug })).toMatchObject({ phase: 'IN_PROGRESS' });
    await projectTransition(board.head, root.id, p.id, { action: 'approve' });
    expect(await getPublishedProject({ siteId: root.id, slug: p.slug })).toMatchObject({ phase: 'COMPLETED', budget: '41000000000' });
    const [row] = await sql<{ budget: string }>('SELECT budget::text AS budget FROM projects WHERE id = $1', [p.id]);
    expect(row!.budget).toBe('41000000000');
  });

  it('a classified project is never published', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'secret');
    const p = await createProject(board.contributor, root.id, road, { marks: { classification: 'TOI_MAT' } });
    await projectTransition(board.contributor, root.id, p.id, { action: 'submit' });
    await projectTransition(board.editor, root.id, p.id, { action: 'review' });
    await expect(projectTransition(board.head, root.id, p.id, { action: 'approve' })).rejects.toThrow('Nội dung có độ mật không bao giờ được đăng lên cổng thông tin.');
    expect((await listPublishedProjects({ siteId: root.id })).total).toBe(0);
  });

  it('sitemap.xml lists published project pages and the schedule and projects sections, never drafts', async () => {
    const { root } = await smallProvince();
    await importProject(root.id, road);
    await createProject((await editorialBoard(root.id, 'sitemap')).contributor, root.id, { ...road, name: 'Dự án nháp' });
    const xml = await sitemapFor(root, 'http://khanhhoa.localhost:3000');
    expect(xml).toContain('<loc>http://khanhhoa.localhost:3000/du-an/duong-giao-thong-lien-xa-son-thai-thanh-son</loc>');
    expect(xml).toContain('<loc>http://khanhhoa.localhost:3000/lich-cong-tac</loc>');
    expect(xml).toContain('<loc>http://khanhhoa.localhost:3000/du-an</loc>');
    expect(xml).not.toContain('du-an-nhap');
  });
});

describe('two-site isolation (projects)', () => {
  it('site B cannot read, edit, move or delete site A projects', async () => {
    const { root, dept } = await smallProvince();
    const a = await importProject(root.id, road);
    const deptBoard = await editorialBoard(dept.id, 'iso-b');
    const deptHead = deptBoard.head;
    expect(await getProjectForEditing(deptHead, dept.id, a.id)).toBeNull();
    await expect(updateProject(deptHead, dept.id, a.id, { ...road, name: 'Chiếm quyền' })).rejects.toThrow('Không tìm thấy dự án.');
    await expect(projectTransition(deptHead, dept.id, a.id, { action: 'unpublish', reason: 'x' })).rejects.toThrow('Không tìm thấy dự án.');
    await expect(deleteProject(deptHead, dept.id, a.id)).rejects.toThrow('Không tìm thấy dự án.');
    await expect(projectTransition(deptHead, root.id, a.id, { action: 'unpublish', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateProject(deptBoard.contributor, root.id, a.id, road)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listProjectsForConsole(deptHead, root.id, { page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await findProjectForConsole({ siteId: dept.id, id: a.id })).toBeNull();
    expect(await withTransaction((tx) => updateProjectRow(tx, { siteId: dept.id, id: a.id, data: { name: 'x' } }))).toBe(0);
    expect(await withTransaction((tx) => deleteProjectRow(tx, { siteId: dept.id, id: a.id }))).toBe(0);
    expect(await getPublishedProject({ siteId: dept.id, slug: a.slug })).toBeNull();
    const [row] = await sql<{ name: string; status: string }>('SELECT name, status FROM projects WHERE id = $1', [a.id]);
    expect(row).toEqual({ name: road.name, status: 'PUBLISHED' });
  });
});
