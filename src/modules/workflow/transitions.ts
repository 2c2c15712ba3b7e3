import type { SiteRoleName } from '@/modules/users/roles';

/**
 * The editorial workflow (E2, issue 4) as one table: every action, the states it starts from, the state it
 * leads to, who may take it and what it requires. Services ask `decide()`; nothing else in the code decides
 * who may move an item.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──review──▶ REVIEWED ──approve──▶ PUBLISHED ──unpublish──▶ UNPUBLISHED
 *     ▲                 │  ▲                  │  └──schedule──▶ SCHEDULED ──(job) publish──▶ PUBLISHED
 *     │                 └return──▶ RETURNED ◀─┘                     └─cancelSchedule──▶ REVIEWED
 *     └──────────── reopen ◀──── UNPUBLISHED / ARCHIVED ◀──archive── PUBLISHED / UNPUBLISHED
 */
export const WORKFLOW_STATES = ['DRAFT', 'SUBMITTED', 'REVIEWED', 'RETURNED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_ACTIONS = ['submit', 'review', 'return', 'approve', 'schedule', 'cancelSchedule', 'publishScheduled', 'unpublish', 'archive', 'reopen'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Who acts: a role on the item's site, or the scheduler (the job queue) for timed publishing. */
export type WorkflowRole = SiteRoleName | 'SYSTEM';

type Rule = {
  from: readonly WorkflowState[];
  to: WorkflowState;
  roles: readonly WorkflowRole[];
  /** The deputy acts only while the head has delegated approval to them. */
  deputyNeedsDelegation?: boolean;
  /** Only the author, or a role that may act on others' work (editor and up). */
  authorOrEditor?: boolean;
  /** Not on one's own work (nobody reviews, approves or publishes what they wrote). */
  notOwnWork?: boolean;
  reasonRequired?: boolean;
  /** Makes the item public (now or at a time): the forbidden-material guard applies. */
  publishes?: boolean;
  label: string;
};

const BOARD = ['BOARD_HEAD', 'BOARD_DEPUTY'] as const;

export const WORKFLOW: Record<WorkflowAction, Rule> = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', roles: ['CONTRIBUTOR', 'EDITOR', ...BOARD], authorOrEditor: true, label: 'Gửi duyệt' },
  review: { from: ['SUBMITTED'], to: 'REVIEWED', roles: ['EDITOR', ...BOARD], notOwnWork: true, label: 'Biên tập xong, trình duyệt' },
  return: { from: ['SUBMITTED', 'REVIEWED', 'SCHEDULED'], to: 'RETURNED', roles: ['EDITOR', ...BOARD], notOwnWork: true, reasonRequired: true, label: 'Trả lại tác giả' },
  approve: { from: ['REVIEWED'], to: 'PUBLISHED', roles: BOARD, deputyNeedsDelegation: true, notOwnWork: true, publishes: true, label: 'Duyệt và đăng' },
  schedule: { from: ['REVIEWED'], to: 'SCHEDULED', roles: BOARD, deputyNeedsDelegation: true, notOwnWork: true, publishes: true, label: 'Duyệt, hẹn giờ đăng' },
  cancelSchedule: { from: ['SCHEDULED'], to: 'REVIEWED', roles: BOARD, deputyNeedsDelegation: true, label: 'Hủy hẹn giờ' },
  publishScheduled: { from: ['SCHEDULED'], to: 'PUBLISHED', roles: ['SYSTEM'], publishes: true, label: 'Đăng theo lịch' },
  unpublish: { from: ['PUBLISHED', 'SCHEDULED'], to: 'UNPUBLISHED', roles: [...BOARD, 'SYSTEM'], deputyNeedsDelegation: true, reasonRequired: true, label: 'Gỡ bài' },
  archive: { from: ['PUBLISHED', 'UNPUBLISHED'], to: 'ARCHIVED', roles: ['BOARD_HEAD'], label: 'Lưu trữ' },
  reopen: { from: ['UNPUBLISHED', 'ARCHIVED', 'RETURNED'], to: 'DRAFT', roles: ['CONTRIBUTOR', 'EDITOR', ...BOARD], authorOrEditor: true, label: 'Mở lại để sửa' },
};

export const STATE_LABELS: Record<WorkflowState, string> = {
  DRAFT: 'Bản nháp',
  SUBMITTED: 'Chờ biên tập',
  REVIEWED: 'Chờ duyệt',
  RETURNED: 'Bị trả lại',
  SCHEDULED: 'Đã duyệt, chờ đăng theo giờ',
  PUBLISHED: 'Đã đăng',
  UNPUBLISHED: 'Đã gỡ',
  ARCHIVED: 'Lưu trữ',
};

export type Classification = 'NONE' | 'MAT' | 'TOI_MAT' | 'TUYET_MAT';

/** What the decision needs to know; loaded by the service, never taken from the request. */
export type WorkflowContext = {
  action: WorkflowAction;
  state: WorkflowState;
  /** The actor's roles on the item's site (empty when not a member); 'SYSTEM' for the scheduler. */
  roles: readonly WorkflowRole[];
  isAuthor: boolean;
  /** The head has delegated approval to deputies (E1). */
  headDelegated: boolean;
  /** When the actor's role is limited to some categories: whether the item is inside them. */
  withinCategories: boolean;
  classification: Classification;
  forbiddenSubject: boolean;
  reason?: string | null;
};

export type Decision = { ok: true; to: WorkflowState } | { ok: false; code: 'FORBIDDEN' | 'RULE_VIOLATION' | 'VALIDATION'; message: string };

const EDITOR_AND_UP: readonly WorkflowRole[] = ['EDITOR', 'BOARD_HEAD', 'BOARD_DEPUTY'];

export function decide(ctx: WorkflowContext): Decision {
  const rule = WORKFLOW[ctx.action];
  if (!rule.from.includes(ctx.state)) {
    return { ok: false, code: 'RULE_VIOLATION', message: `Không thể "${rule.label.toLowerCase()}" khi nội dung đang ở trạng thái "${STATE_LABELS[ctx.state]}".` };
  }
  const usable = ctx.roles.filter((r) => rule.roles.includes(r) && !(r === 'BOARD_DEPUTY' && rule.deputyNeedsDelegation && !ctx.headDelegated));
  if (usable.length === 0) {
    const deputyOnly = ctx.roles.includes('BOARD_DEPUTY') && rule.roles.includes('BOARD_DEPUTY');
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: deputyOnly ? 'Phó trưởng ban chỉ được duyệt khi Trưởng ban đã ủy quyền.' : `Vai trò của bạn không được "${rule.label.toLowerCase()}".`,
    };
  }
  const system = usable.includes('SYSTEM');
  if (!system && !ctx.withinCategories && !usable.some((r) => r === 'BOARD_HEAD' || r === 'BOARD_DEPUTY')) {
    return { ok: false, code: 'FORBIDDEN', message: 'Nội dung này thuộc chuyên mục bạn không được phân công.' };
  }
  if (rule.authorOrEditor && !ctx.isAuthor && !usable.some((r) => EDITOR_AND_UP.includes(r))) {
    return { ok: false, code: 'FORBIDDEN', message: 'Chỉ tác giả hoặc biên tập viên trở lên mới làm được việc này.' };
  }
  if (rule.notOwnWork && ctx.isAuthor && !system) {
    return { ok: false, code: 'FORBIDDEN', message: 'Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.' };
  }
  if (rule.reasonRequired && !ctx.reason?.trim()) {
    return { ok: false, code: 'VALIDATION', message: ctx.action === 'unpublish' ? 'Hãy ghi lý do gỡ bài.' : 'Hãy ghi lý do trả lại để tác giả sửa.' };
  }
  if (rule.publishes && (ctx.classification !== 'NONE' || ctx.forbiddenSubject)) {
    return {
      ok: false,
      code: 'RULE_VIOLATION',
      message:
        ctx.classification !== 'NONE'
          ? 'Nội dung có độ mật không bao giờ được đăng lên cổng thông tin.'
          : 'Nội dung thuộc chủ đề không được đăng công khai (nhân sự, khiếu nại tố cáo, hồ sơ phòng chống tham nhũng).',
    };
  }
  return { ok: true, to: rule.to };
}

/** The actions an actor can take now, for the console's buttons (the server decides again on submit). */
export function availableActions(ctx: Omit<WorkflowContext, 'action' | 'reason'>): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => {
    const d = decide({ ...ctx, action, reason: 'x' });
    return d.ok && action !== 'publishScheduled';
  });
}
