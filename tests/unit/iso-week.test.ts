import { describe, expect, it } from 'vitest';
import {
  currentIsoWeek,
  dayLabel,
  formatIsoWeek,
  isCalendarDate,
  isoWeekOfDate,
  parseIsoWeek,
  parseWeekParam,
  shiftWeek,
  vietnamDate,
  weekDates,
  weekStart,
  weeksInYear,
} from '@/modules/schedule/iso-week';

describe('ISO weeks (C4 schedule)', () => {
  it('knows which years have 53 weeks', () => {
    expect(weeksInYear(2026)).toBe(53); // starts on a Thursday
    expect(weeksInYear(2020)).toBe(53); // leap year starting on a Wednesday
    expect(weeksInYear(2015)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(weeksInYear(2027)).toBe(52);
    expect(weeksInYear(2024)).toBe(52); // leap year starting on a Monday
  });

  it('finds the week of a date across year boundaries', () => {
    expect(isoWeekOfDate('2026-11-23')).toEqual({ year: 2026, week: 48 });
    expect(isoWeekOfDate('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeekOfDate('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOfDate('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOfDate('2021-01-03')).toEqual({ year: 2020, week: 53 });
  });

  it('lists Monday to Sunday of a week, including the week that spans two years', () => {
    expect(weekDates({ year: 2026, week: 48 })).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(weekDates({ year: 2026, week: 53 })).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(weekStart({ year: 2027, week: 1 })).toBe('2027-01-04');
    expect(weekStart({ year: 2026, week: 1 })).toBe('2025-12-29');
  });

  it('moves to the previous and next week across year boundaries', () => {
    expect(formatIsoWeek(shiftWeek({ year: 2026, week: 53 }, 1))).toBe('2027-W01');
    expect(formatIsoWeek(shiftWeek({ year: 2027, week: 1 }, -1))).toBe('2026-W53');
    expect(formatIsoWeek(shiftWeek({ year: 2026, week: 1 }, -1))).toBe('2025-W52');
    expect(formatIsoWeek(shiftWeek({ year: 2025, week: 52 }, 1))).toBe('2026-W01');
    expect(formatIsoWeek(shiftWeek({ year: 2026, week: 48 }, 1))).toBe('2026-W49');
  });

  it('parses 2026-W48 and refuses what is not a week the year has', () => {
    expect(parseIsoWeek('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(parseIsoWeek('2026-w53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2027-W53')).toBeNull();
    expect(parseIsoWeek('2026-W54')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('2026-W8')).toBeNull();
    expect(parseIsoWeek('48')).toBeNull();
    expect(parseIsoWeek("2026-W48' OR 1=1")).toBeNull();
  });

  it('takes "today" in Vietnam, not in the server’s zone', () => {
    // 22:30 UTC on Sunday 22/11/2026 is 05:30 on Monday 23/11/2026 in Nha Trang.
    const now = new Date('2026-11-22T22:30:00Z');
    expect(vietnamDate(now)).toBe('2026-11-23');
    expect(currentIsoWeek(now)).toEqual({ year: 2026, week: 48 });
    expect(currentIsoWeek(new Date('2026-11-22T16:59:00Z'))).toEqual({ year: 2026, week: 47 });
    expect(currentIsoWeek(new Date('2027-01-03T17:00:00Z'))).toEqual({ year: 2027, week: 1 });
  });

  it('explains a malformed ?tuan= in Vietnamese (or English on the English page)', () => {
    const now = new Date('2026-11-23T03:00:00Z');
    expect(parseWeekParam(undefined, { now })).toEqual({ ok: true, week: { year: 2026, week: 48 } });
    expect(parseWeekParam('', { now })).toEqual({ ok: true, week: { year: 2026, week: 48 } });
    expect(parseWeekParam(['2027-W01', 'x'], { now })).toEqual({ ok: true, week: { year: 2027, week: 1 } });
    expect(parseWeekParam('2027-W53', { now })).toEqual({ ok: false, message: 'Năm 2027 không có tuần 53 (năm này có 52 tuần).' });
    expect(parseWeekParam('tuan-nay', { now })).toEqual({
      ok: false,
      message: '“tuan-nay” không phải là một tuần hợp lệ. Tuần được ghi theo dạng năm-W-số tuần, ví dụ 2026-W48.',
    });
    expect(parseWeekParam('abc', { now, lang: 'en' })).toEqual({ ok: false, message: '“abc” is not a valid week. Write the year, W and the week number, for example 2026-W48.' });
  });

  it('names days as Vietnamese readers expect', () => {
    expect(dayLabel('2026-11-23')).toBe('Thứ Hai, 23/11/2026');
    expect(dayLabel('2026-11-29')).toBe('Chủ nhật, 29/11/2026');
    expect(dayLabel('2026-11-28', 'en')).toBe('Saturday, 28 November 2026');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('23/11/2026')).toBe(false);
  });
});
