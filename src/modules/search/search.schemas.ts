import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates';
import { SEARCH_SOURCES, searchSourceByParam } from './search-sources';

/** What a search asks for, whichever door it came through (the page's Vietnamese parameters or the API's). */
export type SearchFilter = {
  q: string;
  /** Source types (article, document, …). */
  types: string[];
  /** Root portal only: the host of one site to search. */
  site?: string;
  field?: string;
  /** YYYY-MM-DD, inclusive, in Vietnam's time. */
  from?: string;
  to?: string;
  sort: 'relevance' | 'date';
  page: number;
  pageSize: number;
};

export const SEARCH_PAGE_SIZE = 10;
const MAX_QUERY = 200;

const text = (max: number, message: string) =>
  z
    .string()
    .optional()
    .transform((v) => v?.normalize('NFC').replace(/\s+/g, ' ').trim() || undefined)
    .pipe(z.string().max(max, { error: message }).optional());

const calendarDate = (message: string) => z.string().refine(isCalendarDate, { error: message }).optional();

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/**
 * /tim-kiem?q=&loai=&don-vi=&linh-vuc=&tu-ngay=&den-ngay=&sap-xep=&trang= — lenient, like the other public
 * pages: a value that makes no sense is ignored, never an error page (an address shared or typed by hand).
 */
export function parseSearchPageParams(params: Record<string, string | string[] | undefined>): SearchFilter {
  const q = (first(params.q) ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const types = all(params.loai)
    .map((p) => searchSourceByParam(p)?.type)
    .filter((t): t is string => Boolean(t));
  const date = (v: string | undefined) => (v && isCalendarDate(v) ? v : undefined);
  let from = date(first(params['tu-ngay']));
  let to = date(first(params['den-ngay']));
  if (from && to && from > to) [from, to] = [to, from];
  const page = Number(first(params.trang));
  const clean = (v: string | undefined, max: number) => v?.normalize('NFC').trim().slice(0, max) || undefined;
  return {
    q,
    types: [...new Set(types)],
    site: clean(first(params['don-vi']), 253)?.toLowerCase(),
    field: clean(first(params['linh-vuc']), 120),
    from,
    to,
    sort: first(params['sap-xep']) === 'moi-nhat' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
    pageSize: SEARCH_PAGE_SIZE,
  };
}

/** The page's address for a filter (pagination, "did you mean", removing a filter). */
export function searchPageHref(f: Partial<SearchFilter> & { q: string }, page = 1): string {
  const p = new URLSearchParams();
  p.set('q', f.q);
  for (const t of f.types ?? []) {
    const source = SEARCH_SOURCES.find((s) => s.type === t);
    if (source) p.append('loai', source.param);
  }
  if (f.site) p.set('don-vi', f.site);
  if (f.field) p.set('linh-vuc', f.field);
  if (f.from) p.set('tu-ngay', f.from);
  if (f.to) p.set('den-ngay', f.to);
  if (f.sort === 'date') p.set('sap-xep', 'moi-nhat');
  if (page > 1) p.set('trang', String(page));
  return `/tim-kiem?${p.toString()}`;
}

const TYPE_CODES = SEARCH_SOURCES.map((s) => s.type);
const typeMessage = `Tham số type phải là một hoặc nhiều giá trị (cách nhau bởi dấu phẩy) trong: ${TYPE_CODES.join(', ')}.`;

/** GET /api/v1/search: strict; a wrong value answers 400 with a Vietnamese message rather than being ignored. */
export const ApiSearchQuerySchema = z
  .object({
    q: text(MAX_QUERY, `Tham số q dài tối đa ${MAX_QUERY} ký tự.`).pipe(z.string({ error: 'Tham số q (từ khóa tìm kiếm) là bắt buộc.' }).min(1, { error: 'Tham số q (từ khóa tìm kiếm) là bắt buộc.' })),
    type: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(',').map((t) => t.trim()).filter(Boolean) : []))
      .pipe(z.array(z.enum(TYPE_CODES as [string, ...string[]], { error: typeMessage }))),
    site: text(253, 'Tham số site dài tối đa 253 ký tự.').transform((v) => v?.toLowerCase()),
    field: text(120, 'Tham số field dài tối đa 120 ký tự.'),
    from: calendarDate('Tham số from phải là ngày dạng YYYY-MM-DD.'),
    to: calendarDate('Tham số to phải là ngày dạng YYYY-MM-DD.'),
    sort: z.enum(['relevance', 'date'], { error: 'Tham số sort phải là relevance hoặc date.' }).default('relevance'),
    page: z.coerce.number({ error: 'Tham số page phải là số nguyên từ 1 đến 1000.' }).int({ error: 'Tham số page phải là số nguyên từ 1 đến 1000.' }).min(1, { error: 'Tham số page phải là số nguyên từ 1 đến 1000.' }).max(1000, { error: 'Tham số page phải là số nguyên từ 1 đến 1000.' }).default(1),
    pageSize: z.coerce.number({ error: 'Tham số pageSize phải là số nguyên từ 1 đến 100.' }).int({ error: 'Tham số pageSize phải là số nguyên từ 1 đến 100.' }).min(1, { error: 'Tham số pageSize phải là số nguyên từ 1 đến 100.' }).max(100, { error: 'Tham số pageSize tối đa là 100.' }).default(20),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { error: 'Tham số from phải không muộn hơn to.', path: ['from'] });

/** `npm run portal -- search:reindex [--site host]`. */
export const ReindexOptionsSchema = z.object({
  site: z
    .string()
    .optional()
    .transform((v) => v?.trim().toLowerCase() || undefined)
    .pipe(z.string().max(253, { error: 'Tên miền hoặc mã trang quá dài.' }).optional()),
});
