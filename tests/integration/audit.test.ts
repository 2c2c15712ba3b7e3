import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { articleTransition, createArticle } from '@/modules/articles/articles.service';
import { AuditFilterSchema } from '@/modules/audit/audit.schemas';
import { listAuditEntries, listItemHistory } from '@/modules/audit/audit.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, publishThroughBoard, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

const base = { title: 'Khánh Hòa khởi công tuyến đường ven biển', sapo: 'Tuyến đường dài 12 km.', body: paragraphsToDoc(['Sáng nay, tỉnh khởi công.']), author: 'Minh Châu', source: 'Sở GTVT' };
const filter = (input: Record<string, string>) => AuditFilterSchema.parse(input);

async function twoBoards() {
  const { root, dept } = await smallProvince();
  const board = await editorialBoard(root.id, 'au');
  const deptBoard = await editorialBoard(dept.id, 'aud');
  const a = await createArticle(board.contributor, root.id, base);
  await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
  await articleTransition(board.editor, root.id, a.id, { action: 'review' });
  await articleTransition(board.head, root.id, a.id, { action: 'return', reason: 'Bổ sung số liệu.' });
  const b = await createArticle(deptBoard.contributor, dept.id, { ...base, title: 'Tin của Sở' });
  await publishThroughBoard(deptBoard, dept.id, b.id);
  return { root, dept, board, deptBoard, a, b };
}

describe('the audit log (O4) on real PostgreSQL', () => {
  it('filters by action prefix, actor, item and site, names the steps in Vietnamese with from → to and the reason', async () => {
    const { root, board, a } = await twoBoards();
    const steps = await listAuditEntries(board.head, filter({ action: 'article.', entityId: a.id }));
    expect(steps.items.map((e) => e.action)).toEqual(['article.return', 'article.review', 'article.submit', 'article.create']);
    expect(steps.items[0]).toMatchObject({ actionLabel: 'Bài viết: Trả lại tác giả', fromState: 'Chờ duyệt', toState: 'Bị trả lại', reason: 'Bổ sung số liệu.', actorLabel: board.head.label, siteName: root.name });
    expect(steps.items[2]).toMatchObject({ actionLabel: 'Bài viết: Gửi duyệt', toState: 'Chờ biên tập', reason: null });
    expect((await listAuditEntries(board.head, filter({ action: 'article.review' }))).items.map((e) => e.actorLabel)).toEqual([board.editor.label]);
    const byActor = await listAuditEntries(board.head, filter({ actor: board.editor.label.toUpperCase() }));
    expect(byActor.items.map((e) => e.action)).toEqual(['article.review']);
    expect((await listAuditEntries(board.head, filter({ siteId: root.id, action: 'article.approve' }))).total).toBe(0);
  });

  it('a board head never sees another site’s entries; editors see none; the platform admin sees all', async () => {
    const { root, dept, board, deptBoard, b } = await twoBoards();
    const mine = await listAuditEntries(board.head, filter({ pageSize: '200' }));
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((e) => e.siteName === root.name)).toBe(true);
    // Naming the other site, or one of its items, does not widen the scope.
    expect((await listAuditEntries(board.head, filter({ siteId: dept.id }))).total).toBe(0);
    expect((await listAuditEntries(board.head, filter({ entityId: b.id }))).total).toBe(0);
    expect((await listAuditEntries(deptBoard.head, filter({ entityId: b.id, action: 'article.approve' }))).items.map((e) => e.toState)).toEqual(['Đã đăng']);
    await expect(listAuditEntries(board.editor, filter({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAuditEntries(board.deputy, filter({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const all = await listAuditEntries(CLI_ACTOR, filter({ action: 'article.approve' }));
    expect(all.items.map((e) => e.siteName)).toEqual([dept.name]);
    expect((await listAuditEntries(CLI_ACTOR, filter({ action: 'site.create' }))).total).toBe(3);
  });

  it('date range is whole days in Vietnam time, both ends included; pages of the given size', async () => {
    const { board, a } = await twoBoards();
    const ids = (await sql<{ id: string }>(`SELECT id FROM audit_logs WHERE "entityId" = $1 ORDER BY "createdAt"`, [a.id])).map((r) => r.id);
    // create, submit, review, return: 31 Oct 23:30 VN, 1 Nov 00:10 VN, 30 Nov 23:59 VN, 1 Dec 00:00 VN.
    const times = ['2026-10-31T16:30:00Z', '2026-10-31T17:10:00Z', '2026-11-30T16:59:00Z', '2026-11-30T17:00:00Z'];
    for (const [i, id] of ids.entries()) await sql(`UPDATE audit_logs SET "createdAt" = $2 WHERE id = $1`, [id, times[i]]);
    const november = await listAuditEntries(board.head, filter({ entityId: a.id, from: '2026-11-01', to: '2026-11-30' }));
    expect(november.items.map((e) => e.action)).toEqual(['article.review', 'article.submit']);
    expect((await listAuditEntries(board.head, filter({ entityId: a.id, to: '2026-10-31' }))).items.map((e) => e.action)).toEqual(['article.create']);
    const page2 = await listAuditEntries(board.head, filter({ entityId: a.id, pageSize: '3', page: '2' }));
    expect(page2).toMatchObject({ total: 4, page: 2 });
    expect(page2.items.map((e) => e.action)).toEqual(['article.create']);
    expect(AuditFilterSchema.safeParse({ from: '2026-12-01', to: '2026-11-01' }).error?.issues[0]?.message).toBe('"Đến ngày" phải sau hoặc bằng "Từ ngày".');
    expect(AuditFilterSchema.safeParse({ from: '2026-02-30' }).error?.issues[0]?.message).toContain('Từ ngày "2026-02-30" không hợp lệ');
  });

  it('an item’s history is for members of its site, scoped by the site', async () => {
    const { root, dept, board, deptBoard, a } = await twoBoards();
    const history = await listItemHistory(board.contributor, root.id, { entity: 'article', entityId: a.id });
    expect(history.map((h) => h.stepLabel)).toEqual(['Trả lại tác giả', 'Biên tập xong, trình duyệt', 'Gửi duyệt', 'Tạo mới']);
    expect(history[0]).toMatchObject({ fromState: 'Chờ duyệt', toState: 'Bị trả lại', reason: 'Bổ sung số liệu.', actorLabel: board.head.label });
    await expect(listItemHistory(deptBoard.head, root.id, { entity: 'article', entityId: a.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await listItemHistory(deptBoard.head, dept.id, { entity: 'article', entityId: a.id })).toEqual([]);
  });
});
