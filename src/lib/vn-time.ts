/**
 * Moments typed and shown in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving),
 * whatever the browser's or the server's zone: the value of an <input type="datetime-local"> (pure).
 */
const VN_OFFSET_MS = 7 * 3600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-12-01T08:00" → that instant in Vietnam; null when malformed or not a real date (31/02). */
export function vnLocalToDate(value: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi) - VN_OFFSET_MS;
  const check = new Date(utc + VN_OFFSET_MS);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null;
  return new Date(utc);
}

/** An instant → the datetime-local value in Vietnam's time ("" for none). */
export function toVnLocalInput(value: Date | string | null | undefined): string {
  if (!value) return '';
  return new Date(new Date(value).getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * A zod-free parser for form values: a datetime-local string in Vietnam's time, or an ISO 8601
 * string with a zone; undefined for empty, null for unreadable.
 */
export function parseVnMoment(value: string | Date | null | undefined): Date | null | undefined {
  if (value == null || value === '') return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const local = vnLocalToDate(value);
  if (local) return local;
  if (!/^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
