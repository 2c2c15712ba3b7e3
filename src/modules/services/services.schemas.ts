import { z } from 'zod';
import { removeDiacritics } from '@/lib/vietnamese';
import { optionalExternalUrl } from '@/modules/content/form-fields';
import { LEVEL_MESSAGE, parseServiceLevel } from './service-levels';

/** Text of one line: NFC (C12), trimmed, inner runs of spaces collapsed. */
const line = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((v) => v.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, { error: `${label} là bắt buộc.` }).max(max, { error: `${label} dài tối đa ${max} ký tự.` }));

/**
 * A part of a procedure written as lines (steps, dossier components, legal basis…): NFC, Windows line
 * ends made "\n", blank lines and trailing spaces dropped. Empty is "not given".
 */
const lines = (label: string, max: number) =>
  z
    .string()
    .nullish()
    .transform((v) =>
      v == null
        ? undefined
        : v
            .normalize('NFC')
            .replace(/\r\n?/g, '\n')
            .split('\n')
            .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
            .filter(Boolean)
            .join('\n') || undefined,
    )
    .pipe(z.string().max(max, { error: `${label} dài tối đa ${max} ký tự.` }).optional());

/**
 * Mã thủ tục as in the national database of administrative procedures: digits and dots, sometimes with
 * a letter suffix or a dash ("1.001193", "2.000815", "1.012345.000.00.00.H33").
 */
export const SERVICE_CODE_PATTERN = /^[0-9A-Za-z]+(?:[.\-][0-9A-Za-z]+)*$/;
const code = z
  .string({ error: 'Mã thủ tục là bắt buộc.' })
  .transform((v) => v.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, { error: 'Mã thủ tục là bắt buộc.', abort: true })
      .max(60, { error: 'Mã thủ tục dài tối đa 60 ký tự.', abort: true })
      .regex(SERVICE_CODE_PATTERN, { error: 'Mã thủ tục chỉ gồm chữ, số, dấu chấm và gạch ngang (ví dụ 1.001193).', abort: true })
      .regex(/\d/, { error: 'Mã thủ tục phải có phần số (ví dụ 1.001193).' }),
  );

const level = z
  .string({ error: LEVEL_MESSAGE })
  .transform((v, ctx) => {
    const l = parseServiceLevel(v);
    if (!l) {
      ctx.addIssue({ code: 'custom', message: LEVEL_MESSAGE });
      return z.NEVER;
    }
    return l;
  });

/** One procedure (P1): the console form and each row of a catalogue import share this schema. */
export const ServiceInputSchema = z.object({
  code,
  name: line('Tên thủ tục', 500),
  field: line('Lĩnh vực', 200),
  level,
  implementingBody: line('Cơ quan thực hiện', 300),
  applicants: lines('Đối tượng thực hiện', 2000),
  steps: lines('Trình tự thực hiện', 20_000),
  channels: lines('Cách thức thực hiện', 5000),
  dossier: lines('Thành phần hồ sơ', 20_000),
  timeLimit: lines('Thời hạn giải quyết', 2000),
  fees: lines('Phí, lệ phí', 2000),
  result: lines('Kết quả thực hiện', 2000),
  conditions: lines('Yêu cầu, điều kiện', 10_000),
  legalBasis: lines('Căn cứ pháp lý', 10_000),
  onlineUrl: optionalExternalUrl('Địa chỉ nộp hồ sơ trực tuyến'),
});

export type ServiceInput = z.input<typeof ServiceInputSchema>;
export type ServiceData = z.output<typeof ServiceInputSchema>;

/** The catalogue's text filter works on this: code and name without diacritics, lower case. */
export function serviceSearchKey(s: { code: string; name: string }): string {
  return removeDiacritics(`${s.code} ${s.name}`).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function foldQuery(q: string): string {
  return removeDiacritics(q).toLowerCase().replace(/\s+/g, ' ').trim();
}

// ── Usage figures (P2) ──────────────────────────────────────────────────────

const count = (label: string) =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v, ctx) => {
      const s = v == null ? '' : String(v).trim().replace(/[.\s\u00a0]/g, '');
      if (s === '') return 0;
      if (!/^\d+$/.test(s) || Number(s) > 10_000_000) {
        ctx.addIssue({ code: 'custom', message: `${label} phải là số nguyên không âm (ví dụ 125).` });
        return z.NEVER;
      }
      return Number(s);
    });

export type StatPeriod = { start: string; end: string; label: string };

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A reporting period as the service system exports it: a month "2026-03" (or "03/2026"), a quarter
 * "2026-Q1" (or "Quý 1/2026"), or a year "2026". Returns its first and last day.
 */
export function parseStatPeriod(value: string): StatPeriod | null {
  const v = removeDiacritics(value.normalize('NFC')).trim().toUpperCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})$/.exec(v) ?? null;
  let year: number | undefined;
  let month: number | undefined;
  if (m) [year, month] = [Number(m[1]), Number(m[2])];
  else if ((m = /^(?:THANG )?(\d{1,2})\/(\d{4})$/.exec(v))) [year, month] = [Number(m[2]), Number(m[1])];
  if (year !== undefined && month !== undefined) {
    if (month < 1 || month > 12 || year < 2000 || year > 2100) return null;
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`, label: `Tháng ${pad(month)}/${year}` };
  }
  let quarter: number | undefined;
  if ((m = /^(\d{4})-?Q([1-4])$/.exec(v))) [year, quarter] = [Number(m[1]), Number(m[2])];
  else if ((m = /^(?:QUY|Q) ?([1-4])[/ -](\d{4})$/.exec(v))) [year, quarter] = [Number(m[2]), Number(m[1])];
  if (year !== undefined && quarter !== undefined) {
    if (year < 2000 || year > 2100) return null;
    const first = (quarter - 1) * 3 + 1;
    return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`, label: `Quý ${quarter}/${year}` };
  }
  if ((m = /^(?:NAM )?(\d{4})$/.exec(v))) {
    year = Number(m[1]);
    if (year < 2000 || year > 2100) return null;
    return { start: `${year}-01-01`, end: `${year}-12-31`, label: `Năm ${year}` };
  }
  return null;
}

/** One row of a usage-figures file (P2). `site` is the unit (host or code) when the file covers several. */
export const StatRowSchema = z.object({
  code,
  period: z
    .string({ error: 'Kỳ số liệu là bắt buộc (ví dụ 2026-03, 2026-Q1 hoặc 2026).' })
    .transform((v, ctx) => {
      const p = v.trim() ? parseStatPeriod(v) : null;
      if (!p) {
        ctx.addIssue({ code: 'custom', message: v.trim() ? `Kỳ "${v.trim()}" không hợp lệ; dùng tháng (2026-03), quý (2026-Q1) hoặc năm (2026).` : 'Kỳ số liệu là bắt buộc (ví dụ 2026-03, 2026-Q1 hoặc 2026).' });
        return z.NEVER;
      }
      return p;
    }),
  timesUsed: count('Lượt sử dụng'),
  received: count('Số hồ sơ tiếp nhận'),
  onTime: count('Số hồ sơ giải quyết đúng hạn'),
  late: count('Số hồ sơ giải quyết trễ hạn'),
  site: z
    .string()
    .nullish()
    .transform((v) => v?.normalize('NFC').trim().toLowerCase() || undefined),
});

export type StatRow = z.output<typeof StatRowSchema>;

// ── Public catalogue query ──────────────────────────────────────────────────

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.normalize('NFC').trim() || undefined;

export type CatalogueQuery = { q?: string | string[]; 'linh-vuc'?: string | string[]; 'muc-do'?: string | string[]; 'don-vi'?: string | string[]; trang?: string | string[] };

/** /dich-vu-cong?q=&linh-vuc=&muc-do=&don-vi=&trang= read leniently: unknown values are ignored. */
export function parseCatalogueQuery(params: CatalogueQuery) {
  const page = Number(one(params.trang));
  return {
    q: one(params.q)?.slice(0, 200),
    field: one(params['linh-vuc'])?.slice(0, 200),
    levelSlug: one(params['muc-do']),
    siteCode: one(params['don-vi'])?.toLowerCase().slice(0, 100),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** How a stored period reads: "Tháng 03/2026", "Quý 1/2026", "Năm 2026", else "01/03/2026 – 15/03/2026". */
export function periodLabel(start: string, end: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  for (const candidate of [`${y}-${pad(m)}`, `${y}-Q${Math.ceil(m / 3)}`, String(y)]) {
    const p = parseStatPeriod(candidate);
    if (p && p.start === start && p.end === end) return p.label;
  }
  const vi = (d: string) => d.split('-').reverse().join('/');
  return `${vi(start)} – ${vi(end)}`;
}
