import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent, canPublishContent } from '@/modules/content/content.policy';
import { dayLabel, formatIsoWeek, shiftWeek, weekDates, type IsoWeek } from './iso-week';
import {
  dateValue,
  deleteEntryRow,
  findEntriesForConsole,
  findEntryForConsole,
  findPublishedEntries,
  hasPublishedEntries,
  insertEntry,
  publishEntriesInRange,
  updateEntryRow,
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
    date: row.date.toISOString().slice(0, 10),
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

function requirePublisher(actor: Actor, siteId: string, message: string) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', message);
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

/** Saves a new entry as a draft, or publishes it at once when asked and allowed (E1). */
export async function createScheduleEntry(actor: Actor, siteId: string, input: ScheduleEntryInput, options: { publish?: boolean } = {}) {
  requireEditor(actor, siteId);
  const data = parseInput(ScheduleEntryInputSchema, input);
  if (options.publish) requirePublisher(actor, siteId, 'Bạn không có quyền đăng lịch công tác; hãy lưu nháp để ban biên tập duyệt.');
  return withTransaction(async (tx) => {
    const row = await insertEntry(tx, {
      siteId,
      ...columns(data),
      status: options.publish ? 'PUBLISHED' : 'DRAFT',
      publishedAt: options.publish ? new Date() : null,
    });
    await recordAudit(tx, actor, {
      siteId,
      action: options.publish ? 'schedule.publish' : 'schedule.create',
      entity: 'schedule_entry',
      entityId: row.id,
      after: { date: data.date, leader: data.leader, content: data.content, status: row.status },
    });
    return { id: row.id, status: row.status, date: data.date };
  });
}

export async function updateScheduleEntry(actor: Actor, siteId: string, entryId: string, input: ScheduleEntryInput) {
  requireEditor(actor, siteId);
  const data = parseInput(ScheduleEntryInputSchema, input);
  const before = await findEntryForConsole({ siteId, id: entryId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy mục lịch công tác.');
  if (before.status === 'PUBLISHED') requirePublisher(actor, siteId, 'Lịch đã đăng chỉ ban biên tập được sửa.');
  await withTransaction(async (tx) => {
    await updateEntryRow(tx, { siteId, id: entryId, data: columns(data) });
    await recordAudit(tx, actor, {
      siteId,
      action: 'schedule.update',
      entity: 'schedule_entry',
      entityId: entryId,
      before: { date: before.date.toISOString().slice(0, 10), leader: before.leader, content: before.content },
      after: { date: data.date, leader: data.leader, content: data.content },
    });
  });
  return { id: entryId, date: data.date };
}

export async function setScheduleEntryPublished(actor: Actor, siteId: string, entryId: string, publish: boolean) {
  requirePublisher(actor, siteId, 'Bạn không có quyền đăng hoặc gỡ lịch công tác.');
  const before = await findEntryForConsole({ siteId, id: entryId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy mục lịch công tác.');
  await withTransaction(async (tx) => {
    await updateEntryRow(tx, { siteId, id: entryId, data: publish ? { status: 'PUBLISHED', publishedAt: new Date() } : { status: 'UNPUBLISHED' } });
    await recordAudit(tx, actor, {
      siteId,
      action: publish ? 'schedule.publish' : 'schedule.unpublish',
      entity: 'schedule_entry',
      entityId: entryId,
      before: { status: before.status },
      after: { status: publish ? 'PUBLISHED' : 'UNPUBLISHED' },
    });
  });
}

export async function deleteScheduleEntry(actor: Actor, siteId: string, entryId: string) {
  requirePublisher(actor, siteId, 'Bạn không có quyền xóa lịch công tác.');
  const before = await findEntryForConsole({ siteId, id: entryId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy mục lịch công tác.');
  await withTransaction(async (tx) => {
    await deleteEntryRow(tx, { siteId, id: entryId });
    await recordAudit(tx, actor, {
      siteId,
      action: 'schedule.delete',
      entity: 'schedule_entry',
      entityId: entryId,
      before: { date: before.date.toISOString().slice(0, 10), leader: before.leader, content: before.content, status: before.status },
    });
  });
}

/** Publishes the drafts of a whole week at once (the schedule is usually approved weekly); withdrawn entries stay withdrawn. */
export async function publishScheduleWeek(actor: Actor, siteId: string, week: IsoWeek): Promise<number> {
  requirePublisher(actor, siteId, 'Bạn không có quyền đăng lịch công tác.');
  const dates = weekDates(week);
  return withTransaction(async (tx) => {
    const count = await publishEntriesInRange(tx, { siteId, from: dates[0]!, to: dates[6]!, now: new Date() });
    await recordAudit(tx, actor, { siteId, action: 'schedule.publish_week', entity: 'schedule_entry', after: { week: formatIsoWeek(week), count } });
    return count;
  });
}

export async function getWeekForConsole(actor: Actor, siteId: string, week: IsoWeek): Promise<ScheduleWeek & { canPublish: boolean }> {
  requireEditor(actor, siteId);
  const dates = weekDates(week);
  const rows = await findEntriesForConsole({ siteId, from: dates[0]!, to: dates[6]! });
  return { ...groupByDay(week, rows, 'vi'), canPublish: canPublishContent(actor, siteId) };
}

export async function getScheduleEntryForEditing(actor: Actor, siteId: string, entryId: string): Promise<ScheduleEntryDto | null> {
  requireEditor(actor, siteId);
  const row = await findEntryForConsole({ siteId, id: entryId });
  return row ? toDto(row) : null;
}
