import { z } from 'zod';
import { RichTextSchema, type RichTextDoc } from '@/modules/content/rich-text';
import { isCalendarDate } from '@/lib/dates';
import { PROJECT_PHASES, PROJECT_TYPES } from './project-labels';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: `${label} là bắt buộc.` }).max(max, { error: `${label} dài tối đa ${max} ký tự.` }));

const optionalText = (label: string, max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v == null ? undefined : v.normalize('NFC').trim() || undefined))
    .pipe(z.string().max(max, { error: `${label} dài tối đa ${max} ký tự.` }).optional());

const optionalDate = (label: string) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const s = (v ?? '').trim();
      if (!s) return undefined;
      if (!isCalendarDate(s)) {
        ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ; hãy chọn ngày theo dạng năm-tháng-ngày, ví dụ 2026-03-01.` });
        return z.NEVER;
      }
      return s;
    });

/** The largest total investment accepted, in đồng (far above any provincial project; fits PostgreSQL bigint). */
export const MAX_BUDGET = 10n ** 16n;
const BUDGET_MESSAGE = 'Tổng mức đầu tư phải là số tiền bằng đồng, chỉ gồm chữ số (có thể ngăn cách hàng nghìn bằng dấu chấm), ví dụ 1.250.000.000.';

/**
 * Tổng mức đầu tư in đồng: "1.250.000.000", "1 250 000 000", "1250000000 đồng". A dot or comma is a
 * thousands separator only in groups of three, so "1,5 tỷ" or "12.5" is refused rather than misread.
 */
const budget = z
  .union([z.string(), z.number(), z.bigint()])
  .nullish()
  .transform((v, ctx) => {
    if (v == null) return undefined;
    if (typeof v === 'bigint' || typeof v === 'number') {
      if (typeof v === 'number' && !Number.isSafeInteger(v)) {
        ctx.addIssue({ code: 'custom', message: BUDGET_MESSAGE });
        return z.NEVER;
      }
      v = String(v);
    }
    const s = v.normalize('NFC').trim().replace(/\s*(đồng|đ|vnđ|vnd)$/i, '').replace(/[\s\u00a0]/g, '');
    if (!s) return undefined;
    if (!/^\d+$/.test(s) && !/^\d{1,3}([.,]\d{3})+$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: BUDGET_MESSAGE });
      return z.NEVER;
    }
    const n = BigInt(s.replace(/\D/g, ''));
    if (n > MAX_BUDGET) {
      ctx.addIssue({ code: 'custom', message: 'Tổng mức đầu tư quá lớn; hãy kiểm tra lại số chữ số.' });
      return z.NEVER;
    }
    return n;
  });

/** Rich text body, optional: an empty editor stores nothing. */
const body = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .nullish()
  .transform((v, ctx) => {
    if (v == null || v === '') return null;
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Nội dung chi tiết không đọc được.' });
      return z.NEVER;
    }
  })
  .pipe(RichTextSchema.nullable())
  .transform((doc): RichTextDoc | null => (doc && doc.content.some((n) => (n.content?.length ?? 0) > 0 || n.type !== 'paragraph') ? doc : null));

export const ProjectInputSchema = z
  .object({
    name: text('Tên dự án', 300),
    objective: text('Mục tiêu', 3000),
    type: z.enum(PROJECT_TYPES, { error: 'Hãy chọn loại: dự án, đầu tư, đấu thầu hoặc mua sắm công.' }),
    phase: z.enum(PROJECT_PHASES, { error: 'Hãy chọn giai đoạn: chuẩn bị đầu tư, đang thực hiện hoặc đã hoàn thành.' }).default('PREPARING'),
    field: optionalText('Lĩnh vực', 200),
    location: optionalText('Địa điểm', 500),
    startDate: optionalDate('Ngày bắt đầu'),
    endDate: optionalDate('Ngày kết thúc'),
    durationText: optionalText('Thời gian thực hiện', 200),
    budget,
    fundingType: optionalText('Nguồn vốn', 200),
    sponsor: optionalText('Chủ đầu tư', 300),
    body,
    lang: z.enum(['vi', 'en'], { error: 'Ngôn ngữ phải là vi hoặc en.' }).default('vi'),
    translationOfId: z.uuid({ error: 'Bản gốc không hợp lệ.' }).nullish().or(z.literal('').transform(() => null)),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
  });

export type ProjectInput = z.input<typeof ProjectInputSchema>;
export type ProjectData = z.output<typeof ProjectInputSchema>;
