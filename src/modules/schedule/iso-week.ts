/**
 * ISO 8601 weeks (Monday–Sunday) for the leaders' weekly schedule (C4), pure and independent of
 * the server's time zone. Calendar dates are "YYYY-MM-DD" strings; "today" is taken in Vietnam's
 * time zone so that at 05:00 on a Monday in Nha Trang (22:00 Sunday UTC) the new week is shown.
 */

import { isCalendarDate } from '@/lib/dates';

/** Re-exported: the schedule's forms and pages check dates with it. */
export { isCalendarDate };

export type IsoWeek = { year: number; week: number };

const VN_TZ = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** Days since 1970-01-01 of a calendar date. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const dow = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return dow === 0 ? 7 : dow;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}


/** 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday. */
export function weeksInYear(year: number): number {
  const jan1 = isoWeekday(`${String(year).padStart(4, '0')}-01-01`);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/** The ISO week a calendar date belongs to (29/12/2025 is in 2026-W01; 01/01/2027 is in 2026-W53). */
export function isoWeekOfDate(date: string): IsoWeek {
  // The week belongs to the year of its Thursday.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${thursday.slice(0, 4)}-01-01`)) / 7) + 1;
  return { year, week };
}

/** Today's calendar date in Vietnam. */
export function vietnamDate(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: VN_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function currentIsoWeek(now: Date = new Date()): IsoWeek {
  return isoWeekOfDate(vietnamDate(now));
}

/** "2026-W48"; null for anything else, including weeks the year does not have (2026-W54, 2027-W53). */
export function parseIsoWeek(value: string): IsoWeek | null {
  const m = WEEK_PATTERN.exec(value.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < 1900 || year > 2999 || week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

export function formatIsoWeek(w: IsoWeek): string {
  return `${String(w.year).padStart(4, '0')}-W${String(w.week).padStart(2, '0')}`;
}

/** Monday of an ISO week: week 1 is the week that holds 4 January. */
export function weekStart(w: IsoWeek): string {
  const jan4 = `${String(w.year).padStart(4, '0')}-01-04`;
  return addDays(jan4, 1 - isoWeekday(jan4) + (w.week - 1) * 7);
}

/** The seven dates, Monday first. */
export function weekDates(w: IsoWeek): string[] {
  const monday = weekStart(w);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function shiftWeek(w: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOfDate(addDays(weekStart(w), weeks * 7));
}

export function sameWeek(a: IsoWeek, b: IsoWeek): boolean {
  return a.year === b.year && a.week === b.week;
}

const VI_WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23/11/2026". */
export function formatCalendarDateVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "23 November 2026". */
export function formatCalendarDateEn(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

/** "Thứ Hai, 23/11/2026" or "Monday, 23 November 2026". */
export function dayLabel(date: string, lang: 'vi' | 'en' = 'vi'): string {
  const i = isoWeekday(date) - 1;
  return lang === 'en' ? `${EN_WEEKDAYS[i]}, ${formatCalendarDateEn(date)}` : `${VI_WEEKDAYS[i]}, ${formatCalendarDateVi(date)}`;
}

/**
 * The `?tuan=` parameter of the schedule pages: absent → the current week; otherwise it must be a
 * week the year really has. The message is shown to the visitor as is.
 */
export function parseWeekParam(
  value: string | string[] | undefined,
  options: { lang?: 'vi' | 'en'; now?: Date } = {},
): { ok: true; week: IsoWeek } | { ok: false; message: string } {
  const now = options.now ?? new Date();
  const en = options.lang === 'en';
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return { ok: true, week: currentIsoWeek(now) };
  const week = parseIsoWeek(raw);
  if (week) return { ok: true, week };
  const m = WEEK_PATTERN.exec(raw.toUpperCase());
  const year = m ? Number(m[1]) : NaN;
  if (m && year >= 1900 && year <= 2999) {
    const n = weeksInYear(year);
    return { ok: false, message: en ? `${year} has no week ${Number(m[2])} (it has ${n} weeks).` : `Năm ${year} không có tuần ${Number(m[2])} (năm này có ${n} tuần).` };
  }
  const shown = raw.slice(0, 40);
  const example = formatIsoWeek(currentIsoWeek(now));
  return {
    ok: false,
    message: en
      ? `“${shown}” is not a valid week. Write the year, W and the week number, for example ${example}.`
      : `“${shown}” không phải là một tuần hợp lệ. Tuần được ghi theo dạng năm-W-số tuần, ví dụ ${example}.`,
  };
}
