import { z } from 'zod';
import { optionalExternalUrl, positionField, requiredText, vnMoment } from '@/modules/content/form-fields';

export const BANNER_SLOTS = ['HEADER', 'HOME_TOP', 'SIDEBAR', 'FOOTER'] as const;
export type BannerSlotName = (typeof BANNER_SLOTS)[number];

export const BANNER_SLOT_LABELS: Record<BannerSlotName, string> = {
  HEADER: 'Dưới thanh menu (mọi trang)',
  HOME_TOP: 'Đầu trang chủ',
  SIDEBAR: 'Cột bên trang chủ',
  FOOTER: 'Cuối trang (mọi trang)',
};

export const BannerInputSchema = z
  .object({
    slot: z.enum(BANNER_SLOTS, { error: 'Hãy chọn vị trí hiển thị của banner.' }),
    title: requiredText('Tên banner', 200),
    imageId: z
      .string({ error: 'Hãy chọn ảnh cho banner.' })
      .nullish()
      .transform((v) => v?.trim() || null)
      .pipe(z.uuid({ error: 'Ảnh của banner không hợp lệ.' }).nullable()),
    alt: requiredText('Mô tả ảnh (alt)', 250),
    url: optionalExternalUrl('Địa chỉ liên kết của banner'),
    startsAt: vnMoment('Thời điểm bắt đầu'),
    endsAt: vnMoment('Thời điểm kết thúc'),
    position: positionField,
  })
  .superRefine((b, ctx) => {
    if (b.startsAt && b.endsAt && b.endsAt.getTime() <= b.startsAt.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' });
    }
  });

export type BannerInput = z.input<typeof BannerInputSchema>;
export type BannerData = z.output<typeof BannerInputSchema>;
