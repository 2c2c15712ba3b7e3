/** Dates as Vietnamese readers expect them, always in Vietnam's time zone (pure). */
const TZ = 'Asia/Ho_Chi_Minh';

export function formatDateVi(iso: string | Date): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso));
}

export function formatDateTimeVi(iso: string | Date): string {
  const d = new Date(iso);
  const date = formatDateVi(d);
  const time = new Intl.DateTimeFormat('vi-VN', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return `${time}, ${date}`;
}

export function formatDateEn(iso: string | Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: TZ, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** A calendar date (@db.Date, stored as UTC midnight) as "YYYY-MM-DD". */
export function dateOnly(d: Date): string;
export function dateOnly(d: Date | null | undefined): string | null;
export function dateOnly(d: Date | null | undefined): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

/** A real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
