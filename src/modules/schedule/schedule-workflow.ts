import type { Db } from '@/server/db';
import { dateOnly } from '@/lib/dates';
import { AppError } from '@/server/errors';
import { parseInput } from '@/server/validation';
import type { Snapshot, WorkflowAdapter } from '@/modules/workflow/workflow-adapter';
import { dayLabel, formatIsoWeek, isoWeekOfDate } from './iso-week';
import { dateValue, findEntryForConsole, updateEntryRow } from './schedule.repository';
import { ScheduleEntryInputSchema, type ScheduleEntryData } from './schedule.schemas';

/** What a revision of a work-schedule entry stores: the validated editable fields (date "YYYY-MM-DD", times "HH:MM"). */
export type ScheduleSnapshot = {
  lang: 'vi' | 'en';
  date: string;
  startTime: string | null;
  endTime: string | null;
  leader: string;
  content: string;
  place: string | null;
  participants: string | null;
  preparedBy: string | null;
};

export function toScheduleSnapshot(data: ScheduleEntryData): ScheduleSnapshot {
  return {
    lang: data.lang,
    date: data.date,
    startTime: data.startTime ?? null,
    endTime: data.endTime ?? null,
    leader: data.leader,
    content: data.content,
    place: data.place ?? null,
    participants: data.participants ?? null,
    preparedBy: data.preparedBy ?? null,
  };
}

export const asScheduleEntry = (data: Snapshot) => data as unknown as ScheduleSnapshot;

/** The version's fields read back through the form's schema (what the form would have accepted). */
function validated(e: ScheduleSnapshot): ScheduleEntryData {
  return parseInput(ScheduleEntryInputSchema, e);
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const scheduleWorkflow: WorkflowAdapter = {
  entity: 'schedule',
  noun: 'mục lịch công tác',
  async loadFacts(tx, siteId, id) {
    const row = await findEntryForConsole({ siteId, id }, tx);
    // Schedule entries keep no author column: entries that predate the workflow start without one.
    return row ? { publicStatus: row.status, publishedAt: row.publishedAt, createdById: null } : null;
  },
  async snapshot(tx, siteId, id) {
    const row = await findEntryForConsole({ siteId, id }, tx);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy mục lịch công tác.');
    const snap: ScheduleSnapshot = {
      lang: row.lang === 'en' ? 'en' : 'vi',
      date: dateOnly(row.date),
      startTime: row.startTime,
      endTime: row.endTime,
      leader: row.leader,
      content: row.content,
      place: row.place,
      participants: row.participants,
      preparedBy: row.preparedBy,
    };
    return snap as unknown as Snapshot;
  },
  async apply(tx: Db, siteId, id, data) {
    const e = validated(asScheduleEntry(data));
    await updateEntryRow(tx, {
      siteId,
      id,
      data: {
        lang: e.lang,
        date: dateValue(e.date),
        startTime: e.startTime ?? null,
        endTime: e.endTime ?? null,
        leader: e.leader,
        content: e.content,
        place: e.place ?? null,
        participants: e.participants ?? null,
        preparedBy: e.preparedBy ?? null,
      },
    });
  },
  async setPublic(tx, siteId, id, state) {
    await updateEntryRow(tx, { siteId, id, data: { status: state.status, ...(state.publishedAt ? { publishedAt: state.publishedAt } : {}) } });
  },
  /** An entry is published as the form would accept it (a real day, the end after the start). */
  checkPublishable(data) {
    validated(asScheduleEntry(data));
  },
  title: (data) => {
    const e = asScheduleEntry(data);
    return `${dayLabel(e.date)}${e.startTime ? ` ${e.startTime}` : ''}: ${short(e.content, 120)}`;
  },
  categoryIds: () => [],
  view(data) {
    const e = asScheduleEntry(data);
    return {
      fields: [
        { label: 'Ngày', value: dayLabel(e.date) },
        { label: 'Giờ bắt đầu', value: e.startTime ?? '' },
        { label: 'Giờ kết thúc', value: e.endTime ?? '' },
        { label: 'Lãnh đạo chủ trì', value: e.leader },
        { label: 'Địa điểm', value: e.place ?? '' },
        { label: 'Thành phần tham dự', value: e.participants ?? '' },
        { label: 'Đơn vị chuẩn bị', value: e.preparedBy ?? '' },
        { label: 'Ngôn ngữ', value: e.lang === 'en' ? 'Tiếng Anh' : 'Tiếng Việt' },
      ],
      body: [e.content],
    };
  },
  consolePath: (siteId, id) => `/quan-tri/trang/${siteId}/lich-cong-tac/${id}`,
  async publicPath(tx, siteId, id) {
    const row = await findEntryForConsole({ siteId, id }, tx);
    if (!row) return null;
    return `${row.lang === 'en' ? '/en' : ''}/lich-cong-tac?tuan=${formatIsoWeek(isoWeekOfDate(dateOnly(row.date)))}`;
  },
};
