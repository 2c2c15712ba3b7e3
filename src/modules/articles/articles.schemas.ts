import { z } from 'zod';
import { RichTextSchema } from '@/modules/content/rich-text';

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

const uuidList = (label: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : v ? v.split(',') : []).map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.uuid({ error: `${label} không hợp lệ.` })).max(50));

export const ArticleInputSchema = z.object({
  title: text('Tiêu đề', 300),
  sapo: text('Sapo (tóm tắt)', 1000),
  body: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .transform((v, ctx) => {
      if (typeof v !== 'string') return v;
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Nội dung bài viết không đọc được.' });
        return z.NEVER;
      }
    })
    .pipe(RichTextSchema),
  author: optionalText('Tác giả', 200),
  source: optionalText('Nguồn', 300),
  tags: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((Array.isArray(v) ? v : (v ?? '').split(',')).map((t) => t.normalize('NFC').trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(60, { error: 'Mỗi từ khóa dài tối đa 60 ký tự.' })).max(20, { error: 'Tối đa 20 từ khóa.' })),
  categoryIds: uuidList('Chuyên mục'),
  relatedIds: uuidList('Bài liên quan'),
  featuredImageId: z.uuid({ error: 'Ảnh đại diện không hợp lệ.' }).nullish().or(z.literal('').transform(() => null)),
  featuredCaption: optionalText('Chú thích ảnh', 500),
  featuredAlt: optionalText('Mô tả ảnh (alt)', 300),
  publishedAt: z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'Thời gian đăng không hợp lệ.' });
        return z.NEVER;
      }
      return d;
    }),
  lang: z.enum(['vi', 'en'], { error: 'Ngôn ngữ phải là vi hoặc en.' }).default('vi'),
  translationOfId: z.uuid({ error: 'Bài gốc không hợp lệ.' }).nullish().or(z.literal('').transform(() => null)),
});

export type ArticleInput = z.input<typeof ArticleInputSchema>;
export type ArticleData = z.output<typeof ArticleInputSchema>;

export const CategoryInputSchema = z.object({
  name: text('Tên chuyên mục', 120),
  nameEn: optionalText('Tên tiếng Anh', 120),
  parentId: z.uuid({ error: 'Chuyên mục cha không hợp lệ.' }).nullish().or(z.literal('').transform(() => null)),
  position: z.coerce.number({ error: 'Thứ tự phải là số.' }).int().min(0).max(1000).default(0),
});
export type CategoryInput = z.input<typeof CategoryInputSchema>;

export const ListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
