import type { Actor } from '@/server/actor';
import type { SiteRoleName } from '@/modules/users/roles';

/**
 * Who handles citizens' questions on a site (I1). The board (head, deputy) assigns and approves; editors and
 * whoever a question is assigned to draft the answer; nobody approves an answer they drafted. Contributors see
 * only the questions assigned to them: a question carries the asker's personal data.
 */
const has = (actor: Actor, siteId: string, roles: SiteRoleName[]) => actor.memberships.some((m) => m.siteId === siteId && roles.includes(m.role));

export function canSeeAllQuestions(actor: Actor, siteId: string): boolean {
  return has(actor, siteId, ['SUPER_ADMIN', 'BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR']);
}

export function canSeeQuestion(actor: Actor, siteId: string, q: { assigneeUserId: string | null }): boolean {
  return canSeeAllQuestions(actor, siteId) || (!!actor.userId && q.assigneeUserId === actor.userId && has(actor, siteId, ['CONTRIBUTOR']));
}

export function canAssignQuestions(actor: Actor, siteId: string): boolean {
  return has(actor, siteId, ['BOARD_HEAD', 'BOARD_DEPUTY']);
}

export function canDraftAnswer(actor: Actor, siteId: string, q: { assigneeUserId: string | null }): boolean {
  return has(actor, siteId, ['BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR']) || (!!actor.userId && q.assigneeUserId === actor.userId && has(actor, siteId, ['CONTRIBUTOR']));
}

export function canApproveAnswer(actor: Actor, siteId: string, q: { answerDraftedById: string | null }): boolean {
  return has(actor, siteId, ['BOARD_HEAD', 'BOARD_DEPUTY']) && !!actor.userId && q.answerDraftedById !== actor.userId;
}

export function canManageQuestionSettings(actor: Actor, siteId: string): boolean {
  return has(actor, siteId, ['SUPER_ADMIN', 'BOARD_HEAD']);
}
