import { z } from 'zod';

const decimal = (label: string) =>
  z
    .union([z.string(), z.number()])
    .transform((v, ctx) => {
      const n = typeof v === 'number' ? v : Number(String(v).trim().replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `${label} phải là số.` });
        return z.NEVER;
      }
      return n;
    });

const dong = (label: string) =>
  z
    .union([z.string(), z.number()])
    .transform((v, ctx) => {
      const s = String(v).trim().replace(/[.\s]/g, '').replace(/đ$/i, '');
      if (!/^\d{1,13}$/.test(s)) {
        ctx.addIssue({ code: 'custom', message: `${label} phải là số đồng nguyên dương (ví dụ 150.000).` });
        return z.NEVER;
      }
      return BigInt(s);
    });

/** One grading (E7): a coefficient × value of one coefficient, or an amount; split between authors in per cent. */
export const GradeSchema = z
  .object({
    articleId: z.uuid({ error: 'Bài viết không hợp lệ.' }),
    mode: z.enum(['coefficient', 'amount'], { error: 'Hãy chọn cách tính: theo hệ số hoặc số tiền.' }),
    coefficient: decimal('Hệ số nhuận bút').optional(),
    unitValue: dong('Giá trị một hệ số').optional(),
    amount: dong('Số tiền').optional(),
    shares: z
      .array(
        z.object({
          author: z
            .string()
            .transform((v) => v.normalize('NFC').trim())
            .pipe(z.string().min(1, { error: 'Tên tác giả là bắt buộc.' }).max(200, { error: 'Tên tác giả tối đa 200 ký tự.' })),
          percent: decimal('Tỷ lệ').pipe(z.number().int({ error: 'Tỷ lệ là số nguyên phần trăm.' }).min(1, { error: 'Tỷ lệ tối thiểu 1%.' }).max(100, { error: 'Tỷ lệ tối đa 100%.' })),
        }),
      )
      .min(1, { error: 'Hãy ghi ít nhất một tác giả.' })
      .max(20, { error: 'Tối đa 20 tác giả.' }),
    note: z
      .string()
      .max(500, { error: 'Ghi chú tối đa 500 ký tự.' })
      .transform((v) => v.normalize('NFC').trim() || null)
      .optional(),
  })
  .superRefine((g, ctx) => {
    if (g.mode === 'coefficient') {
      if (g.coefficient === undefined || g.coefficient < 0.1 || g.coefficient > 100 || Math.round(g.coefficient * 100) !== g.coefficient * 100) {
        ctx.addIssue({ code: 'custom', path: ['coefficient'], message: 'Hệ số nhuận bút từ 0,1 đến 100, tối đa hai chữ số thập phân.' });
      }
      if (!g.unitValue || g.unitValue <= 0n) ctx.addIssue({ code: 'custom', path: ['unitValue'], message: 'Hãy ghi giá trị một hệ số (đồng).' });
    } else if (!g.amount || g.amount <= 0n) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Hãy ghi số tiền nhuận bút (đồng).' });
    }
    const sum = g.shares.reduce((a, s) => a + s.percent, 0);
    if (sum !== 100) ctx.addIssue({ code: 'custom', path: ['shares'], message: `Tỷ lệ của các tác giả phải cộng lại đủ 100% (hiện là ${sum}%).` });
    if (new Set(g.shares.map((s) => s.author)).size !== g.shares.length) ctx.addIssue({ code: 'custom', path: ['shares'], message: 'Mỗi tác giả chỉ ghi một lần.' });
  });
export type GradeInput = z.input<typeof GradeSchema>;

export const PeriodSchema = z.object({
  year: z.coerce.number({ error: 'Năm không hợp lệ.' }).int().min(2000, { error: 'Năm không hợp lệ.' }).max(2100, { error: 'Năm không hợp lệ.' }),
  month: z.coerce.number({ error: 'Tháng không hợp lệ.' }).int().min(1, { error: 'Tháng từ 1 đến 12.' }).max(12, { error: 'Tháng từ 1 đến 12.' }).optional(),
});
export type PeriodInput = z.input<typeof PeriodSchema>;
