import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v.normalize('NFC')))
  .optional();

const VN_OFFSET_MS = 7 * 3600_000;

/**
 * A calendar day typed in the filter, as the instant its day starts in Vietnam time (UTC+7): "to" is inclusive,
 * so the repository compares with the start of the day after it.
 */
const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - VN_OFFSET_MS) : null;
      if (!m || !d || new Date(d.getTime() + VN_OFFSET_MS).getUTCDate() !== Number(m[3])) {
        ctx.addIssue({ code: 'custom', message: `${label} "${v}" không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-11-23).` });
        return z.NEVER;
      }
      return d;
    });

export const AuditFilterSchema = z
  .object({
    siteId: z.uuid({ error: 'Đơn vị không hợp lệ.' }).optional().or(z.literal('').transform(() => undefined)),
    /** A prefix: "article." is every article step, "article.approve" one step. */
    action: optionalText,
    actor: optionalText,
    entityId: optionalText.pipe(z.string().max(100, { error: 'Mã đối tượng tối đa 100 ký tự.' }).optional()),
    from: optionalDay('Từ ngày'),
    to: optionalDay('Đến ngày'),
    page: z.coerce.number({ error: 'Trang không hợp lệ.' }).int({ error: 'Trang không hợp lệ.' }).min(1, { error: 'Trang không hợp lệ.' }).default(1),
    pageSize: z.coerce.number().int().min(1).max(200, { error: 'Tối đa 200 mục một trang.' }).default(50),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], error: '"Đến ngày" phải sau hoặc bằng "Từ ngày".' });

export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const ItemHistorySchema = z.object({
  entity: z.string().regex(/^[a-z][a-z-]{0,39}$/, { error: 'Loại nội dung không hợp lệ.' }),
  entityId: z.string().min(1, { error: 'Mã nội dung không hợp lệ.' }).max(100, { error: 'Mã nội dung không hợp lệ.' }),
});
