import { z } from 'zod';
import { PasswordSchema } from '@/modules/sites/sites.schemas';
import { SITE_ROLES } from './roles';

export const EmailSchema = z
  .string({ error: 'Thư điện tử là bắt buộc.' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Thư điện tử không hợp lệ.' }));

export const CreateUserSchema = z.object({
  email: EmailSchema,
  name: z
    .string({ error: 'Họ tên là bắt buộc.' })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: 'Họ tên là bắt buộc.' }).max(120, { error: 'Họ tên dài tối đa 120 ký tự.' })),
  password: PasswordSchema,
  isPlatformAdmin: z.boolean().default(false),
  siteId: z.uuid({ error: 'Đơn vị không hợp lệ.' }).optional(),
  role: z.enum(SITE_ROLES, { error: `Vai trò phải là một trong: ${SITE_ROLES.join(', ')}.` }).optional(),
});
export type CreateUserInput = z.input<typeof CreateUserSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string({ error: 'Hãy nhập mật khẩu.' }).min(1, { error: 'Hãy nhập mật khẩu.' }).max(200),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'Hãy nhập mật khẩu hiện tại.' }),
    newPassword: PasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: 'Mật khẩu nhập lại không khớp.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
