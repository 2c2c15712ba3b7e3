import { z } from 'zod';
import { externalUrl, optionalText, positionField, requiredText } from '@/modules/content/form-fields';

export const LinkGroupInputSchema = z.object({
  name: requiredText('Tên nhóm liên kết', 200),
  nameEn: optionalText('Tên nhóm bằng tiếng Anh', 200),
  position: positionField,
});
export type LinkGroupInput = z.input<typeof LinkGroupInputSchema>;

export const LinkInputSchema = z.object({
  groupId: z.uuid({ error: 'Nhóm liên kết không hợp lệ.' }),
  label: requiredText('Tên liên kết', 200),
  labelEn: optionalText('Tên liên kết bằng tiếng Anh', 200),
  url: externalUrl('Địa chỉ liên kết'),
  position: positionField,
});
export type LinkInput = z.input<typeof LinkInputSchema>;
