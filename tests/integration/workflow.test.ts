import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { articleWorkflow } from '@/modules/articles/article-workflow';
import { articleTransition, createArticle, getPublishedArticle, proposeArticleToParent, updateArticle } from '@/modules/articles/articles.service';
import { createCategory } from '@/modules/articles/categories.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { runDueJobs } from '@/modules/jobs/job-worker';
import { acquireEditLock, getEditorialView, getRevisionPair, listPendingWork, listRevisions, restoreRevision } from '@/modules/workflow/workflow.service';
import { registerAllJobHandlers } from '@/server/job-handlers';
import { WORKFLOW_ADAPTERS } from '@/server/workflow-adapters';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, publishThroughBoard, smallProvince } from '../helpers/fixtures';
import { header, startSmtpServer, textBody } from '../helpers/smtp';

beforeAll(registerAllJobHandlers);
beforeEach(resetDatabase);
afterEach(() => {
  delete process.env.SMTP_URL;
});

const base = { title: 'Khánh Hòa khởi công tuyến đường ven biển', sapo: 'Tuyến đường dài 12 km.', body: paragraphsToDoc(['Sáng nay, tỉnh khởi công.', 'Dự án hoàn thành năm 2028.']), author: 'Minh Châu', source: 'Sở Giao thông vận tải' };
const status = async (id: string) => (await sql<{ status: string }>('SELECT status FROM articles WHERE id = $1', [id]))[0]!.status;
const state = async (id: string) => (await sql<{ state: string; lastError: string | null }>('SELECT state, "lastError" FROM editorial_items WHERE "entityId" = $1', [id]))[0]!;
/** The scheduler's time has come: the job becomes due (the clock is not mocked; the row is). */
const timeComes = (kind: string) => sql(`UPDATE jobs SET "runAt" = now() WHERE kind = $1 AND status = 'PENDING'`, [kind]);

describe('the editorial workflow (E2) on real PostgreSQL', () => {
  it('contributor → editor → head returns with a reason → fix → resubmit → approve; mail at each step; then proposed to the province portal', async () => {
    const smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    try {
      const { root, dept } = await smallProvince();
      const board = await editorialBoard(dept.id, 'dept');
      const rootBoard = await editorialBoard(root.id, 'root');
      const a = await createArticle(board.contributor, dept.id, base);
      await articleTransition(board.contributor, dept.id, a.id, { action: 'submit' });
      await articleTransition(board.editor, dept.id, a.id, { action: 'review' });
      await expect(articleTransition(board.head, dept.id, a.id, { action: 'return' })).rejects.toThrow('Hãy ghi lý do trả lại để tác giả sửa.');
      await articleTransition(board.head, dept.id, a.id, { action: 'return', reason: 'Bổ sung số liệu tổng vốn đầu tư.' });
      expect(await status(a.id)).toBe('RETURNED');
      expect(await getPublishedArticle({ siteId: dept.id, slug: a.slug })).toBeNull();

      await updateArticle(board.contributor, dept.id, a.id, { ...base, body: paragraphsToDoc(['Sáng nay, tỉnh khởi công.', 'Tổng vốn đầu tư 1.200 tỷ đồng.', 'Dự án hoàn thành năm 2028.']) });
      await articleTransition(board.contributor, dept.id, a.id, { action: 'submit' });
      await articleTransition(board.editor, dept.id, a.id, { action: 'review' });
      await articleTransition(board.head, dept.id, a.id, { action: 'approve' });
      const published = await getPublishedArticle({ siteId: dept.id, slug: a.slug });
      expect(published?.bodyHtml).toContain('1.200 tỷ đồng');

      await runDueJobs();
      const to = (email: string) => smtp.received.filter((m) => m.to.includes(email)).map((m) => header(m.raw, 'Subject'));
      expect(to(board.editor.label)).toEqual(expect.arrayContaining([expect.stringContaining('chờ biên tập')]));
      expect(to(board.head.label)).toEqual(expect.arrayContaining([expect.stringContaining('chờ duyệt')]));
      expect(to(board.contributor.label)).toEqual(expect.arrayContaining([expect.stringContaining('bị trả lại'), expect.stringContaining('đã được đăng')]));
      const returned = smtp.received.find((m) => header(m.raw, 'Subject').includes('bị trả lại'))!;
      expect(textBody(returned.raw)).toContain('Bổ sung số liệu tổng vốn đầu tư.');

      // T4: proposed to the parent portal, approved again there by its own board.
      const proposal = await proposeArticleToParent(board.editor, dept.id, a.id);
      await expect(proposeArticleToParent(board.editor, dept.id, a.id)).rejects.toThrow('Bài này đã được đề xuất lên cổng cấp trên.');
      const [copy] = await sql<{ slug: string; status: string; sourceUrl: string }>('SELECT slug, status, "sourceUrl" FROM articles WHERE id = $1', [proposal.id]);
      expect(copy).toMatchObject({ status: 'SUBMITTED' });
      expect(copy!.sourceUrl).toContain(`/tin-tuc/${a.slug}`);
      expect(await getPublishedArticle({ siteId: root.id, slug: copy!.slug })).toBeNull();
      await articleTransition(rootBoard.editor, root.id, proposal.id, { action: 'review' });
      await articleTransition(rootBoard.head, root.id, proposal.id, { action: 'approve' });
      expect((await getPublishedArticle({ siteId: root.id, slug: copy!.slug }))?.source).toContain('Sở Thông tin và Truyền thông');
    } finally {
      await smtp.close();
    }
  });

  it('nobody approves their own work; a deputy approves only while delegated; roles are read from the database', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'own');
    const mine = await createArticle(board.head, root.id, base);
    await articleTransition(board.head, root.id, mine.id, { action: 'submit' });
    await expect(articleTransition(board.head, root.id, mine.id, { action: 'review' })).rejects.toThrow('Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.');
    await articleTransition(board.editor, root.id, mine.id, { action: 'review' });
    await expect(articleTransition(board.head, root.id, mine.id, { action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(articleTransition(board.deputy, root.id, mine.id, { action: 'approve' })).rejects.toThrow('Phó trưởng ban chỉ được duyệt khi Trưởng ban đã ủy quyền.');
    await sql('UPDATE memberships SET "approvalDelegated" = true WHERE "userId" = $1', [board.deputy.userId]);
    await articleTransition(board.deputy, root.id, mine.id, { action: 'approve' });
    expect(await status(mine.id)).toBe('PUBLISHED');
    // A role claimed by the session but revoked in the database counts for nothing.
    const other = await createArticle(board.contributor, root.id, base);
    await articleTransition(board.contributor, root.id, other.id, { action: 'submit' });
    await sql('DELETE FROM memberships WHERE "userId" = $1', [board.editor.userId]);
    await expect(articleTransition(board.editor, root.id, other.id, { action: 'review' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('classified or forbidden-subject items are stored but never published, by approval or by schedule (E5)', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'secret');
    const a = await createArticle(board.contributor, root.id, base, { marks: { classification: 'MAT' } });
    await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
    await articleTransition(board.editor, root.id, a.id, { action: 'review' });
    await expect(articleTransition(board.head, root.id, a.id, { action: 'approve' })).rejects.toThrow('Nội dung có độ mật không bao giờ được đăng lên cổng thông tin.');
    await expect(articleTransition(board.head, root.id, a.id, { action: 'schedule', scheduledAt: new Date(Date.now() + 3600_000) })).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    const b = await createArticle(board.contributor, root.id, base, { marks: { forbiddenSubject: true } });
    await articleTransition(board.contributor, root.id, b.id, { action: 'submit' });
    await articleTransition(board.editor, root.id, b.id, { action: 'review' });
    await expect(articleTransition(board.head, root.id, b.id, { action: 'approve' })).rejects.toThrow(/không được đăng công khai/);
    expect([await status(a.id), await status(b.id)]).toEqual(['REVIEWED', 'REVIEWED']);
    // The scheduler is not a back door either: it cannot be invoked as a person.
    await expect(articleTransition(board.head, root.id, a.id, { action: 'publishScheduled' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('editing a published article makes a new version the public does not see until it is approved; revisions diff and restore', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'rev');
    const a = await createArticle(board.contributor, root.id, base);
    await publishThroughBoard(board, root.id, a.id);
    await updateArticle(board.editor, root.id, a.id, { ...base, title: 'Khởi công tuyến đường ven biển dài 12 km' });
    expect((await getPublishedArticle({ siteId: root.id, slug: a.slug }))?.title).toBe(base.title);
    const view = await getEditorialView(board.editor, articleWorkflow, root.id, a.id);
    expect(view).toMatchObject({ state: 'DRAFT', pendingVersion: true, publicStatus: 'PUBLISHED' });
    expect((view!.data as { title: string }).title).toBe('Khởi công tuyến đường ven biển dài 12 km');
    // The editor who started the new version is its author: someone else must review it.
    await articleTransition(board.editor, root.id, a.id, { action: 'submit' });
    await expect(articleTransition(board.editor, root.id, a.id, { action: 'review' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await articleTransition(board.deputy, root.id, a.id, { action: 'review' });
    await articleTransition(board.head, root.id, a.id, { action: 'approve' });
    expect((await getPublishedArticle({ siteId: root.id, slug: a.slug }))?.title).toBe('Khởi công tuyến đường ven biển dài 12 km');

    const revisions = await listRevisions(board.head, articleWorkflow, root.id, a.id);
    expect(revisions.map((r) => r.number)).toEqual([2, 1]);
    const pair = await getRevisionPair(board.head, articleWorkflow, { siteId: root.id, entityId: a.id, left: 1, right: 2 });
    expect(pair.left.view.fields[0]).toEqual({ label: 'Tiêu đề', value: base.title });
    await restoreRevision(board.editor, articleWorkflow, { siteId: root.id, entityId: a.id, number: 1 });
    const after = await listRevisions(board.head, articleWorkflow, root.id, a.id);
    expect(after[0]).toMatchObject({ number: 3, restoredFrom: 1, title: base.title });
    expect((await getPublishedArticle({ siteId: root.id, slug: a.slug }))?.title).toBe('Khởi công tuyến đường ven biển dài 12 km');
  });

  it('a version under way when the public copy is unpublished is the one published on approval', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'unpub');
    const a = await createArticle(board.contributor, root.id, base);
    await publishThroughBoard(board, root.id, a.id);
    await updateArticle(board.contributor, root.id, a.id, { ...base, title: 'Tiêu đề đã sửa sau khi đăng' });
    await articleTransition(board.head, root.id, a.id, { action: 'unpublish', reason: 'Cần đính chính số liệu.' });
    expect(await getPublishedArticle({ siteId: root.id, slug: a.slug })).toBeNull();
    await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
    await articleTransition(board.editor, root.id, a.id, { action: 'review' });
    await articleTransition(board.head, root.id, a.id, { action: 'approve' });
    expect((await getPublishedArticle({ siteId: root.id, slug: a.slug }))?.title).toBe('Tiêu đề đã sửa sau khi đăng');
  });

  it('an edit lock stops a second editor from overwriting until they take over explicitly', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'lock');
    const second = await editorialBoard(root.id, 'lock2');
    const a = await createArticle(board.contributor, root.id, base);
    await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
    expect(await acquireEditLock(board.editor, articleWorkflow, { siteId: root.id, entityId: a.id })).toMatchObject({ mine: true });
    const seen = await acquireEditLock(second.editor, articleWorkflow, { siteId: root.id, entityId: a.id });
    expect(seen).toMatchObject({ mine: false, holder: 'Người dùng thử' });
    await expect(updateArticle(second.editor, root.id, a.id, { ...base, title: 'Sửa đè' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await acquireEditLock(second.editor, articleWorkflow, { siteId: root.id, entityId: a.id, takeOver: true });
    await updateArticle(second.editor, root.id, a.id, { ...base, title: 'Sửa sau khi tiếp quản' });
    await expect(updateArticle(board.editor, root.id, a.id, base)).rejects.toMatchObject({ code: 'CONFLICT' });
    const [audit] = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE action = 'article.take-over'`);
    expect(audit).toBeDefined();
  });

  it('editors and contributors limited to categories write only there', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'cats');
    const mine = await createCategory(CLI_ACTOR_SITE(root.id), root.id, { name: 'Tin địa phương' });
    const other = await createCategory(CLI_ACTOR_SITE(root.id), root.id, { name: 'Tin quốc tế' });
    await sql('UPDATE memberships SET "categoryIds" = $1::uuid[] WHERE "userId" = $2', [[mine.id], board.contributor.userId]);
    await expect(createArticle(board.contributor, root.id, { ...base, categoryIds: [other.id] })).rejects.toThrow('Bạn chỉ được viết trong các chuyên mục được phân công.');
    const ok = await createArticle(board.contributor, root.id, { ...base, categoryIds: [mine.id] });
    expect(ok.status).toBe('DRAFT');
  });

  it('lists each person’s pending work from the same rules as the buttons', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'todo');
    const a = await createArticle(board.contributor, root.id, { ...base, title: 'Bài chờ biên tập' });
    await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
    const editorWork = await listPendingWork(board.editor, WORKFLOW_ADAPTERS);
    expect(editorWork.map((p) => [p.title, p.why])).toEqual([['Bài chờ biên tập', 'Chờ bạn biên tập']]);
    expect(await listPendingWork(board.contributor, WORKFLOW_ADAPTERS)).toEqual([]);
    await articleTransition(board.editor, root.id, a.id, { action: 'return', reason: 'Thiếu nguồn ảnh.' });
    expect((await listPendingWork(board.contributor, WORKFLOW_ADAPTERS)).map((p) => p.why)).toEqual(['Bị trả lại: Thiếu nguồn ảnh.']);
  });
});

describe('timed publish and unpublish through the job queue (E4)', () => {
  it('publishes at the scheduled time from a fresh worker after a restart, and unpublishes when its time comes', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'sched');
    const a = await createArticle(board.contributor, root.id, base);
    await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
    await articleTransition(board.editor, root.id, a.id, { action: 'review' });
    await expect(articleTransition(board.head, root.id, a.id, { action: 'schedule', scheduledAt: new Date(Date.now() - 1000) })).rejects.toThrow('Thời điểm đăng phải ở tương lai.');
    const at = new Date(Date.now() + 3600_000);
    await articleTransition(board.head, root.id, a.id, { action: 'schedule', scheduledAt: at, unpublishAt: new Date(at.getTime() + 86_400_000) });
    expect(await status(a.id)).toBe('SCHEDULED');
    await runDueJobs();
    expect(await status(a.id)).toBe('SCHEDULED'); // not yet due
    // Nothing lives in the process: the job is a row, and any worker started later picks it up.
    await timeComes('workflow.publish');
    await runDueJobs();
    expect(await status(a.id)).toBe('PUBLISHED');
    expect(await getPublishedArticle({ siteId: root.id, slug: a.slug })).not.toBeNull();
    await timeComes('workflow.unpublish');
    await runDueJobs();
    expect(await status(a.id)).toBe('UNPUBLISHED');
    const actions = (await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "entityId" = $1 ORDER BY "createdAt"`, [a.id])).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['article.schedule', 'article.publishScheduled', 'article.unpublish']));
  });

  it('a cancelled or moved schedule does nothing at the old time', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'cancel');
    const a = await createArticle(board.contributor, root.id, base);
    await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
    await articleTransition(board.editor, root.id, a.id, { action: 'review' });
    await articleTransition(board.head, root.id, a.id, { action: 'schedule', scheduledAt: new Date(Date.now() + 3600_000) });
    await articleTransition(board.head, root.id, a.id, { action: 'cancelSchedule' });
    await timeComes('workflow.publish');
    await runDueJobs();
    expect(await status(a.id)).toBe('REVIEWED');
  });

  it('a scheduled publish that cannot happen is never silent: the item shows the reason and the head is mailed', async () => {
    const smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    try {
      const { root } = await smallProvince();
      const board = await editorialBoard(root.id, 'fail');
      const a = await createArticle(board.contributor, root.id, base);
      await articleTransition(board.contributor, root.id, a.id, { action: 'submit' });
      await articleTransition(board.editor, root.id, a.id, { action: 'review' });
      await articleTransition(board.head, root.id, a.id, { action: 'schedule', scheduledAt: new Date(Date.now() + 3600_000) });
      // Marked classified in the meantime (e.g. by a records officer directly in the database).
      await sql(`UPDATE editorial_items SET classification = 'MAT' WHERE "entityId" = $1`, [a.id]);
      await timeComes('workflow.publish');
      await runDueJobs();
      expect(await status(a.id)).toBe('REVIEWED');
      expect((await state(a.id)).lastError).toContain('độ mật');
      await runDueJobs();
      const subjects = smtp.received.filter((m) => m.to.includes(board.head.label)).map((m) => header(m.raw, 'Subject'));
      expect(subjects).toEqual(expect.arrayContaining([expect.stringContaining('Không đăng/gỡ được theo lịch')]));
      expect((await listPendingWork(board.head, WORKFLOW_ADAPTERS)).map((p) => p.why)).toEqual([expect.stringContaining('Đăng theo lịch không thành công')]);
    } finally {
      await smtp.close();
    }
  });
});

function CLI_ACTOR_SITE(siteId: string) {
  return { ...CLI_ACTOR, isPlatformAdmin: false, memberships: [{ siteId, role: 'SUPER_ADMIN' as const }] };
}

describe('the board page (E1)', () => {
  it('only the head delegates approval; the head or super-admin limits writers to categories of the site', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'bp');
    const { listBoard, setApprovalDelegation, setMemberCategories } = await import('@/modules/workflow/board.service');
    const list = await listBoard(board.head, root.id);
    const deputy = list.members.find((m) => m.role === 'BOARD_DEPUTY')!;
    const writer = list.members.find((m) => m.role === 'CONTRIBUTOR')!;
    expect(list.canDelegate).toBe(true);
    await expect(setApprovalDelegation(board.deputy, root.id, { membershipId: deputy.id, delegated: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setApprovalDelegation(board.head, root.id, { membershipId: deputy.id, delegated: true });
    expect((await listBoard(board.editor, root.id)).members.find((m) => m.id === deputy.id)?.approvalDelegated).toBe(true);
    const cat = await createCategory(CLI_ACTOR_SITE(root.id), root.id, { name: 'Tin địa phương' });
    const foreign = await createCategory(CLI_ACTOR_SITE(dept.id), dept.id, { name: 'Tin của Sở' });
    await expect(setMemberCategories(board.head, root.id, { membershipId: writer.id, categoryIds: [foreign.id] })).rejects.toThrow('Chuyên mục không thuộc trang này.');
    await expect(setMemberCategories(board.editor, root.id, { membershipId: writer.id, categoryIds: [cat.id] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setMemberCategories(board.head, root.id, { membershipId: writer.id, categoryIds: [cat.id] });
    await expect(createArticle(board.contributor, root.id, base)).rejects.toThrow('Bạn chỉ được viết trong các chuyên mục được phân công.');
    const actions = (await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE action LIKE 'board.%' ORDER BY "createdAt"`)).map((r) => r.action);
    expect(actions).toEqual(['board.delegation', 'board.categories']);
  });
});
