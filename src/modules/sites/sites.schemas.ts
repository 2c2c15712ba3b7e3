import { EMC_FORMAT_MESSAGE, normaliseEmcCode, parseEmcCode } from './emc';
import { z } from 'zod';
import { hostnameProblem, labelProblem, normalizeHost } from '@/lib/host';
import { passwordProblems } from '@/lib/password-policy';

/** Site kinds (T1) with Vietnamese names, shared by forms, CLI and server. */
export const SITE_KINDS = ['PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'UNIT'] as const;
export type SiteKindName = (typeof SITE_KINDS)[number];
export const SITE_KIND_LABELS: Record<SiteKindName, string> = {
  PROVINCE: 'Cổng tỉnh',
  DEPARTMENT: 'Sở, ban, ngành',
  DISTRICT: 'Huyện, thị xã, thành phố',
  COMMUNE: 'Xã, phường, đặc khu',
  UNIT: 'Đơn vị khác',
};
export const SITE_STATUS_LABELS = {
  ACTIVE: 'Đang hoạt động',
  SUSPENDED: 'Tạm ngừng',
  ARCHIVED: 'Đã lưu trữ',
} as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: `${label} là bắt buộc.` }).max(max, { error: `${label} dài tối đa ${max} ký tự.` }));

const optionalText = (label: string, max: number) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v == null ? undefined : v.normalize('NFC').trim() || undefined))
    .pipe(z.string().max(max, { error: `${label} dài tối đa ${max} ký tự.` }).optional());

const optionalEmail = (label: string) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v == null ? undefined : v.trim().toLowerCase() || undefined))
    .pipe(z.email({ error: `${label} không phải địa chỉ thư điện tử hợp lệ.` }).optional());

const color = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: `${label} phải là mã màu dạng #RRGGBB.` })
    .transform((v) => v.toLowerCase());

export const HostLabelSchema = z
  .string({ error: 'Nhãn tên miền là bắt buộc.' })
  .trim()
  .superRefine((v, ctx) => {
    const problem = labelProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const HostnameSchema = z
  .string()
  .transform((v) => normalizeHost(v))
  .superRefine((v, ctx) => {
    const problem = hostnameProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Alias domains typed one per line or separated by commas/spaces. */
export const AliasListSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => {
    const raw = Array.isArray(v) ? v : (v ?? '').split(/[\s,;]+/);
    return [...new Set(raw.map((h) => normalizeHost(h)).filter((h) => h !== ''))];
  })
  .pipe(z.array(HostnameSchema).max(20, { error: 'Tối đa 20 tên miền phụ.' }));

export const PasswordSchema = z.string({ error: 'Mật khẩu là bắt buộc.' }).superRefine((v, ctx) => {
  for (const message of passwordProblems(v)) ctx.addIssue({ code: 'custom', message });
});

export const ContactFieldsSchema = z.object({
  governingBody: optionalText('Cơ quan chủ quản', 200),
  responsiblePerson: optionalText('Người chịu trách nhiệm chính', 200),
  address: optionalText('Địa chỉ', 300),
  phone: optionalText('Điện thoại', 50),
  email: optionalEmail('Thư điện tử của đơn vị'),
  licence: optionalText('Giấy phép', 300),
});

export const CreateSiteSchema = z
  .object({
    name: text('Tên đơn vị', 200),
    nameEn: optionalText('Tên tiếng Anh', 200),
    kind: z.enum(SITE_KINDS, { error: 'Loại đơn vị không hợp lệ.' }),
    parentId: z.uuid({ error: 'Đơn vị cấp trên không hợp lệ.' }).optional().nullable(),
    /** Omitted → proposed from the name (đ→d, accents removed). */
    label: HostLabelSchema.optional(),
    code: optionalText('Mã đơn vị', 60),
    aliases: AliasListSchema,
    superAdmin: z.object({
      email: z
        .string({ error: 'Thư điện tử của quản trị trang là bắt buộc.' })
        .trim()
        .toLowerCase()
        .pipe(z.email({ error: 'Thư điện tử của quản trị trang không hợp lệ.' })),
      name: optionalText('Họ tên quản trị trang', 120),
      /** Required only when the account does not exist yet. */
      password: z.string().optional().transform((v) => (v === '' ? undefined : v)),
    }),
  })
  .extend(ContactFieldsSchema.shape);

export type CreateSiteInput = z.input<typeof CreateSiteSchema>;
export type CreateSiteData = z.output<typeof CreateSiteSchema>;

export const UpdateSiteSchema = z
  .object({
    name: text('Tên đơn vị', 200),
    nameEn: optionalText('Tên tiếng Anh', 200),
    code: text('Mã đơn vị', 60),
    logoUrl: optionalText('Đường dẫn logo', 500),
    primaryColor: color('Màu chủ đạo'),
    accentColor: color('Màu nhấn'),
    emcCode: optionalText('Mã theo dõi EMC', 2000)
      .refine((v) => v === undefined || parseEmcCode(v) !== null, { error: EMC_FORMAT_MESSAGE })
      .transform((v) => (v === undefined ? undefined : (normaliseEmcCode(v) ?? undefined))),
  })
  .extend(ContactFieldsSchema.shape);

export type UpdateSiteInput = z.input<typeof UpdateSiteSchema>;
export type UpdateSiteData = z.output<typeof UpdateSiteSchema>;

export const ArchiveSiteSchema = z.object({
  successorId: z.uuid({ error: 'Đơn vị kế thừa không hợp lệ.' }).optional().nullable().or(z.literal('').transform(() => null)),
});

export const SetStatusSchema = z.object({
  status: z.enum(['ACTIVE', 'SUSPENDED'], { error: 'Trạng thái không hợp lệ.' }),
});


export const MoveSiteSchema = z.object({
  parentId: z.uuid({ error: 'Đơn vị cấp trên không hợp lệ.' }),
});
