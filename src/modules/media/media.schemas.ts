import { z } from 'zod';

/** Upload limits (C10): large enough for scanned decrees, small enough to protect the server. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 60_000_000;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} tối đa ${max} ký tự.`)
    .transform((v) => v.normalize('NFC'))
    .optional()
    .transform((v) => (v ? v : null));

export const MediaMetaSchema = z.object({
  alt: optionalText(250, 'Mô tả ảnh (alt)'),
  caption: optionalText(500, 'Chú thích'),
});
export type MediaMetaInput = z.input<typeof MediaMetaSchema>;

/** Which kinds a caller accepts; e.g. legal documents take PDF/DOC/DOCX/XLSX only. */
export const MediaAcceptSchema = z.enum(['IMAGE', 'DOCUMENT', 'VIDEO', 'ANY']);
export type MediaAccept = z.infer<typeof MediaAcceptSchema>;
