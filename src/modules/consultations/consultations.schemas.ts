import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates';
import { emailField, optionalText, requiredText } from '@/modules/public-forms/public-form';

const date = (label: string) =>
  z.string({ error: `${label} là bắt buộc.` }).transform((v, ctx) => {
    const s = v.trim();
    if (!isCalendarDate(s)) {
      ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ; hãy chọn ngày dạng năm-tháng-ngày, ví dụ 2026-03-01.` });
      return z.NEVER;
    }
    return s;
  });

export const ConsultationSchema = z
  .object({
    title: requiredText('Tên dự thảo', 300),
    summary: requiredText('Tóm tắt', 2000),
    body: requiredText('Toàn văn dự thảo', 200_000),
    unitName: requiredText('Cơ quan, đơn vị tiếp nhận ý kiến', 300),
    unitAddress: requiredText('Địa chỉ đơn vị tiếp nhận', 500),
    unitEmail: emailField('Thư điện tử đơn vị tiếp nhận'),
    startsOn: date('Ngày bắt đầu lấy ý kiến'),
    endsOn: date('Ngày kết thúc lấy ý kiến'),
    fileIds: z.array(z.uuid({ error: 'Tệp không hợp lệ.' })).max(10, { error: 'Tối đa 10 tệp.' }).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' });
  });
export type ConsultationInput = z.input<typeof ConsultationSchema>;

export const CommentSchema = z.object({
  name: requiredText('Họ và tên', 120),
  email: emailField(),
  organisation: optionalText('Cơ quan, tổ chức', 300),
  article: optionalText('Điều khoản góp ý', 40),
  content: requiredText('Nội dung góp ý', 10_000),
});
export type CommentInput = z.input<typeof CommentSchema>;

export const ReportSchema = z.object({ report: requiredText('Báo cáo tiếp thu, giải trình', 100_000) });
