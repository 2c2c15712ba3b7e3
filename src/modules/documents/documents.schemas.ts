import { z } from 'zod';
import { RichTextSchema, richTextToPlain } from '@/modules/content/rich-text';
import {
  DOCUMENT_GROUPS,
  DOCUMENT_TYPE_CODES,
  LEGAL_STATUS_CODES,
  isDocumentGroup,
  paramToCode,
  type DocumentGroup,
  type DocumentTypeCode,
  type LegalStatusCode,
} from './document-types';
import { todayInVietnam } from './legal-status';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((v) => v.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, { error: `${label} là bắt buộc.` }).max(max, { error: `${label} dài tối đa ${max} ký tự.` }));

const optionalText = (label: string, max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v == null ? undefined : v.normalize('NFC').trim().replace(/\s+/g, ' ') || undefined))
    .pipe(z.string().max(max, { error: `${label} dài tối đa ${max} ký tự.` }).optional());

const optionalId = (message: string) => z.uuid({ error: message }).nullish().or(z.literal('').transform(() => null));

const uuidList = (label: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((Array.isArray(v) ? v : v ? v.split(',') : []).map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(z.uuid({ error: `${label} không hợp lệ.` })).max(50, { error: `Tối đa 50 ${label.toLowerCase()}.` }));

/** A calendar date typed as YYYY-MM-DD (an <input type="date">), kept as UTC midnight like @db.Date. */
const dateField = (label: string, required: boolean) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const s = v?.trim();
      if (!s) {
        if (required) {
          ctx.addIssue({ code: 'custom', message: `${label} là bắt buộc.` });
          return z.NEVER;
        }
        return null;
      }
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
      if (!d || d.toISOString().slice(0, 10) !== s || d.getUTCFullYear() < 1945 || d.getUTCFullYear() > 2100) {
        ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2024-03-15).` });
        return z.NEVER;
      }
      return d;
    });

const NUMBER_CHARS = /^[\p{L}\p{N}/.\-\u2010-\u2015 ]+$/u;

export const DocumentInputSchema = z
  .object({
    number: z
      .string({ error: 'Số ký hiệu là bắt buộc.' })
      .transform((v) => v.normalize('NFC').trim().replace(/\s+/g, ' '))
      .pipe(
        z
          .string()
          .min(1, { error: 'Số ký hiệu là bắt buộc.', abort: true })
          .max(100, { error: 'Số ký hiệu dài tối đa 100 ký tự.', abort: true })
          .regex(NUMBER_CHARS, { error: 'Số ký hiệu chỉ gồm chữ, số và các dấu / - . (ví dụ 12/2024/QĐ-UBND).', abort: true })
          .regex(/\d/, { error: 'Số ký hiệu phải có phần số (ví dụ 12/2024/QĐ-UBND).' }),
      ),
    type: z.enum(DOCUMENT_TYPE_CODES, { error: 'Hãy chọn loại văn bản trong danh sách.' }),
    issuer: text('Cơ quan ban hành', 200),
    signer: optionalText('Người ký', 120),
    issuedAt: dateField('Ngày ban hành', true),
    effectiveAt: dateField('Ngày có hiệu lực', false),
    expiresAt: dateField('Ngày hết hiệu lực', false),
    legalStatus: z.enum(LEGAL_STATUS_CODES, { error: 'Hãy chọn tình trạng hiệu lực trong danh sách.' }).default('IN_FORCE'),
    replacedById: optionalId('Văn bản thay thế không hợp lệ.'),
    field: optionalText('Lĩnh vực', 120),
    summary: text('Trích yếu', 2000),
    body: z
      .union([z.string(), z.record(z.string(), z.unknown())])
      .nullish()
      .transform((v, ctx) => {
        if (v == null || v === '') return null;
        if (typeof v !== 'string') return v;
        try {
          return JSON.parse(v) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'Nội dung văn bản không đọc được.' });
          return z.NEVER;
        }
      })
      .pipe(RichTextSchema.nullable())
      // An editor left empty sends an empty document: that is "no body", not an empty one.
      .transform((doc) => (doc && richTextToPlain(doc).trim() === '' && !JSON.stringify(doc).includes('"image"') ? null : doc)),
    relatedIds: uuidList('Văn bản liên quan'),
    /** Attached files: ids of the site's library files, in order (the files form adds and removes them). */
    fileIds: uuidList('Tệp đính kèm'),
    lang: z.enum(['vi', 'en'], { error: 'Ngôn ngữ phải là vi hoặc en.' }).default('vi'),
    translationOfId: optionalId('Văn bản gốc không hợp lệ.'),
  })
  .superRefine((d, ctx) => {
    if (d.issuedAt && d.issuedAt.toISOString().slice(0, 10) > todayInVietnam()) {
      ctx.addIssue({ code: 'custom', path: ['issuedAt'], message: 'Ngày ban hành không được sau ngày hôm nay.' });
    }
    if (d.issuedAt && d.effectiveAt && d.effectiveAt < d.issuedAt) {
      ctx.addIssue({ code: 'custom', path: ['effectiveAt'], message: 'Ngày có hiệu lực không được trước ngày ban hành.' });
    }
    const start = d.effectiveAt ?? d.issuedAt;
    if (start && d.expiresAt && d.expiresAt <= start) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' });
    }
    if (d.replacedById && d.legalStatus !== 'REPLACED' && d.legalStatus !== 'PARTLY_EXPIRED') {
      ctx.addIssue({ code: 'custom', path: ['replacedById'], message: 'Chỉ chọn văn bản thay thế khi tình trạng là “Bị thay thế” hoặc “Hết hiệu lực một phần”.' });
    }
  });

export type DocumentInput = z.input<typeof DocumentInputSchema>;
export type DocumentData = z.output<typeof DocumentInputSchema>;

/** What the public search and the API filter on (C3 "a search tool with filters"). */
export type DocumentFilter = {
  lang: 'vi' | 'en';
  q?: string;
  /** Exact number (the API's `number`), folded before matching. */
  number?: string;
  type?: DocumentTypeCode;
  group?: DocumentGroup;
  field?: string;
  issuer?: string;
  year?: number;
  status?: LegalStatusCode;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.normalize('NFC').trim() || undefined;

/**
 * The public search form's query string, read leniently: a value that is not one of the choices
 * is ignored rather than refused, so an old or hand-edited link still shows a page.
 *   q, loai, nhom, linh-vuc, co-quan, nam, hieu-luc, trang
 */
export function parseSearchParams(params: Record<string, string | string[] | undefined>, lang: 'vi' | 'en') {
  const year = Number(one(params.nam));
  const group = one(params.nhom);
  const filter: DocumentFilter = {
    lang,
    q: one(params.q)?.slice(0, 200),
    type: paramToCode(one(params.loai), DOCUMENT_TYPE_CODES),
    group: group && isDocumentGroup(group) ? group : undefined,
    field: one(params['linh-vuc'])?.slice(0, 120),
    issuer: one(params['co-quan'])?.slice(0, 200),
    year: Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : undefined,
    status: paramToCode(one(params['hieu-luc']), LEGAL_STATUS_CODES),
  };
  if (filter.group && filter.type && !DOCUMENT_GROUPS[filter.group].types.includes(filter.type)) filter.type = undefined;
  const page = Number(one(params.trang));
  return { filter, page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1 };
}

/** A slug path segment as received; a malformed escape is a slug that matches nothing, not a server error. */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw).normalize('NFC');
  } catch {
    return '';
  }
}
