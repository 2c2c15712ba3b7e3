import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates';
import { emailField, optionalText, requiredText } from '@/modules/public-forms/public-form';

/** Lĩnh vực a question belongs to (shown on /hoi-dap and used to route it). */
export const QUESTION_FIELDS = [
  'Hành chính, thủ tục',
  'Đất đai, xây dựng',
  'Giáo dục, đào tạo',
  'Y tế, bảo hiểm',
  'Lao động, việc làm, an sinh xã hội',
  'Giao thông, vận tải',
  'Tài nguyên, môi trường',
  'Kinh tế, đầu tư, doanh nghiệp',
  'Thông tin, truyền thông',
  'Khác',
] as const;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const AskQuestionSchema = z.object({
  name: requiredText('Họ và tên', 120),
  email: emailField(),
  phone: optionalText('Số điện thoại', 20).refine((v) => v === undefined || /^\+?[\d\s.()-]{8,20}$/.test(v), {
    error: 'Số điện thoại chỉ gồm chữ số (có thể có dấu cách, dấu chấm), ví dụ 0258 3822 123.',
  }),
  address: optionalText('Địa chỉ', 300),
  field: z.enum(QUESTION_FIELDS, { error: 'Hãy chọn lĩnh vực của câu hỏi.' }),
  title: requiredText('Tiêu đề', 250),
  content: requiredText('Nội dung câu hỏi', 5000).refine((v) => v.length >= 20, { error: 'Nội dung câu hỏi cần ít nhất 20 ký tự để cơ quan hiểu rõ vấn đề.' }),
});
export type AskQuestionInput = z.input<typeof AskQuestionSchema>;

export const TrackQuestionSchema = z.object({
  code: z.string({ error: 'Hãy nhập mã tra cứu.' }).transform((v) => v.normalize('NFC').trim()).pipe(z.string().min(1, { error: 'Hãy nhập mã tra cứu.' }).max(40, { error: 'Mã tra cứu không đúng dạng, ví dụ HD-2026-7KQ4M9XA.' })),
});

const optionalDate = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const s = (v ?? '').trim();
    if (!s) return undefined;
    if (!isCalendarDate(s)) {
      ctx.addIssue({ code: 'custom', message: 'Hạn trả lời không hợp lệ; hãy chọn ngày dạng năm-tháng-ngày.' });
      return z.NEVER;
    }
    return s;
  });

export const AssignQuestionSchema = z
  .object({
    assigneeUserId: z.uuid({ error: 'Người được giao không hợp lệ.' }).nullish().or(z.literal('').transform(() => null)),
    assignedUnit: optionalText('Đơn vị được giao', 300),
    dueDate: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (!v.assigneeUserId && !v.assignedUnit) ctx.addIssue({ code: 'custom', path: ['assigneeUserId'], message: 'Hãy chọn người xử lý hoặc ghi đơn vị xử lý.' });
  });
export type AssignQuestionInput = z.input<typeof AssignQuestionSchema>;

export const AnswerSchema = z.object({ answer: requiredText('Nội dung trả lời', 20_000) });
export const ReturnAnswerSchema = z.object({ reason: requiredText('Lý do trả lại', 1000) });
export const QuestionSettingsSchema = z.object({
  questionDueDays: z.coerce
    .number({ error: 'Số ngày làm việc phải là một số.' })
    .int({ error: 'Số ngày làm việc phải là số nguyên.' })
    .min(1, { error: 'Thời hạn trả lời ít nhất 1 ngày làm việc.' })
    .max(90, { error: 'Thời hạn trả lời tối đa 90 ngày làm việc.' }),
});
