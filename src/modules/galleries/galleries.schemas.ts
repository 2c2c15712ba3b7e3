import { z } from 'zod';
import { optionalExternalUrl, optionalText, positionField, requiredText, vnMoment } from '@/modules/content/form-fields';

export const GALLERY_KINDS = ['PHOTO', 'VIDEO'] as const;
export type GalleryKindName = (typeof GALLERY_KINDS)[number];

const optionalUuid = (message: string) =>
  z
    .string()
    .nullish()
    .transform((v) => v?.trim() || null)
    .pipe(z.uuid({ error: message }).nullable());

/** One row of the album editor: a photo/video of the library, or (videos) an https address. */
export const GalleryItemInputSchema = z.object({
  mediaId: optionalUuid('Tệp của mục này không hợp lệ.'),
  videoUrl: optionalExternalUrl('Địa chỉ video', { httpsOnly: true }),
  /** Photos: the picture's description, kept on the library item (Media.alt). */
  alt: optionalText('Mô tả ảnh (alt)', 250),
  caption: optionalText('Chú thích', 500),
  position: positionField,
});
export type GalleryItemInput = z.input<typeof GalleryItemInputSchema>;

/**
 * An album as the console form sends it (C10): its rows, plus what is added in the same submission —
 * library items ticked in the picker, an external video address, and uploaded files (passed apart).
 * Which rows a kind accepts and whether every photo has a description is checked by the service,
 * which sees the library.
 */
export const GalleryInputSchema = z.object({
  kind: z.enum(GALLERY_KINDS, { error: 'Hãy chọn loại album: ảnh hoặc video.' }),
  title: requiredText('Tên album', 300),
  description: optionalText('Mô tả album', 2000),
  coverId: optionalUuid('Ảnh bìa không hợp lệ.'),
  publishedAt: vnMoment('Thời gian đăng'),
  lang: z.enum(['vi', 'en'], { error: 'Ngôn ngữ phải là vi hoặc en.' }).default('vi'),
  translationOfId: optionalUuid('Album gốc không hợp lệ.'),
  items: z.array(GalleryItemInputSchema).max(200, { error: 'Một album có tối đa 200 mục.' }).default([]),
  addMediaIds: z.array(z.uuid({ error: 'Tệp chọn từ thư viện không hợp lệ.' })).max(200, { error: 'Mỗi lần chọn tối đa 200 tệp.' }).default([]),
  newAlt: optionalText('Mô tả (alt) cho ảnh thêm mới', 250),
  newCaption: optionalText('Chú thích cho mục thêm mới', 500),
  newVideoUrl: optionalExternalUrl('Địa chỉ video', { httpsOnly: true }),
});
export type GalleryInput = z.input<typeof GalleryInputSchema>;
export type GalleryData = z.output<typeof GalleryInputSchema>;
