import { z } from 'zod';
import { RichTextSchema } from '@/modules/content/rich-text';

/**
 * Inputs of the introduction area (C2), people (C2, C7) and the e-mail directory (C7). One schema per
 * input, used by the console forms and the services; every string is NFC-normalised (C12).
 */

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

const optionalUuid = (message: string) => z.uuid({ error: message }).nullish().or(z.literal('').transform(() => null));

const position = z.coerce
  .number({ error: 'Thứ tự phải là một số nguyên từ 0 đến 1000.' })
  .int({ error: 'Thứ tự phải là một số nguyên từ 0 đến 1000.' })
  .min(0, { error: 'Thứ tự phải là một số nguyên từ 0 đến 1000.' })
  .max(1000, { error: 'Thứ tự phải là một số nguyên từ 0 đến 1000.' })
  .default(0);

const checkbox = z
  .union([z.boolean(), z.string()])
  .nullish()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

const EMAIL_MESSAGE = 'Địa chỉ thư điện tử không hợp lệ (ví dụ: vanphong@khanhhoa.gov.vn).';
const emailFormat = z.email({ error: EMAIL_MESSAGE }).max(254, { error: 'Địa chỉ thư điện tử dài tối đa 254 ký tự.' });

const requiredEmail = z
  .string({ error: 'Địa chỉ thư điện tử là bắt buộc.' })
  .transform((v) => v.normalize('NFC').trim().toLowerCase())
  .pipe(z.string().min(1, { error: 'Địa chỉ thư điện tử là bắt buộc.' }).pipe(emailFormat));

const optionalEmail = z
  .string()
  .nullish()
  .transform((v) => (v == null ? undefined : v.normalize('NFC').trim().toLowerCase() || undefined))
  .pipe(emailFormat.optional());

/** Officials' public numbers: "0258 3822 661", "0905.123.456", "+84 258 3822 661", "(0258) 3822661". */
const PHONE_CHARS = /^\+?[0-9(][0-9 .()-]*$/;
export const PHONE_MESSAGE = 'Số điện thoại không hợp lệ: chỉ gồm chữ số (8 đến 15 số), dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc và có thể bắt đầu bằng dấu + (ví dụ: 0258 3822 661).';

const optionalPhone = z
  .string()
  .nullish()
  .transform((v) => (v == null ? undefined : v.normalize('NFC').trim().replace(/\s+/g, ' ') || undefined))
  .pipe(
    z
      .string()
      .refine((v) => {
        const digits = v.replace(/\D/g, '').length;
        return PHONE_CHARS.test(v) && digits >= 8 && digits <= 15;
      }, { error: PHONE_MESSAGE })
      .optional(),
  );

const richBody = (unreadable: string) =>
  z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .transform((v, ctx) => {
      if (typeof v !== 'string') return v;
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: unreadable });
        return z.NEVER;
      }
    })
    .pipe(RichTextSchema);

const lang = z.enum(['vi', 'en'], { error: 'Ngôn ngữ phải là vi hoặc en.' }).default('vi');

// ── Pages ────────────────────────────────────────────────────────────────────

export const PAGE_KINDS = ['ORGANISATION', 'FUNCTIONS', 'HISTORY', 'GEOGRAPHY', 'MAP', 'OTHER'] as const;
export type PageKindName = (typeof PAGE_KINDS)[number];

/** `/gioi-thieu/lanh-dao` is the leadership page: no introduction page may take its address. */
export const RESERVED_PAGE_SLUGS = ['lanh-dao'] as const;
export const RESERVED_SLUG_MESSAGE = 'Đường dẫn “lanh-dao” dành riêng cho trang Lãnh đạo; hãy chọn đường dẫn khác.';
const SLUG_MESSAGE = 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, không bắt đầu hay kết thúc bằng dấu gạch ngang (ví dụ: co-cau-to-chuc).';

const optionalSlug = z
  .string()
  .nullish()
  .transform((v) => (v == null ? undefined : v.normalize('NFC').trim() || undefined))
  .pipe(
    z
      .string()
      .max(120, { error: 'Đường dẫn dài tối đa 120 ký tự.' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: SLUG_MESSAGE })
      .refine((v) => !(RESERVED_PAGE_SLUGS as readonly string[]).includes(v), { error: RESERVED_SLUG_MESSAGE })
      .optional(),
  );

export const PageInputSchema = z.object({
  title: text('Tiêu đề', 300),
  slug: optionalSlug,
  kind: z.enum(PAGE_KINDS, { error: 'Loại trang không hợp lệ.' }).default('OTHER'),
  position,
  body: richBody('Nội dung trang không đọc được.'),
  lang,
  translationOfId: optionalUuid('Trang gốc không hợp lệ.'),
});
export type PageInput = z.input<typeof PageInputSchema>;
export type PageData = z.output<typeof PageInputSchema>;

// ── People ───────────────────────────────────────────────────────────────────

export const PersonInputSchema = z.object({
  name: text('Họ và tên', 120),
  jobTitle: text('Chức vụ', 200),
  unit: optionalText('Đơn vị công tác', 200),
  duties: optionalText('Nhiệm vụ được phân công', 4000),
  phone: optionalPhone,
  email: optionalEmail,
  photoId: optionalUuid('Ảnh chân dung không hợp lệ.'),
  isLeader: checkbox,
  isSiteContact: checkbox,
  position,
  lang,
  translationOfId: optionalUuid('Bản gốc không hợp lệ.'),
});
export type PersonInput = z.input<typeof PersonInputSchema>;
export type PersonData = z.output<typeof PersonInputSchema>;

// ── E-mail directory ─────────────────────────────────────────────────────────

export const DirectoryEntryInputSchema = z.object({
  unit: text('Tên đơn vị', 200),
  unitEn: optionalText('Tên đơn vị bằng tiếng Anh', 200),
  holder: optionalText('Người phụ trách', 120),
  email: requiredEmail,
  phone: optionalPhone,
});
export type DirectoryEntryInput = z.input<typeof DirectoryEntryInputSchema>;
export type DirectoryEntryData = z.output<typeof DirectoryEntryInputSchema>;

export const MoveSchema = z.enum(['up', 'down'], { error: 'Hướng di chuyển không hợp lệ.' });
