'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { toVnLocalInput } from '@/lib/vn-time';
import { deleteBannerAction, saveBannerAction } from '../banners.actions';
import { BANNER_SLOT_LABELS, BANNER_SLOTS } from '../banners.schemas';
import type { ConsoleBanner } from '../banners.service';
import './banners.css';

type Choice = { id: string; label: string };

/** Add or edit a banner (C9): slot, picture from the library or uploaded here, alt, link, dates in Vietnam's time. */
export function BannerForm({ siteId, banner, images }: { siteId: string; banner?: ConsoleBanner; images: Choice[] }) {
  const { state, onSubmit, pending } = useFormAction(saveBannerAction.bind(null, siteId, banner?.id ?? null));
  const fileError = state && !state.ok ? state.fields?.file : undefined;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="slot" label="Vị trí hiển thị" state={state} defaultValue={banner?.slot ?? 'HOME_TOP'}>
        {BANNER_SLOTS.map((s) => (
          <option key={s} value={s}>
            {BANNER_SLOT_LABELS[s]}
          </option>
        ))}
      </Field>
      <Field name="title" label="Tên banner" hint="Để nhận ra banner trong trang quản trị; không hiện cho người xem." state={state} defaultValue={banner?.title} required />
      <Field name="imageId" label="Ảnh trong thư viện" hint="Hoặc tải ảnh mới lên ở ô dưới." state={state} defaultValue={banner?.imageId ?? ''}>
        <option value="">Chưa chọn ảnh</option>
        {images.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </Field>
      <div className={`form-group${fileError ? ' form-group--error' : ''}`}>
        <label htmlFor="f-file">Tải ảnh mới lên (JPEG, PNG, WebP, GIF, AVIF; tối đa 20 MB)</label>
        <span className="hint" id="f-file-hint">
          Ảnh mới được lưu vào thư viện và dùng thay cho ảnh đã chọn ở trên. Nên dùng ảnh ngang, rộng ít nhất 1280 điểm ảnh.
        </span>
        {fileError ? (
          <span className="error-message" id="f-file-error">
            {fileError}
          </span>
        ) : null}
        <input id="f-file" name="file" type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" aria-describedby={`f-file-hint${fileError ? ' f-file-error' : ''}`} />
      </div>
      <Field name="alt" label="Mô tả ảnh (alt)" hint="Bắt buộc. Ghi đúng nội dung chữ trên banner và nơi liên kết dẫn tới." state={state} defaultValue={banner?.alt} required />
      <Field name="url" label="Liên kết khi bấm vào banner" hint="Không bắt buộc; địa chỉ đầy đủ bắt đầu bằng https://" type="url" state={state} defaultValue={banner?.url} />
      <Field name="startsAt" label="Bắt đầu hiển thị (giờ Việt Nam)" hint="Để trống: hiển thị ngay." type="datetime-local" state={state} defaultValue={toVnLocalInput(banner?.startsAt)} />
      <Field name="endsAt" label="Kết thúc hiển thị (giờ Việt Nam)" hint="Để trống: không hết hạn." type="datetime-local" state={state} defaultValue={toVnLocalInput(banner?.endsAt)} />
      <Field name="position" label="Thứ tự trong vị trí" state={state} defaultValue={String(banner?.position ?? 0)} />
      <button className="button" type="submit" disabled={pending}>
        {banner ? 'Lưu banner' : 'Thêm banner'}
      </button>
    </form>
  );
}

export function DeleteBannerButton({ siteId, bannerId }: { siteId: string; bannerId: string }) {
  const { state, onSubmit, pending } = useFormAction(deleteBannerAction.bind(null, siteId, bannerId));
  return (
    <form onSubmit={onSubmit} style={{ marginTop: '2rem' }}>
      <FormStatus state={state} />
      <button className="button button--warning" type="submit" disabled={pending}>
        Xóa banner
      </button>
    </form>
  );
}
