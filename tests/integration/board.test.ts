import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { createCategory } from '@/modules/articles/categories.service';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

function CLI_ACTOR_SITE(siteId: string) {
  return { ...CLI_ACTOR, isPlatformAdmin: false, memberships: [{ siteId, role: 'SUPER_ADMIN' as const }] };
}

describe('the board page (E1): who may change what, scoping, audit before/after', () => {
  it('the super-admin limits categories but never delegates; another site’s members and the head’s own deputy rules hold', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'bq');
    const deptBoard = await editorialBoard(dept.id, 'bqd');
    const { listBoard, setApprovalDelegation, setMemberCategories } = await import('@/modules/workflow/board.service');
    const [{ id: saId }] = await sql<{ id: string }>(`SELECT "userId" AS id FROM memberships WHERE "siteId" = $1 AND role = 'SUPER_ADMIN'`, [root.id]);
    const superAdmin = { userId: saId!, label: 'quantri@khanhhoa.gov.vn', isPlatformAdmin: false, memberships: [{ siteId: root.id, role: 'SUPER_ADMIN' as const }] };
    const list = await listBoard(superAdmin, root.id);
    expect(list).toMatchObject({ canDelegate: false, canLimit: true });
    const deputy = list.members.find((m) => m.role === 'BOARD_DEPUTY')!;
    const editor = list.members.find((m) => m.role === 'EDITOR')!;
    const deptDeputy = (await listBoard(deptBoard.head, dept.id)).members.find((m) => m.role === 'BOARD_DEPUTY')!;
    await expect(setApprovalDelegation(superAdmin, root.id, { membershipId: deputy.id, delegated: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A membership of another site is not found through this site, even by its head.
    await expect(setApprovalDelegation(board.head, root.id, { membershipId: deptDeputy.id, delegated: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await sql<{ d: boolean }>(`SELECT "approvalDelegated" AS d FROM memberships WHERE id = $1`, [deptDeputy.id]))[0]!.d).toBe(false);
    // Delegation is for deputies only; category limits for editors and contributors only.
    await expect(setApprovalDelegation(board.head, root.id, { membershipId: editor.id, delegated: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const cat = await createCategory(CLI_ACTOR_SITE(root.id), root.id, { name: 'Kinh tế' });
    await expect(setMemberCategories(board.head, root.id, { membershipId: deputy.id, categoryIds: [cat.id] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await setMemberCategories(superAdmin, root.id, { membershipId: editor.id, categoryIds: [cat.id, cat.id] });
    await setMemberCategories(board.head, root.id, { membershipId: editor.id, categoryIds: [] });
    await setApprovalDelegation(board.head, root.id, { membershipId: deputy.id, delegated: true });
    // A head who lost the role yesterday decides nothing today, whatever the session says.
    await sql(`UPDATE memberships SET role = 'EDITOR' WHERE "userId" = $1`, [board.head.userId]);
    await expect(setApprovalDelegation(board.head, root.id, { membershipId: deputy.id, delegated: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const entries = await sql<{ action: string; before: unknown; after: unknown }>(`SELECT action, before, after FROM audit_logs WHERE action LIKE 'board.%' ORDER BY "createdAt", id`);
    expect(entries).toEqual([
      { action: 'board.categories', before: { member: 'editor.bq@test.gov.vn', categoryIds: [] }, after: { member: 'editor.bq@test.gov.vn', categoryIds: [cat.id] } },
      { action: 'board.categories', before: { member: 'editor.bq@test.gov.vn', categoryIds: [cat.id] }, after: { member: 'editor.bq@test.gov.vn', categoryIds: [] } },
      { action: 'board.delegation', before: { member: 'board-deputy.bq@test.gov.vn', approvalDelegated: false }, after: { member: 'board-deputy.bq@test.gov.vn', approvalDelegated: true } },
    ]);
  });
});
