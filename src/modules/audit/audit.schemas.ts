import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v.normalize('NFC')))
  .optional();

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: `Ngày "${v}" không hợp lệ (định dạng YYYY-MM-DD).` });
      return z.NEVER;
    }
    return d;
  });

export const AuditFilterSchema = z.object({
  siteId: z.uuid({ error: 'Đơn vị không hợp lệ.' }).optional().or(z.literal('').transform(() => undefined)),
  action: optionalText,
  actor: optionalText,
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export type AuditFilter = z.infer<typeof AuditFilterSchema>;
