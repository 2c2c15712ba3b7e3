import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { createArticle } from '@/modules/articles/articles.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { getGradingForm, gradeRoyalty, royaltyStatement, statementRows } from '@/modules/royalties/royalties.service';
import { toCsv } from '@/modules/royalties/table-export';
import { signedInActor } from '../helpers/fixtures';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

const body = paragraphsToDoc(['Nội dung.']);
const article = (title: string, author: string, publishedAt: string) => ({ title, sapo: 'Tóm tắt.', body, author, source: 'Sở TT&TT', publishedAt });

describe('royalties (E7) on real PostgreSQL', () => {
  it('the head grades by coefficient, co-authors split to the đồng, statements per author and per site for a month and a year', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'nb');
    const a = await createArticle(CLI_ACTOR, root.id, article('Bài tháng mười một', 'Minh Châu, Hồng Nhung', '2026-11-05T03:00:00Z'), { imported: 'PUBLISHED' });
    const b = await createArticle(CLI_ACTOR, root.id, article('Bài tháng mười', 'Minh Châu', '2026-10-31T18:00:00Z'), { imported: 'PUBLISHED' });
    await createArticle(CLI_ACTOR, root.id, article('Bài chưa chấm', 'Quốc Bảo', '2026-11-10T03:00:00Z'), { imported: 'PUBLISHED' });

    const form = await getGradingForm(board.head, root.id, a.id);
    expect(form?.shares).toEqual([{ author: 'Minh Châu', percent: 50 }, { author: 'Hồng Nhung', percent: 50 }]);
    const graded = await gradeRoyalty(board.head, root.id, { articleId: a.id, mode: 'coefficient', coefficient: '1,5', unitValue: '234.001', shares: [{ author: 'Minh Châu', percent: 60 }, { author: 'Hồng Nhung', percent: 40 }] });
    expect(graded).toEqual({ total: '351002', shares: [{ author: 'Minh Châu', percent: 60, amount: '210602' }, { author: 'Hồng Nhung', percent: 40, amount: '140400' }] });
    // Published 1:00 on 1 November in Vietnam: it belongs to November.
    await gradeRoyalty(board.head, root.id, { articleId: b.id, mode: 'amount', amount: '200.000', shares: [{ author: 'Minh Châu', percent: 100 }] });
    // Grading again replaces the grade.
    await gradeRoyalty(board.head, root.id, { articleId: b.id, mode: 'amount', amount: '250.000', shares: [{ author: 'Minh Châu', percent: 100 }] });

    const november = await royaltyStatement(board.head, root.id, { year: 2026, month: 11 });
    expect(november.authors).toEqual([
      { author: 'Hồng Nhung', works: 1, total: '140400', totalText: '140.400 đ' },
      { author: 'Minh Châu', works: 2, total: '460602', totalText: '460.602 đ' },
    ]);
    expect(november.total).toBe('601002');
    expect(november.ungraded.map((u) => u.title)).toEqual(['Bài chưa chấm']);
    expect((await royaltyStatement(board.head, root.id, { year: 2026, month: 10 })).works).toEqual([]);
    expect((await royaltyStatement(board.head, root.id, { year: 2026 })).total).toBe('601002');
    const csv = toCsv(statementRows(november, 'Cổng tỉnh')).toString('utf8');
    expect(csv).toContain('Minh Châu,2,460602');
    expect(csv).toContain('Tổng cộng của trang,2,601002');
    expect((await sql(`SELECT 1 FROM audit_logs WHERE action = 'royalty.grade'`)).length).toBe(3);
  });

  it('only the head or a delegated deputy grades, only published work of the same site', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'nb2');
    const deptBoard = await editorialBoard(dept.id, 'nb3');
    const a = await createArticle(CLI_ACTOR, root.id, article('Bài đã đăng', 'Minh Châu', '2026-11-05T03:00:00Z'), { imported: 'PUBLISHED' });
    const draft = await createArticle(board.contributor, root.id, article('Bản nháp', 'Minh Châu', '2026-11-05T03:00:00Z'));
    const grade = { articleId: a.id, mode: 'amount' as const, amount: '100000', shares: [{ author: 'Minh Châu', percent: 100 }] };
    await expect(gradeRoyalty(board.editor, root.id, grade)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(gradeRoyalty(board.deputy, root.id, grade)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await sql('UPDATE memberships SET "approvalDelegated" = true WHERE "userId" = $1', [board.deputy.userId]);
    await gradeRoyalty(board.deputy, root.id, grade);
    await expect(gradeRoyalty(board.head, root.id, { ...grade, articleId: draft.id })).rejects.toThrow('Chỉ chấm nhuận bút cho bài đã đăng.');
    await expect(gradeRoyalty(deptBoard.head, dept.id, grade)).rejects.toThrow('Không tìm thấy bài viết.');
    await expect(gradeRoyalty(deptBoard.head, root.id, grade)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(royaltyStatement(deptBoard.head, root.id, { year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(gradeRoyalty(board.head, root.id, { ...grade, shares: [{ author: 'Minh Châu', percent: 70 }] })).rejects.toThrow('Tỷ lệ của các tác giả phải cộng lại đủ 100% (hiện là 70%).');
  });

  it('re-grading is audited with before and after; the super-admin reads statements but does not grade; a delegation taken back counts at once', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'nb4');
    const superAdmin = { ...(await signedInActor('sa.nb4@test.gov.vn', null)), memberships: [] as { siteId: string; role: 'SUPER_ADMIN' }[] };
    const [{ id: saId }] = await sql<{ id: string }>(`SELECT "userId" AS id FROM memberships WHERE "siteId" = $1 AND role = 'SUPER_ADMIN'`, [root.id]);
    const admin = { ...superAdmin, userId: saId!, label: 'quantri@khanhhoa.gov.vn', memberships: [{ siteId: root.id, role: 'SUPER_ADMIN' as const }] };
    const a = await createArticle(CLI_ACTOR, root.id, article('Ba tác giả', 'An, Bình, Chi', '2026-11-05T03:00:00Z'), { imported: 'PUBLISHED' });
    const form = await getGradingForm(board.head, root.id, a.id);
    expect(form?.shares.map((s) => s.percent)).toEqual([34, 33, 33]);
    expect(form?.unitValue).toBe('');
    await gradeRoyalty(board.head, root.id, { articleId: a.id, mode: 'coefficient', coefficient: '2', unitValue: '100.001', shares: form!.shares });
    // The next grading form starts from the last value of one coefficient used on the site.
    const b = await createArticle(CLI_ACTOR, root.id, article('Bài khác', 'An', '2026-11-06T03:00:00Z'), { imported: 'PUBLISHED' });
    expect((await getGradingForm(board.head, root.id, b.id))?.unitValue).toBe('100001');
    await gradeRoyalty(board.head, root.id, { articleId: a.id, mode: 'amount', amount: '100', shares: [{ author: 'An', percent: 50 }, { author: 'Bình', percent: 50 }] });
    const [entry] = await sql<{ before: unknown; after: unknown }>(`SELECT before, after FROM audit_logs WHERE action = 'royalty.grade' ORDER BY "createdAt" DESC LIMIT 1`);
    expect(entry!.before).toEqual({
      mode: 'coefficient', coefficient: '2.00', unitValue: '100001', total: '200002', note: null,
      shares: [{ author: 'An', percent: 34, amount: '68002' }, { author: 'Bình', percent: 33, amount: '66000' }, { author: 'Chi', percent: 33, amount: '66000' }],
    });
    expect(entry!.after).toMatchObject({ mode: 'amount', coefficient: null, total: '100', shares: [{ author: 'An', amount: '50' }, { author: 'Bình', amount: '50' }] });
    expect((await sql(`SELECT 1 FROM royalty_shares WHERE "siteId" = $1`, [root.id])).length).toBe(2);

    await expect(gradeRoyalty(admin, root.id, { articleId: a.id, mode: 'amount', amount: '100', shares: [{ author: 'An', percent: 100 }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const statement = await royaltyStatement(admin, root.id, { year: 2026, month: 11 });
    expect(statement.works.map((w) => [w.title, w.coefficient, w.total])).toEqual([['Ba tác giả', null, '100']]);
    const csv = toCsv(statementRows(statement, 'Cổng tỉnh')).toString('utf8');
    expect(csv.startsWith('\uFEFFBảng kê nhuận bút,Cổng tỉnh,tháng 11/2026\r\n')).toBe(true);
    expect(csv).toContain('Ba tác giả,05/11/2026,,100,An,50,50\r\nBa tác giả,05/11/2026,,100,Bình,50,50\r\n');

    await expect(royaltyStatement(board.deputy, root.id, { year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(royaltyStatement(board.editor, root.id, { year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await sql('UPDATE memberships SET "approvalDelegated" = true WHERE "userId" = $1', [board.deputy.userId]);
    expect((await royaltyStatement(board.deputy, root.id, { year: 2026 })).total).toBe('100');
    await sql('UPDATE memberships SET "approvalDelegated" = false WHERE "userId" = $1', [board.deputy.userId]);
    await expect(gradeRoyalty(board.deputy, root.id, { articleId: b.id, mode: 'amount', amount: '100', shares: [{ author: 'An', percent: 100 }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
