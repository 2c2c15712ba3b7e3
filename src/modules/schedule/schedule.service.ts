import type { Actor } from '@/server/actor';
import { dateOnly } from '@/lib/dates';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent } from '@/modules/content/content.policy';
import { contentChanged } from '@/modules/content/content-events';
import type { Snapshot } from '@/modules/workflow/workflow-adapter';
import {
  assertCanWrite,
  forgetItem,
  getEditorialView,
  saveVersion,
  startImportedItem,
  startItem,
  transition,
  workingStates,
  type EditorialView,
  type ProtectionMarks,
  type TransitionInput,
} from '@/modules/workflow/workflow.service';
import { scheduleWorkflow, toScheduleSnapshot, type ScheduleSnapshot } from './schedule-workflow';
import { dayLabel, formatIsoWeek, shiftWeek, weekDates, type IsoWeek } from './iso-week';
import {
  dateValue,
  deleteEntryRow,
  findEntriesForConsole,
  findEntryForConsole,
  findPublishedEntries,
  hasPublishedEntries,
  insertEntry,
} from './schedule.repository';
import { ScheduleEntryInputSchema, type ScheduleEntryData, type ScheduleEntryInput } from './schedule.schemas';

export type ScheduleEntryDto = {
  id: string;
  lang: 'vi' | 'en';
  date: string;
  startTime: string | null;
  endTime: string | null;
  leader: string;
  content: string;
  place: string | null;
  participants: string | null;
  preparedBy: string | null;
  status: string;
};

export type ScheduleDay = { date: string; label: string; entries: ScheduleEntryDto[] };

export type ScheduleWeek = {
  /** "2026-W48" */
  week: string;
  year: number;
  number: number;
  from: string;
  to: string;
  previous: string;
  next: string;
  days: ScheduleDay[];
  total: number;
};

type EntryRow = Awaited<ReturnType<typeof findPublishedEntries>>[number];

function toDto(row: EntryRow): ScheduleEntryDto {
  return {
    id: row.id,
    lang: row.lang === 'en' ? 'en' : 'vi',
    date: dateOnly(row.date),
    startTime: row.startTime,
    endTime: row.endTime,
    leader: row.leader,
    content: row.content,
    place: row.place,
    participants: row.participants,
    preparedBy: row.preparedBy,
    status: row.status,
  };
}

function groupByDay(week: IsoWeek, rows: EntryRow[], lang: 'vi' | 'en'): ScheduleWeek {
  const dates = weekDates(week);
  const entries = rows.map(toDto);
  return {
    week: formatIsoWeek(week),
    year: week.year,
    number: week.week,
    from: dates[0]!,
    to: dates[6]!,
    previous: formatIsoWeek(shiftWeek(week, -1)),
    next: formatIsoWeek(shiftWeek(week, 1)),
    days: dates.map((date) => ({ date, label: dayLabel(date, lang), entries: entries.filter((e) => e.date === date) })),
    total: entries.length,
  };
}

/** The public schedule of one ISO week (C4): published entries only, grouped by day, Monday first. */
export async function getPublishedWeek(params: { siteId: string; week: IsoWeek; lang?: 'vi' | 'en' }): Promise<ScheduleWeek> {
  const lang = params.lang ?? 'vi';
  const dates = weekDates(params.week);
  const rows = await findPublishedEntries({ siteId: params.siteId, lang, from: dates[0]!, to: dates[6]! });
  return groupByDay(params.week, rows, lang);
}

/** The English schedule page exists only for sites that publish English entries (C11). */
export function hasEnglishSchedule(siteId: string): Promise<boolean> {
  return hasPublishedEntries({ siteId, lang: 'en' });
}

// ── Console ──────────────────────────────────────────────────────────────────

function requireEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền biên tập lịch công tác của trang này.');
}

function columns(data: ScheduleEntryData) {
  return {
    lang: data.lang,
    date: dateValue(data.date),
    startTime: data.startTime ?? null,
    endTime: data.endTime ?? null,
    leader: data.leader,
    content: data.content,
    place: data.place ?? null,
    participants: data.participants ?? null,
    preparedBy: data.preparedBy ?? null,
  };
}

const notFound = () => new AppError('NOT_FOUND', 'Không tìm thấy mục lịch công tác.');
const isCli = (actor: Actor) => actor.isPlatformAdmin && actor.userId === null;

/**
 * A new entry is a draft of its writer (E2): it becomes public only through the workflow. `imported` brings in
 * entries approved before this platform (the command line only: demo data, migration from the old portal).
 */
export async function createScheduleEntry(actor: Actor, siteId: string, input: ScheduleEntryInput, options: { imported?: 'PUBLISHED' | 'DRAFT'; marks?: ProtectionMarks } = {}) {
  const data = parseInput(ScheduleEntryInputSchema, input);
  if (!options.imported) await withTransaction((tx) => assertCanWrite(tx, actor, siteId, [], 'lịch công tác'));
  else if (!isCli(actor)) throw new AppError('FORBIDDEN', 'Chỉ dòng lệnh nhập dữ liệu mới được nhập lịch công tác; lịch mới phải qua ban biên tập duyệt.');
  const published = options.imported === 'PUBLISHED';
  const snapshot = toScheduleSnapshot(data) as unknown as Snapshot;
  return withTransaction(async (tx) => {
    const row = await insertEntry(tx, { siteId, ...columns(data), status: published ? 'PUBLISHED' : 'DRAFT', publishedAt: published ? new Date() : null });
    if (published) await startImportedItem(tx, actor, scheduleWorkflow, siteId, row.id, snapshot);
    else await startItem(tx, actor, scheduleWorkflow, { siteId, entityId: row.id, data: snapshot, marks: options.marks });
    await recordAudit(tx, actor, {
      siteId,
      action: options.imported ? 'schedule.import' : 'schedule.create',
      entity: 'schedule',
      entityId: row.id,
      after: { date: data.date, leader: data.leader, content: data.content, status: row.status },
    });
    await contentChanged(tx, { siteId, type: 'schedule', id: row.id, change: published ? 'published' : 'saved' });
    return { id: row.id, status: row.status, date: data.date };
  });
}

/** Saves a version of an entry (E3): once published, the public keeps the approved version until the new one is approved. */
export async function updateScheduleEntry(actor: Actor, siteId: string, entryId: string, input: ScheduleEntryInput, options: { marks?: ProtectionMarks; autosave?: boolean } = {}) {
  requireEditor(actor, siteId);
  const data = parseInput(ScheduleEntryInputSchema, input);
  const before = /^[0-9a-f-]{36}$/.test(entryId) ? await findEntryForConsole({ siteId, id: entryId }) : null;
  if (!before) throw notFound();
  const saved = await saveVersion(actor, scheduleWorkflow, { siteId, entityId: entryId, data: toScheduleSnapshot(data) as unknown as Snapshot, marks: options.marks, autosave: options.autosave });
  return { id: entryId, date: data.date, ...saved };
}

/** One step of the editorial workflow on an entry: submit, review, return, approve, schedule, unpublish… */
export function scheduleEntryTransition(actor: Actor, siteId: string, entryId: string, input: TransitionInput) {
  return transition(actor, scheduleWorkflow, { siteId, entityId: entryId, ...input });
}

/** Only the board head removes an entry for good, and never a public one (unpublish it first, with a reason). */
export async function deleteScheduleEntry(actor: Actor, siteId: string, entryId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId && m.role === 'BOARD_HEAD')) throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập được xóa mục lịch công tác.');
  const before = /^[0-9a-f-]{36}$/.test(entryId) ? await findEntryForConsole({ siteId, id: entryId }) : null;
  if (!before) throw notFound();
  if (before.status === 'PUBLISHED' || before.status === 'SCHEDULED') throw new AppError('RULE_VIOLATION', 'Mục lịch đang đăng hoặc hẹn giờ đăng: hãy gỡ (ghi lý do) trước khi xóa.');
  await withTransaction(async (tx) => {
    await deleteEntryRow(tx, { siteId, id: entryId });
    await forgetItem(tx, scheduleWorkflow, siteId, entryId);
    await recordAudit(tx, actor, {
      siteId,
      action: 'schedule.delete',
      entity: 'schedule',
      entityId: entryId,
      before: { date: dateOnly(before.date), leader: before.leader, content: before.content, status: before.status },
    });
    await contentChanged(tx, { siteId, type: 'schedule', id: entryId, change: 'deleted' });
  });
}

/**
 * The schedule is usually approved a week at a time: approves every entry of the week waiting for approval, each
 * through the workflow like its own button (nobody approves what they wrote; classified entries never go out).
 * Returns how many were published and why the others were not.
 */
export async function approveScheduleWeek(actor: Actor, siteId: string, week: IsoWeek): Promise<{ approved: number; refused: { content: string; message: string }[] }> {
  requireEditor(actor, siteId);
  const dates = weekDates(week);
  const rows = await findEntriesForConsole({ siteId, from: dates[0]!, to: dates[6]! });
  const working = await workingStates(scheduleWorkflow, siteId, rows.map((r) => r.id));
  let approved = 0;
  const refused: { content: string; message: string }[] = [];
  for (const row of rows.filter((r) => working.get(r.id)?.state === 'REVIEWED')) {
    try {
      await transition(actor, scheduleWorkflow, { siteId, entityId: row.id, action: 'approve' });
      approved++;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      refused.push({ content: row.content, message: e.message });
    }
  }
  return { approved, refused };
}

export type ConsoleScheduleWeek = ScheduleWeek & {
  /** Where each entry's working version stands, by id (a published entry may have a new version under way). */
  working: Record<string, { label: string; pendingVersion: boolean; waitingApproval: boolean }>;
};

export async function getWeekForConsole(actor: Actor, siteId: string, week: IsoWeek): Promise<ConsoleScheduleWeek> {
  requireEditor(actor, siteId);
  const dates = weekDates(week);
  const rows = await findEntriesForConsole({ siteId, from: dates[0]!, to: dates[6]! });
  const states = await workingStates(scheduleWorkflow, siteId, rows.map((r) => r.id));
  const working: ConsoleScheduleWeek['working'] = {};
  for (const r of rows) {
    const w = states.get(r.id);
    if (w) working[r.id] = { label: w.label, pendingVersion: r.status === 'PUBLISHED' && w.state !== 'PUBLISHED', waitingApproval: w.state === 'REVIEWED' };
  }
  return { ...groupByDay(week, rows, 'vi'), working };
}

export type EditableScheduleEntry = ScheduleEntryDto & { publicContent: string; editorial: Omit<EditorialView, 'data'> };

/** The entry as the editor should see it: the working version (pending one while published) and its workflow. */
export async function getScheduleEntryForEditing(actor: Actor, siteId: string, entryId: string): Promise<EditableScheduleEntry | null> {
  requireEditor(actor, siteId);
  const row = await findEntryForConsole({ siteId, id: entryId });
  if (!row) return null;
  const { data, ...editorial } = (await getEditorialView(actor, scheduleWorkflow, siteId, entryId))!;
  const w = data as unknown as ScheduleSnapshot;
  return { ...toDto(row), ...w, publicContent: row.content, editorial };
}
