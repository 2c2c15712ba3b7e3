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
