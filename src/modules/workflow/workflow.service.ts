import { z } from 'zod';
import type { Db } from '@/server/db';
import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { enqueueJob } from '@/modules/jobs/job-registry';
import type { SiteRoleName } from '@/modules/users/roles';
import { notifyTransition } from './workflow-notices';
import type { Snapshot, WorkflowAdapter } from './workflow-adapter';
import {
  deleteEditorialData,
  findEditorialItem,
  findEditorialStates,
  findLatestRevision,
  findMembershipForDecision,
  findOpenEditorialItems,
  findRevision,
  findRevisions,
  findUserNames,
  insertEditorialItem,
  insertRevision,
  lockEditorialItem,
  updateEditorialItem,
  updateRevision,
  type EditorialRow,
} from './workflow.repository';
import { availableActions, decide, STATE_LABELS, WORKFLOW, WORKFLOW_ACTIONS, type Classification, type WorkflowAction, type WorkflowRole, type WorkflowState } from './transitions';

/** The scheduler acting on timed publish/unpublish (E4). */
export const SCHEDULER_ACTOR: Actor = { userId: null, label: 'hệ thống (đăng/gỡ theo lịch)', isPlatformAdmin: false, memberships: [] };

export const WORKFLOW_PUBLISH_JOB = 'workflow.publish';
export const WORKFLOW_UNPUBLISH_JOB = 'workflow.unpublish';

/** An edit lock lasts this long without a heartbeat (the editor page renews it every minute). */
export const LOCK_TTL_MS = 5 * 60_000;

const WRITER_ROLES: readonly SiteRoleName[] = ['CONTRIBUTOR', 'EDITOR', 'BOARD_HEAD', 'BOARD_DEPUTY'];
const EDITOR_AND_UP: readonly SiteRoleName[] = ['EDITOR', 'BOARD_HEAD', 'BOARD_DEPUTY'];

type Member = { role: SiteRoleName; categoryIds: string[]; approvalDelegated: boolean };

const key = (adapter: WorkflowAdapter, siteId: string, entityId: string) => ({ siteId, entity: adapter.entity, entityId });

async function memberOf(tx: Db, actor: Actor, siteId: string): Promise<Member | null> {
  if (!actor.userId) return null;
  const m = await findMembershipForDecision({ siteId, userId: actor.userId }, tx);
  if (!m || m.user.disabledAt) return null;
  return { role: m.role, categoryIds: m.categoryIds, approvalDelegated: m.approvalDelegated };
}

function withinCategories(member: Member | null, categoryIds: string[]): boolean {
  if (!member || member.categoryIds.length === 0 || !['EDITOR', 'CONTRIBUTOR'].includes(member.role)) return true;
  return categoryIds.length > 0 && categoryIds.every((c) => member.categoryIds.includes(c));
}

function lockHeldByOther(item: Pick<EditorialRow, 'lockedById' | 'lockedAt'>, userId: string | null, now = new Date()): boolean {
  return !!item.lockedById && item.lockedById !== userId && !!item.lockedAt && now.getTime() - item.lockedAt.getTime() < LOCK_TTL_MS;
}

/** The state the action applies to: unpublish and archive act on the public version, the rest on the working one. */
function stateFor(action: WorkflowAction, item: EditorialRow, publicStatus: string): WorkflowState {
  if ((action === 'unpublish' || action === 'archive') && (publicStatus === 'PUBLISHED' || publicStatus === 'UNPUBLISHED')) return publicStatus as WorkflowState;
  return item.state as WorkflowState;
}

async function workingData(tx: Db, adapter: WorkflowAdapter, item: EditorialRow): Promise<Snapshot> {
  if (item.workingRevisionId) {
    const rev = await findLatestRevision(key(adapter, item.siteId, item.entityId), tx);
    if (rev && rev.id === item.workingRevisionId) return rev.data as Snapshot;
  }
  return adapter.snapshot(tx, item.siteId, item.entityId);
}

/** The workflow row of an item, created on first use for rows that predate the workflow. */
async function loadItem(tx: Db, adapter: WorkflowAdapter, siteId: string, entityId: string): Promise<{ item: EditorialRow; publicStatus: string; publishedAt: Date | null }> {
  const facts = await adapter.loadFacts(tx, siteId, entityId);
  if (!facts) throw new AppError('NOT_FOUND', `Không tìm thấy ${adapter.noun}.`);
  let item = await findEditorialItem(key(adapter, siteId, entityId), tx);
  if (!item) {
    const data = await adapter.snapshot(tx, siteId, entityId);
    item = await insertEditorialItem(tx, {
      ...key(adapter, siteId, entityId),
      title: adapter.title(data),
      state: facts.publicStatus === 'APPROVED' ? 'REVIEWED' : (facts.publicStatus as WorkflowState),
      authorId: facts.createdById,
    });
  }
  await lockEditorialItem(tx, key(adapter, siteId, entityId));
  return { item, publicStatus: facts.publicStatus, publishedAt: facts.publishedAt };
}

async function addRevision(tx: Db, actor: Actor, adapter: WorkflowAdapter, siteId: string, entityId: string, data: Snapshot, options: { autosave?: boolean; restoredFrom?: number } = {}) {
  const latest = await findLatestRevision(key(adapter, siteId, entityId), tx);
  // Consecutive autosaves of one person replace each other: the history keeps deliberate saves.
  if (options.autosave && latest?.autosave && latest.createdById === actor.userId) {
    await updateRevision(tx, { siteId, id: latest.id, data: { data: data as object, title: adapter.title(data), createdAt: new Date() } });
    return latest;
  }
  return insertRevision(tx, {
    ...key(adapter, siteId, entityId),
    number: (latest?.number ?? 0) + 1,
    title: adapter.title(data),
    data: data as object,
    autosave: options.autosave ?? false,
    restoredFrom: options.restoredFrom ?? null,
    createdById: actor.userId,
    createdBy: actor.label,
  });
}

// ── Creating and saving ────────────────────────────────────────────────────────

/** Who may write on a site (checked by the content service before it validates links). */
export async function assertCanWrite(tx: Db, actor: Actor, siteId: string, categoryIds: string[], noun: string): Promise<Member> {
  const member = await memberOf(tx, actor, siteId);
  if (!member || !WRITER_ROLES.includes(member.role)) {
    throw new AppError('FORBIDDEN', `Bạn không có quyền viết ${noun} trên trang này (chỉ thành viên ban biên tập và cộng tác viên).`);
  }
  if (!withinCategories(member, categoryIds)) throw new AppError('FORBIDDEN', 'Bạn chỉ được viết trong các chuyên mục được phân công.', { categoryIds: 'Chọn chuyên mục bạn được phân công.' });
  return member;
}

const MarksSchema = z.object({
  classification: z.enum(['NONE', 'MAT', 'TOI_MAT', 'TUYET_MAT'], { error: 'Độ mật không hợp lệ.' }).default('NONE'),
  forbiddenSubject: z.boolean().default(false),
});
export type ProtectionMarks = z.input<typeof MarksSchema>;

/** A new item starts as a draft by its writer; the first revision is its first save. */
export async function startItem(
  tx: Db,
  actor: Actor,
  adapter: WorkflowAdapter,
  params: { siteId: string; entityId: string; data: Snapshot; marks?: ProtectionMarks; state?: 'DRAFT' | 'SUBMITTED'; authorId?: string | null },
) {
  const m = parseInput(MarksSchema, params.marks ?? {});
  const rev = await addRevision(tx, actor, adapter, params.siteId, params.entityId, params.data);
  await insertEditorialItem(tx, {
    ...key(adapter, params.siteId, params.entityId),
    title: adapter.title(params.data),
    state: params.state ?? 'DRAFT',
    authorId: params.authorId === undefined ? actor.userId : params.authorId,
    workingRevisionId: rev.id,
    ...m,
  });
}

/**
 * Content that was approved before it reached this platform (the demo province, a migration from the old
 * portal): only the command line may bring it in already published; it is recorded as such.
 */
export async function startImportedItem(tx: Db, actor: Actor, adapter: WorkflowAdapter, siteId: string, entityId: string, data: Snapshot) {
  if (!(actor.isPlatformAdmin && actor.userId === null)) {
    throw new AppError('FORBIDDEN', `Chỉ dòng lệnh nhập dữ liệu mới được đưa ${adapter.noun} vào ở trạng thái đã đăng; ${adapter.noun} mới phải qua ban biên tập duyệt.`);
  }
  const rev = await addRevision(tx, actor, adapter, siteId, entityId, data);
  await insertEditorialItem(tx, { ...key(adapter, siteId, entityId), title: adapter.title(data), state: 'PUBLISHED', authorId: null, publishedRevisionId: rev.id });
}

/**
 * Saves a version (E3). Before first publication the row itself is the draft; once published, the public keeps
 * seeing the published row and the new version waits in a revision until it is approved.
 */
export async function saveVersion(
  actor: Actor,
  adapter: WorkflowAdapter,
  params: { siteId: string; entityId: string; data: Snapshot; marks?: ProtectionMarks; autosave?: boolean; restoredFrom?: number; beforeWrite?: (tx: Db) => Promise<void> },
): Promise<{ revision: number; state: WorkflowState; pendingVersion: boolean }> {
  const marks = params.marks ? parseInput(MarksSchema, params.marks) : null;
  return withTransaction(async (tx) => {
    const { item, publicStatus } = await loadItem(tx, adapter, params.siteId, params.entityId);
    const before = await workingData(tx, adapter, item);
    const member = await assertCanWrite(tx, actor, params.siteId, adapter.categoryIds(params.data), adapter.noun);
    if (!withinCategories(member, adapter.categoryIds(before))) throw new AppError('FORBIDDEN', `${capitalise(adapter.noun)} này thuộc chuyên mục bạn không được phân công.`);
    if (lockHeldByOther(item, actor.userId)) {
      const [holder] = await findUserNames([item.lockedById!], tx);
      throw new AppError('CONFLICT', `${capitalise(adapter.noun)} đang được ${holder?.name ?? 'người khác'} sửa. Hãy tiếp quản trước khi lưu để không ghi đè thay đổi của họ.`);
    }
    const state = item.state as WorkflowState;
    const isAuthor = item.authorId === actor.userId;
    const editorUp = EDITOR_AND_UP.includes(member.role);
    if (state === 'SCHEDULED') throw new AppError('RULE_VIOLATION', 'Bài đang hẹn giờ đăng: hãy hủy hẹn giờ trước khi sửa.');
    if (state === 'UNPUBLISHED' || state === 'ARCHIVED') throw new AppError('RULE_VIOLATION', `${capitalise(adapter.noun)} đang ở trạng thái "${STATE_LABELS[state]}": hãy "Mở lại để sửa" trước.`);
    if ((state === 'SUBMITTED' || state === 'REVIEWED') && !editorUp) throw new AppError('FORBIDDEN', 'Bài đã gửi duyệt: chỉ biên tập viên và ban biên tập được sửa tiếp.');
    if ((state === 'DRAFT' || state === 'RETURNED') && !isAuthor && !editorUp) throw new AppError('FORBIDDEN', 'Chỉ tác giả hoặc biên tập viên được sửa bản nháp này.');

    const hasPublicVersion = publicStatus === 'PUBLISHED';
    const rev = await addRevision(tx, actor, adapter, params.siteId, params.entityId, params.data, { autosave: params.autosave, restoredFrom: params.restoredFrom });
    await params.beforeWrite?.(tx);
    if (!hasPublicVersion) await adapter.apply(tx, params.siteId, params.entityId, params.data, actor.userId);
    // Editing what is published starts a new version by this person; the public copy is untouched.
    const startsVersion = state === 'PUBLISHED';
    const nextState: WorkflowState = startsVersion ? 'DRAFT' : state;
    await updateEditorialItem(tx, {
      ...key(adapter, params.siteId, params.entityId),
      data: {
        title: adapter.title(params.data),
        workingRevisionId: rev.id,
        state: nextState,
        ...(startsVersion ? { authorId: actor.userId, note: null } : {}),
        ...(marks ?? {}),
        lockedById: actor.userId,
        lockedAt: new Date(),
      },
    });
    if (!params.autosave) {
      await recordAudit(tx, actor, {
        siteId: params.siteId,
        action: `${adapter.entity}.save`,
        entity: adapter.entity,
        entityId: params.entityId,
        before: { title: adapter.title(before), state },
        after: { title: adapter.title(params.data), state: nextState, revision: rev.number, ...(marks ?? {}) },
      });
    }
    if (!hasPublicVersion) await contentChanged(tx, { siteId: params.siteId, type: adapter.entity, id: params.entityId, change: 'saved' });
    return { revision: rev.number, state: nextState, pendingVersion: hasPublicVersion };
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ── Transitions ──────────────────────────────────────────────────────────────

const TransitionSchema = z.object({
  action: z.enum(WORKFLOW_ACTIONS, { error: 'Thao tác không hợp lệ.' }),
  reason: z
    .string()
    .max(2000, { error: 'Lý do tối đa 2.000 ký tự.' })
    .transform((v) => v.normalize('NFC').trim())
    .optional(),
  scheduledAt: z.coerce.date({ error: 'Thời điểm đăng không hợp lệ.' }).optional(),
  unpublishAt: z.coerce.date({ error: 'Thời điểm gỡ không hợp lệ.' }).optional(),
});
export type TransitionInput = z.input<typeof TransitionSchema>;

/** Who the actor is in the decision: their roles on the item's site, or the scheduler. */
function rolesOf(actor: Actor, member: Member | null, system: boolean): WorkflowRole[] {
  if (system) return ['SYSTEM'];
  return member ? [member.role] : [];
}

/**
 * Moves an item through the workflow (E2). Every path that changes what the public sees — console buttons,
 * server actions called directly, the scheduler — comes here, and `decide()` answers who may.
 */
export async function transition(actor: Actor, adapter: WorkflowAdapter, params: { siteId: string; entityId: string } & TransitionInput, options: { system?: boolean } = {}) {
  const input = parseInput(TransitionSchema, params);
  const system = options.system === true && actor === SCHEDULER_ACTOR;
  const now = new Date();
  if (input.action === 'publishScheduled' && !system) throw new AppError('FORBIDDEN', 'Chỉ bộ hẹn giờ của hệ thống được đăng theo lịch.');
  if (input.action === 'schedule') {
    if (!input.scheduledAt) throw new AppError('VALIDATION', 'Hãy chọn thời điểm đăng.', { scheduledAt: 'Hãy chọn thời điểm đăng.' });
    if (input.scheduledAt.getTime() <= now.getTime()) throw new AppError('VALIDATION', 'Thời điểm đăng phải ở tương lai.', { scheduledAt: 'Thời điểm đăng phải ở tương lai.' });
  }
  if (input.unpublishAt && input.unpublishAt.getTime() <= (input.scheduledAt ?? now).getTime()) {
    throw new AppError('VALIDATION', 'Thời điểm gỡ phải sau thời điểm đăng.', { unpublishAt: 'Thời điểm gỡ phải sau thời điểm đăng.' });
  }

  return withTransaction(async (tx) => {
    const { item, publicStatus, publishedAt } = await loadItem(tx, adapter, params.siteId, params.entityId);
    const member = system ? null : await memberOf(tx, actor, params.siteId);
    const data = await workingData(tx, adapter, item);
    const from = stateFor(input.action, item, publicStatus);
    const decision = decide({
      action: input.action,
      state: from,
      roles: rolesOf(actor, member, system),
      isAuthor: !!actor.userId && item.authorId === actor.userId,
      headDelegated: member?.approvalDelegated ?? false,
      withinCategories: withinCategories(member, adapter.categoryIds(data)),
      classification: item.classification as Classification,
      forbiddenSubject: item.forbiddenSubject,
      reason: input.reason,
    });
    if (!decision.ok) throw new AppError(decision.code, decision.message);
    if (WORKFLOW[input.action].publishes) adapter.checkPublishable(data);

    const hasPublicVersion = publicStatus === 'PUBLISHED';
    // A step ends the editing session: the next person opens the item unlocked.
    const patch: Record<string, unknown> = { state: decision.to, lastError: null, lockedById: null, lockedAt: null };
    let change: 'published' | 'unpublished' | null = null;

    switch (input.action) {
      case 'approve':
      case 'publishScheduled': {
        // Always the approved version's fields: the row may hold an older public copy (published, then
        // unpublished while a new version was under way).
        await adapter.apply(tx, params.siteId, params.entityId, data, actor.userId);
        await adapter.setPublic(tx, params.siteId, params.entityId, { status: 'PUBLISHED', publishedAt: publishedAt && publishedAt <= now ? publishedAt : now });
        Object.assign(patch, { publishedRevisionId: item.workingRevisionId ?? item.publishedRevisionId, workingRevisionId: null, scheduledAt: null, note: null });
        if (input.unpublishAt) patch.unpublishAt = input.unpublishAt;
        change = 'published';
        break;
      }
      case 'schedule': {
        if (!hasPublicVersion) await adapter.setPublic(tx, params.siteId, params.entityId, { status: 'SCHEDULED' });
        Object.assign(patch, { scheduledAt: input.scheduledAt, unpublishAt: input.unpublishAt ?? null });
        await enqueueJob(tx, {
          kind: WORKFLOW_PUBLISH_JOB,
          payload: { entity: adapter.entity, siteId: params.siteId, entityId: params.entityId, at: input.scheduledAt!.toISOString() },
          siteId: params.siteId,
          runAt: input.scheduledAt,
          dedupeKey: `workflow:publish:${adapter.entity}:${params.entityId}`,
        });
        break;
      }
      case 'unpublish': {
        await adapter.setPublic(tx, params.siteId, params.entityId, { status: 'UNPUBLISHED' });
        // A pending new version keeps its own state; otherwise the item is now "unpublished".
        if (hasPublicVersion && item.state !== 'PUBLISHED') patch.state = item.state;
        Object.assign(patch, { note: input.reason, unpublishAt: null, ...(item.state === 'SCHEDULED' ? { scheduledAt: null } : {}) });
        change = 'unpublished';
        break;
      }
      case 'archive': {
        await adapter.setPublic(tx, params.siteId, params.entityId, { status: 'ARCHIVED' });
        if (hasPublicVersion && item.state !== 'PUBLISHED') patch.state = item.state;
        change = hasPublicVersion ? 'unpublished' : null;
        break;
      }
      case 'return': {
        if (!hasPublicVersion) await adapter.setPublic(tx, params.siteId, params.entityId, { status: 'RETURNED' });
        Object.assign(patch, { note: input.reason, scheduledAt: null });
        break;
      }
      default: {
        // submit, review, cancelSchedule, reopen: only the working version's state moves.
        if (!hasPublicVersion) await adapter.setPublic(tx, params.siteId, params.entityId, { status: decision.to as 'DRAFT' });
        if (input.action === 'cancelSchedule') patch.scheduledAt = null;
        if (input.action === 'reopen') Object.assign(patch, { authorId: item.state === 'RETURNED' ? item.authorId : (actor.userId ?? item.authorId) });
      }
    }
    if (change === 'published' && input.unpublishAt) {
      await queueTimedUnpublish(tx, adapter, params.siteId, params.entityId, input.unpublishAt);
    } else if (input.action === 'publishScheduled' && item.unpublishAt) {
      await queueTimedUnpublish(tx, adapter, params.siteId, params.entityId, item.unpublishAt);
    }
    await updateEditorialItem(tx, { ...key(adapter, params.siteId, params.entityId), data: patch });
    await recordAudit(tx, actor, {
      siteId: params.siteId,
      action: `${adapter.entity}.${input.action}`,
      entity: adapter.entity,
      entityId: params.entityId,
      before: { state: from, title: item.title },
      after: {
        state: patch.state,
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.scheduledAt ? { scheduledAt: input.scheduledAt.toISOString() } : {}),
        ...(input.unpublishAt ? { unpublishAt: input.unpublishAt.toISOString() } : {}),
      },
    });
    if (change) await contentChanged(tx, { siteId: params.siteId, type: adapter.entity, id: params.entityId, change });
    await notifyTransition(tx, {
      adapter,
      action: input.action,
      siteId: params.siteId,
      entityId: params.entityId,
      title: adapter.title(data),
      authorId: item.authorId,
      actorId: actor.userId,
      actorLabel: actor.label,
      reason: input.reason ?? null,
      scheduledAt: input.scheduledAt ?? null,
      publicPath: change === 'published' ? await adapter.publicPath(tx, params.siteId, params.entityId) : null,
    });
    return { state: patch.state as WorkflowState };
  });
}

async function queueTimedUnpublish(tx: Db, adapter: WorkflowAdapter, siteId: string, entityId: string, at: Date) {
  await enqueueJob(tx, {
    kind: WORKFLOW_UNPUBLISH_JOB,
    payload: { entity: adapter.entity, siteId, entityId, at: at.toISOString() },
    siteId,
    runAt: at,
    dedupeKey: `workflow:unpublish:${adapter.entity}:${entityId}`,
  });
}

// ── Console views ──────────────────────────────────────────────────────────────

export type EditorialView = {
  state: WorkflowState;
  stateLabel: string;
  publicStatus: string;
  pendingVersion: boolean;
  note: string | null;
  lastError: string | null;
  scheduledAt: string | null;
  unpublishAt: string | null;
  classification: Classification;
  forbiddenSubject: boolean;
  author: string | null;
  isAuthor: boolean;
  lock: { holder: string; since: string; mine: boolean } | null;
  actions: { action: WorkflowAction; label: string; reasonRequired: boolean }[];
  /** The version to edit (the pending one while a published item is being revised). */
  data: Snapshot;
  canGradeRoyalty: boolean;
};

export async function getEditorialView(actor: Actor, adapter: WorkflowAdapter, siteId: string, entityId: string): Promise<EditorialView | null> {
  return withTransaction(async (tx) => {
    const facts = await adapter.loadFacts(tx, siteId, entityId);
    if (!facts) return null;
    const { item, publicStatus } = await loadItem(tx, adapter, siteId, entityId);
    const member = await memberOf(tx, actor, siteId);
    if (!member) throw new AppError('FORBIDDEN', 'Bạn không thuộc ban biên tập của trang này.');
    const data = await workingData(tx, adapter, item);
    const ids = [item.authorId, item.lockedById].filter((x): x is string => !!x);
    const names = new Map((await findUserNames(ids, tx)).map((u) => [u.id, u.name]));
    const lockFresh = !!item.lockedById && !!item.lockedAt && Date.now() - item.lockedAt.getTime() < LOCK_TTL_MS;
    const base = {
      roles: [member.role] as WorkflowRole[],
      isAuthor: item.authorId === actor.userId,
      headDelegated: member.approvalDelegated,
      withinCategories: withinCategories(member, adapter.categoryIds(data)),
      classification: item.classification as Classification,
      forbiddenSubject: item.forbiddenSubject,
    };
    const actions = new Set<WorkflowAction>();
    for (const a of availableActions({ ...base, state: item.state as WorkflowState })) if (a !== 'unpublish' && a !== 'archive') actions.add(a);
    for (const a of availableActions({ ...base, state: stateFor('unpublish', item, publicStatus) })) if (a === 'unpublish' || a === 'archive') actions.add(a);
    return {
      state: item.state as WorkflowState,
      stateLabel: STATE_LABELS[item.state as WorkflowState] ?? item.state,
      publicStatus,
      pendingVersion: publicStatus === 'PUBLISHED' && item.state !== 'PUBLISHED',
      note: item.note,
      lastError: item.lastError,
      scheduledAt: item.scheduledAt?.toISOString() ?? null,
      unpublishAt: item.unpublishAt?.toISOString() ?? null,
      classification: item.classification as Classification,
      forbiddenSubject: item.forbiddenSubject,
      author: item.authorId ? (names.get(item.authorId) ?? null) : null,
      isAuthor: base.isAuthor,
      lock: lockFresh ? { holder: names.get(item.lockedById!) ?? 'người khác', since: item.lockedAt!.toISOString(), mine: item.lockedById === actor.userId } : null,
      actions: [...actions].map((a) => ({ action: a, label: WORKFLOW[a].label, reasonRequired: !!WORKFLOW[a].reasonRequired })),
      data,
      canGradeRoyalty: publicStatus === 'PUBLISHED' && canGrade(member),
    };
  });
}

export function canGrade(member: { role: string; approvalDelegated: boolean } | null): boolean {
  return !!member && (member.role === 'BOARD_HEAD' || (member.role === 'BOARD_DEPUTY' && member.approvalDelegated));
}

/** Takes or renews the edit lock (E: a second editor sees who is editing and can take over explicitly). */
export async function acquireEditLock(actor: Actor, adapter: WorkflowAdapter, params: { siteId: string; entityId: string; takeOver?: boolean; checkOnly?: boolean }) {
  return withTransaction(async (tx) => {
    const { item } = await loadItem(tx, adapter, params.siteId, params.entityId);
    const member = await memberOf(tx, actor, params.siteId);
    if (!member || !WRITER_ROLES.includes(member.role)) throw new AppError('FORBIDDEN', 'Bạn không có quyền sửa nội dung này.');
    if (lockHeldByOther(item, actor.userId) && !params.takeOver) {
      const [holder] = await findUserNames([item.lockedById!], tx);
      return { mine: false, holder: holder?.name ?? 'người khác', since: item.lockedAt!.toISOString() };
    }
    // Opening an item only looks; the lock is taken when the person starts editing.
    if (params.checkOnly) return null;
    if (lockHeldByOther(item, actor.userId) && params.takeOver) {
      const [holder] = await findUserNames([item.lockedById!], tx);
      await recordAudit(tx, actor, { siteId: params.siteId, action: `${adapter.entity}.take-over`, entity: adapter.entity, entityId: params.entityId, before: { lockedBy: holder?.name ?? null }, after: { lockedBy: actor.label } });
    }
    const now = new Date();
    await updateEditorialItem(tx, { ...key(adapter, params.siteId, params.entityId), data: { lockedById: actor.userId, lockedAt: now } });
    return { mine: true, holder: actor.label, since: now.toISOString() };
  });
}

// ── Revisions (E3) ────────────────────────────────────────────────────────────

async function requireMember(actor: Actor, siteId: string): Promise<Member> {
  const member = await withTransaction((tx) => memberOf(tx, actor, siteId));
  if (!member) throw new AppError('FORBIDDEN', 'Bạn không thuộc ban biên tập của trang này.');
  return member;
}

export async function listRevisions(actor: Actor, adapter: WorkflowAdapter, siteId: string, entityId: string) {
  await requireMember(actor, siteId);
  const rows = await findRevisions(key(adapter, siteId, entityId));
  return rows.map((r) => ({ number: r.number, title: r.title, autosave: r.autosave, restoredFrom: r.restoredFrom, createdBy: r.createdBy, createdAt: r.createdAt.toISOString() }));
}

export async function getRevisionPair(actor: Actor, adapter: WorkflowAdapter, params: { siteId: string; entityId: string; left: number; right: number }) {
  await requireMember(actor, params.siteId);
  const [left, right] = await Promise.all([
    findRevision({ ...key(adapter, params.siteId, params.entityId), number: params.left }),
    findRevision({ ...key(adapter, params.siteId, params.entityId), number: params.right }),
  ]);
  if (!left || !right) throw new AppError('NOT_FOUND', 'Không tìm thấy phiên bản cần so sánh.');
  const meta = (r: typeof left) => ({ number: r.number, createdBy: r.createdBy, createdAt: r.createdAt.toISOString(), view: adapter.view(r.data as Snapshot) });
  return { left: meta(left), right: meta(right) };
}

/** Restores an old revision as the new working draft (never straight to the public). */
export async function restoreRevision(actor: Actor, adapter: WorkflowAdapter, params: { siteId: string; entityId: string; number: number }) {
  const rev = await findRevision({ ...key(adapter, params.siteId, params.entityId), number: params.number });
  if (!rev) throw new AppError('NOT_FOUND', 'Không tìm thấy phiên bản cần khôi phục.');
  return saveVersion(actor, adapter, { siteId: params.siteId, entityId: params.entityId, data: rev.data as Snapshot, restoredFrom: rev.number });
}

/** Removes the workflow data of a deleted item (inside the deleting transaction). */
export async function forgetItem(tx: Db, adapter: WorkflowAdapter, siteId: string, entityId: string) {
  await deleteEditorialData(tx, key(adapter, siteId, entityId));
}

// ── Pending work (E6: "a list of pending work in the console per person") ─────────────────────

export type PendingItem = { siteId: string; siteName: string; entity: string; entityId: string; title: string; state: string; stateLabel: string; why: string; path: string; updatedAt: string };

/** What waits on this person now, across their sites: computed from the same rule table as the buttons. */
export async function listPendingWork(actor: Actor, adapters: Record<string, WorkflowAdapter>): Promise<PendingItem[]> {
  if (!actor.userId) return [];
  const siteIds = actor.memberships.map((m) => m.siteId);
  if (siteIds.length === 0) return [];
  const rows = await findOpenEditorialItems({ siteIds, userId: actor.userId });
  const members = new Map<string, Member | null>();
  for (const siteId of new Set(rows.map((r) => r.siteId))) members.set(siteId, await withTransaction((tx) => memberOf(tx, actor, siteId)));
  const out: PendingItem[] = [];
  for (const r of rows) {
    const adapter = adapters[r.entity];
    const member = members.get(r.siteId) ?? null;
    if (!adapter || !member) continue;
    const isAuthor = r.authorId === actor.userId;
    const actions = availableActions({
      state: r.state as WorkflowState,
      roles: [member.role],
      isAuthor,
      headDelegated: member.approvalDelegated,
      withinCategories: true,
      classification: r.classification as Classification,
      forbiddenSubject: r.forbiddenSubject,
    });
    let why = '';
    if (r.lastError && (member.role === 'BOARD_HEAD' || isAuthor)) why = `Đăng theo lịch không thành công: ${r.lastError}`;
    else if (r.state === 'SUBMITTED' && actions.includes('review')) why = 'Chờ bạn biên tập';
    else if (r.state === 'REVIEWED' && actions.includes('approve')) why = 'Chờ bạn duyệt';
    else if (r.state === 'RETURNED' && isAuthor) why = r.note ? `Bị trả lại: ${r.note}` : 'Bị trả lại, cần sửa';
    else if (r.state === 'DRAFT' && isAuthor) why = 'Bản nháp của bạn, chưa gửi duyệt';
    else if (r.state === 'SCHEDULED' && actions.includes('cancelSchedule')) why = `Hẹn đăng lúc ${r.scheduledAt?.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) ?? ''}`;
    if (!why) continue;
    out.push({
      siteId: r.siteId,
      siteName: r.site.name,
      entity: r.entity,
      entityId: r.entityId,
      title: r.title,
      state: r.state,
      stateLabel: STATE_LABELS[r.state as WorkflowState] ?? r.state,
      why,
      path: adapter.consolePath(r.siteId, r.entityId),
      updatedAt: r.updatedAt.toISOString(),
    });
  }
  return out;
}

/** The working version's state of several items, for console lists ("published · new version waiting"). */
export async function workingStates(adapter: WorkflowAdapter, siteId: string, entityIds: string[]): Promise<Map<string, { state: WorkflowState; label: string; failed: boolean }>> {
  if (entityIds.length === 0) return new Map();
  const rows = await findEditorialStates({ siteId, entity: adapter.entity, entityIds });
  return new Map(rows.map((r) => [r.entityId, { state: r.state as WorkflowState, label: STATE_LABELS[r.state as WorkflowState] ?? r.state, failed: !!r.lastError }]));
}

/** E7: the head, or a deputy the head delegated to, grades royalties (read fresh from the database). */
export async function canGradeRoyalties(actor: Actor, siteId: string): Promise<boolean> {
  return canGrade(await withTransaction((tx) => memberOf(tx, actor, siteId)));
}
