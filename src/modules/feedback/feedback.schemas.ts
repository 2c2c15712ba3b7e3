import { z } from 'zod';

/** The four aspects of I3 (Đ7.1b of the regulation): interface, content, quality, support. */
export const RATING_ASPECTS = [
  { key: 'interface', label: 'Giao diện', hint: 'Bố cục, màu sắc, dễ đọc, dễ dùng trên điện thoại' },
  { key: 'content', label: 'Nội dung', hint: 'Thông tin đầy đủ, chính xác, cập nhật' },
  { key: 'quality', label: 'Chất lượng', hint: 'Tốc độ, tìm kiếm, tải văn bản, không lỗi' },
  { key: 'support', label: 'Hỗ trợ', hint: 'Hỏi đáp, liên hệ, hướng dẫn thủ tục' },
] as const;
export type RatingAspect = (typeof RATING_ASPECTS)[number]['key'];

export const SCORE_LABELS = ['Rất kém', 'Kém', 'Trung bình', 'Tốt', 'Rất tốt'] as const;

const score = (label: string) =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v, ctx) => {
      if (v == null || v === '') return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 5) {
        ctx.addIssue({ code: 'custom', message: `Điểm ${label} phải từ 1 đến 5.` });
        return z.NEVER;
      }
      return n;
    });

export const RatingSchema = z
  .object({ interface: score('giao diện'), content: score('nội dung'), quality: score('chất lượng'), support: score('hỗ trợ') })
  .superRefine((v, ctx) => {
    if (v.interface == null && v.content == null && v.quality == null && v.support == null)
      ctx.addIssue({ code: 'custom', path: ['interface'], message: 'Hãy chọn điểm cho ít nhất một tiêu chí.' });
  });
export type RatingInput = z.input<typeof RatingSchema>;

/** Pages that carry "Thông tin này có hữu ích không?": articles, documents, answered questions, drafts. */
export const FEEDBACK_PATH = /^\/(en\/)?(tin-tuc|van-ban|hoi-dap|gop-y-du-thao)\/[a-z0-9-]{1,200}$/;

export const PageFeedbackSchema = z.object({
  path: z.string({ error: 'Trang không hợp lệ.' }).regex(FEEDBACK_PATH, { error: 'Trang không hợp lệ.' }),
  helpful: z.enum(['co', 'khong'], { error: 'Hãy chọn Có hoặc Không.' }).transform((v) => v === 'co'),
});
