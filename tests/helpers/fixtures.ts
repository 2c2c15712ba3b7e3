import { CLI_ACTOR, type Actor } from '@/server/actor';
import { createSite } from '@/modules/sites/sites.service';
import { createUser } from '@/modules/users/users.service';
import type { SiteRoleName } from '@/modules/users/roles';
import { articleTransition } from '@/modules/articles/articles.service';

export const PASSWORD = 'CongSo@2026';
export const ROOT = process.env.PORTAL_ROOT_DOMAIN ?? 'khanhhoa.localhost';

/** A root portal, a department and a district: the smallest province for tests. */
export async function smallProvince() {
  const root = await createSite(CLI_ACTOR, {
    name: 'Cổng thông tin điện tử tỉnh Khánh Hòa',
    kind: 'PROVINCE',
    label: 'khanhhoa',
    superAdmin: { email: 'quantri@khanhhoa.gov.vn', name: 'Quản trị tỉnh', password: PASSWORD },
  });
  const dept = await createSite(CLI_ACTOR, {
    name: 'Sở Thông tin và Truyền thông',
    kind: 'DEPARTMENT',
    parentId: root.id,
    aliases: ['stttt.vn'],
    superAdmin: { email: 'quantri@stttt.vn', name: 'Quản trị Sở', password: PASSWORD },
  });
  const district = await createSite(CLI_ACTOR, {
    name: 'Huyện Khánh Sơn',
    kind: 'DISTRICT',
    parentId: root.id,
    superAdmin: { email: 'quantri@khanhson.vn', name: 'Quản trị huyện', password: PASSWORD },
  });
  return { root, dept, district };
}

export async function signedInActor(email: string, siteId: string | null, role?: SiteRoleName): Promise<Actor> {
  const user = await createUser(CLI_ACTOR, { email, name: 'Người dùng thử', password: PASSWORD, siteId: siteId ?? undefined, role });
  return { userId: user.id, label: email, isPlatformAdmin: false, memberships: siteId && role ? [{ siteId, role }] : [] };
}

/** A site's editorial board of real accounts (the workflow reads roles from the database, never from the actor). */
export async function editorialBoard(siteId: string, tag: string) {
  const make = (role: SiteRoleName) => signedInActor(`${role.toLowerCase().replace('_', '-')}.${tag}@test.gov.vn`, siteId, role);
  return { head: await make('BOARD_HEAD'), deputy: await make('BOARD_DEPUTY'), editor: await make('EDITOR'), contributor: await make('CONTRIBUTOR') };
}

/** The whole path to the public for an article written by the board's contributor: submit, review, approve. */
export async function publishThroughBoard(board: Awaited<ReturnType<typeof editorialBoard>>, siteId: string, articleId: string) {
  await articleTransition(board.contributor, siteId, articleId, { action: 'submit' });
  await articleTransition(board.editor, siteId, articleId, { action: 'review' });
  await articleTransition(board.head, siteId, articleId, { action: 'approve' });
}

type Step = (actor: Actor, siteId: string, id: string, input: { action: 'submit' | 'review' | 'approve' }) => Promise<unknown>;

/** The same path for any content type written by the board's contributor, through that type's transition. */
export async function approveThroughBoard(board: Awaited<ReturnType<typeof editorialBoard>>, step: Step, siteId: string, id: string) {
  await step(board.contributor, siteId, id, { action: 'submit' });
  await step(board.editor, siteId, id, { action: 'review' });
  await step(board.head, siteId, id, { action: 'approve' });
}
