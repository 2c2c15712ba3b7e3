import { z } from 'zod';
import { isCalendarDate } from './iso-week';

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

/**
 * "07:30"; also accepts what people type in Vietnam ("7:30", "7h30", "14H00") and stores it as HH:MM.
 * Empty means "no time" (an all-day item).
 */
const time = (label: string) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const s = (v ?? '').normalize('NFC').trim();
      if (!s) return undefined;
      const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})$/.exec(s);
      const h = m ? Number(m[1]) : NaN;
      const min = m ? Number(m[2]) : NaN;
      if (!m || h > 23 || min > 59) {
        ctx.addIssue({ code: 'custom', message: `${label} phải có dạng HH:MM (từ 00:00 đến 23:59), ví dụ 07:30.` });
        return z.NEVER;
      }
      return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    });

export const ScheduleEntryInputSchema = z
  .object({
    date: z
      .string({ error: 'Ngày là bắt buộc.' })
      .transform((v) => v.trim())
      .pipe(
        z
          .string()
          .min(1, { error: 'Ngày là bắt buộc.' })
          .refine((v) => v === '' || isCalendarDate(v), { error: 'Ngày không hợp lệ; hãy chọn ngày theo dạng năm-tháng-ngày, ví dụ 2026-11-23.' }),
      ),
    startTime: time('Giờ bắt đầu'),
    endTime: time('Giờ kết thúc'),
    leader: text('Lãnh đạo chủ trì', 300),
    content: text('Nội dung công tác', 2000),
    place: optionalText('Địa điểm', 500),
    participants: optionalText('Thành phần tham dự', 2000),
    preparedBy: optionalText('Đơn vị chuẩn bị', 500),
    lang: z.enum(['vi', 'en'], { error: 'Ngôn ngữ phải là vi hoặc en.' }).default('vi'),
  })
  .superRefine((v, ctx) => {
    if (v.endTime && !v.startTime) ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'Hãy nhập giờ bắt đầu khi đã có giờ kết thúc.' });
    if (v.startTime && v.endTime && v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Giờ kết thúc phải sau giờ bắt đầu.' });
  });

export type ScheduleEntryInput = z.input<typeof ScheduleEntryInputSchema>;
export type ScheduleEntryData = z.output<typeof ScheduleEntryInputSchema>;
