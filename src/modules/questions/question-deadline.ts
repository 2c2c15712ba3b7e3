/**
 * Answer deadlines in working days (pure). Choice written down in ARCHITECTURE.md: a working day is Monday to
 * Friday in Vietnam's calendar, except the fixed-date public holidays of the Labour Code (1/1, 30/4, 1/5, 1/9, 2/9);
 * the lunar holidays (Tết, Giỗ Tổ Hùng Vương) move every year and are not computed — the board moves a question's
 * deadline by hand around them. Counting starts the working day after the question is received.
 */
const VN_OFFSET_MS = 7 * 3600_000;
const FIXED_HOLIDAYS = new Set(['01-01', '04-30', '05-01', '09-01', '09-02']);

/** The calendar date in Vietnam of an instant, as YYYY-MM-DD. */
export function vnDate(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !FIXED_HOLIDAYS.has(date.slice(5));
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The date `days` working days after `from` (a YYYY-MM-DD date in Vietnam). */
export function addWorkingDays(from: string, days: number): string {
  let date = from;
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    date = nextDay(date);
    if (isWorkingDay(date)) left--;
  }
  return date;
}

/** The deadline of a question received at `receivedAt`, with the site's number of working days. */
export function questionDueDate(receivedAt: Date, workingDays: number): string {
  return addWorkingDays(vnDate(receivedAt), workingDays);
}

/** Overdue: not answered and the deadline day has passed in Vietnam. */
export function isOverdue(params: { dueDate: string; answered: boolean; now: Date }): boolean {
  return !params.answered && vnDate(params.now) > params.dueDate;
}

/** Working days left until the deadline (negative when overdue), for the console list. */
export function workingDaysLeft(params: { dueDate: string; now: Date }): number {
  const today = vnDate(params.now);
  if (today === params.dueDate) return 0;
  const forward = today < params.dueDate;
  let a = forward ? today : params.dueDate;
  const b = forward ? params.dueDate : today;
  let n = 0;
  while (a < b) {
    a = nextDay(a);
    if (isWorkingDay(a)) n++;
  }
  return forward ? n : -n;
}
