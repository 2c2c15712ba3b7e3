import { describe, expect, it } from 'vitest';
import { availableActions, decide, WORKFLOW_ACTIONS, WORKFLOW_STATES, type WorkflowAction, type WorkflowContext, type WorkflowRole, type WorkflowState } from '@/modules/workflow/transitions';

const ROLES: WorkflowRole[] = ['SUPER_ADMIN', 'BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR', 'CONTRIBUTOR', 'SYSTEM'];

/** The regulation's matrix, written out by hand (not derived from the code's table). */
const FROM: Record<WorkflowAction, WorkflowState[]> = {
  submit: ['DRAFT', 'RETURNED'],
  review: ['SUBMITTED'],
  return: ['SUBMITTED', 'REVIEWED', 'SCHEDULED'],
  approve: ['REVIEWED'],
  schedule: ['REVIEWED'],
  cancelSchedule: ['SCHEDULED'],
  publishScheduled: ['SCHEDULED'],
  unpublish: ['PUBLISHED', 'SCHEDULED'],
  archive: ['PUBLISHED', 'UNPUBLISHED'],
  reopen: ['UNPUBLISHED', 'ARCHIVED', 'RETURNED'],
};
const TO: Record<WorkflowAction, WorkflowState> = {
  submit: 'SUBMITTED',
  review: 'REVIEWED',
  return: 'RETURNED',
  approve: 'PUBLISHED',
  schedule: 'SCHEDULED',
  cancelSchedule: 'REVIEWED',
  publishScheduled: 'PUBLISHED',
  unpublish: 'UNPUBLISHED',
  archive: 'ARCHIVED',
  reopen: 'DRAFT',
};
/** Who may, on someone else's item, with no delegation from the head. */
const ALLOWED_ON_OTHERS_WORK: Record<WorkflowAction, WorkflowRole[]> = {
  submit: ['BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR'],
  review: ['BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR'],
  return: ['BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR'],
  approve: ['BOARD_HEAD'],
  schedule: ['BOARD_HEAD'],
  cancelSchedule: ['BOARD_HEAD'],
  publishScheduled: ['SYSTEM'],
  unpublish: ['BOARD_HEAD', 'SYSTEM'],
  archive: ['BOARD_HEAD'],
  reopen: ['BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR'],
};
/** With the head's delegation the deputy also approves, schedules, cancels schedules and unpublishes. */
const DEPUTY_WITH_DELEGATION: WorkflowAction[] = ['approve', 'schedule', 'cancelSchedule', 'unpublish'];
/** On one's own item: authors submit and reopen their work; nobody reviews, returns, approves or schedules it. */
const ALLOWED_ON_OWN_WORK: Record<WorkflowAction, WorkflowRole[]> = {
  submit: ['BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR', 'CONTRIBUTOR'],
  review: [],
  return: [],
  approve: [],
  schedule: [],
  cancelSchedule: ['BOARD_HEAD'],
  publishScheduled: ['SYSTEM'],
  unpublish: ['BOARD_HEAD', 'SYSTEM'],
  archive: ['BOARD_HEAD'],
  reopen: ['BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR', 'CONTRIBUTOR'],
};

const base = (over: Partial<WorkflowContext>): WorkflowContext => ({
  action: 'submit',
  state: 'DRAFT',
  roles: [],
  isAuthor: false,
  headDelegated: false,
  withinCategories: true,
  classification: 'NONE',
  forbiddenSubject: false,
  reason: 'Lý do',
  ...over,
});

describe('editorial workflow table (E2): every role × action', () => {
  for (const action of WORKFLOW_ACTIONS) {
    for (const role of ROLES) {
      for (const own of [false, true]) {
        for (const delegated of [false, true]) {
          const expected =
            (own ? ALLOWED_ON_OWN_WORK : ALLOWED_ON_OTHERS_WORK)[action].includes(role) ||
            (delegated && role === 'BOARD_DEPUTY' && DEPUTY_WITH_DELEGATION.includes(action) && !(own && ['approve', 'schedule'].includes(action)));
          it(`${role} ${expected ? 'may' : 'may not'} ${action} ${own ? 'own' : "another's"} item${delegated ? ' (head delegated)' : ''}`, () => {
            for (const state of FROM[action]) {
              const d = decide(base({ action, state, roles: [role], isAuthor: own, headDelegated: delegated }));
              expect(d.ok, `${state}: ${d.ok ? '' : d.message}`).toBe(expected);
              if (d.ok) expect(d.to).toBe(TO[action]);
              else expect(d.code).toBe('FORBIDDEN');
            }
          });
        }
      }
    }
  }

  it('refuses every action from a state it does not start from, with the state named', () => {
    for (const action of WORKFLOW_ACTIONS) {
      for (const state of WORKFLOW_STATES.filter((s) => !FROM[action].includes(s))) {
        const d = decide(base({ action, state, roles: ['BOARD_HEAD', 'SYSTEM'] }));
        expect(d.ok).toBe(false);
        if (!d.ok) expect(d.code).toBe('RULE_VIOLATION');
      }
    }
    const d = decide(base({ action: 'approve', state: 'DRAFT', roles: ['BOARD_HEAD'] }));
    expect(!d.ok && d.message).toBe('Không thể "duyệt và đăng" khi nội dung đang ở trạng thái "Bản nháp".');
  });
});

describe('rules beside the table', () => {
  it('a reason is required to return and to unpublish', () => {
    expect(decide(base({ action: 'return', state: 'SUBMITTED', roles: ['EDITOR'], reason: '  ' }))).toEqual({ ok: false, code: 'VALIDATION', message: 'Hãy ghi lý do trả lại để tác giả sửa.' });
    expect(decide(base({ action: 'unpublish', state: 'PUBLISHED', roles: ['BOARD_HEAD'], reason: null }))).toEqual({ ok: false, code: 'VALIDATION', message: 'Hãy ghi lý do gỡ bài.' });
  });

  it('classified or forbidden-subject items are never published, by the head or the scheduler (E5)', () => {
    for (const classification of ['MAT', 'TOI_MAT', 'TUYET_MAT'] as const) {
      for (const [action, state, role] of [
        ['approve', 'REVIEWED', 'BOARD_HEAD'],
        ['schedule', 'REVIEWED', 'BOARD_HEAD'],
        ['publishScheduled', 'SCHEDULED', 'SYSTEM'],
      ] as const) {
        const d = decide(base({ action, state, roles: [role], classification }));
        expect(d).toEqual({ ok: false, code: 'RULE_VIOLATION', message: 'Nội dung có độ mật không bao giờ được đăng lên cổng thông tin.' });
      }
    }
    expect(decide(base({ action: 'approve', state: 'REVIEWED', roles: ['BOARD_HEAD'], forbiddenSubject: true })).ok).toBe(false);
    // Storing, reviewing and unpublishing such an item stay possible.
    expect(decide(base({ action: 'review', state: 'SUBMITTED', roles: ['EDITOR'], classification: 'MAT' })).ok).toBe(true);
    expect(decide(base({ action: 'unpublish', state: 'PUBLISHED', roles: ['BOARD_HEAD'], classification: 'MAT' })).ok).toBe(true);
  });

  it('editors and contributors limited to some categories act only inside them; the board is not limited', () => {
    expect(decide(base({ action: 'review', state: 'SUBMITTED', roles: ['EDITOR'], withinCategories: false }))).toMatchObject({ ok: false, message: 'Nội dung này thuộc chuyên mục bạn không được phân công.' });
    expect(decide(base({ action: 'approve', state: 'REVIEWED', roles: ['BOARD_HEAD'], withinCategories: false })).ok).toBe(true);
  });

  it('the deputy without delegation is told why', () => {
    expect(decide(base({ action: 'approve', state: 'REVIEWED', roles: ['BOARD_DEPUTY'] }))).toMatchObject({ ok: false, message: 'Phó trưởng ban chỉ được duyệt khi Trưởng ban đã ủy quyền.' });
  });

  it('offers the console only the actions the person can take now', () => {
    const ctx = { state: 'REVIEWED' as const, roles: ['BOARD_HEAD' as const], isAuthor: false, headDelegated: false, withinCategories: true, classification: 'NONE' as const, forbiddenSubject: false };
    expect(availableActions(ctx)).toEqual(['return', 'approve', 'schedule']);
    expect(availableActions({ ...ctx, isAuthor: true })).toEqual([]);
    expect(availableActions({ ...ctx, state: 'DRAFT', roles: ['CONTRIBUTOR'], isAuthor: true })).toEqual(['submit']);
  });
});

describe('audit labels (O4)', async () => {
  const { auditActionLabel, auditTransitionSummary } = await import('@/modules/audit/audit-labels');
  it('names workflow steps in Vietnamese and summarises the transition', () => {
    expect(auditActionLabel('article.approve')).toBe('Bài viết: Duyệt và đăng');
    expect(auditActionLabel('article.take-over')).toBe('Bài viết: Tiếp quản việc sửa');
    expect(auditActionLabel('royalty.grade')).toBe('Nhuận bút: Chấm nhuận bút');
    expect(auditActionLabel('site.create')).toBe('site.create');
    expect(auditTransitionSummary({ state: 'REVIEWED' }, { state: 'RETURNED', reason: 'Thiếu nguồn.' })).toBe('Chờ duyệt → Bị trả lại · lý do: Thiếu nguồn.');
    expect(auditTransitionSummary(null, { title: 'x' })).toBeNull();
  });
});
