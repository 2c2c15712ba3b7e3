'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { savePersonAction } from '../people.actions';

type Initial = {
  name?: string;
  jobTitle?: string;
  unit?: string | null;
  duties?: string | null;
  phone?: string | null;
  email?: string | null;
  photoId?: string | null;
  isLeader?: boolean;
  isSiteContact?: boolean;
  position?: number;
  lang?: 'vi' | 'en';
};

const FIELD_LABELS = {
  name: 'Họ và tên',
  jobTitle: 'Chức vụ',
  unit: 'Đơn vị công tác',
  duties: 'Nhiệm vụ được phân công',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  photoId: 'Ảnh chân dung',
  position: 'Thứ tự',
};

/**
 * A leader (C2) or contact person (C7). The English version (C11) translates the words only: photo,
 * phone, e-mail, role and order are those of the Vietnamese original. Publishing goes through the board (E2).
 */
export function PersonForm(props: {
  siteId: string;
  personId: string | null;
  initial: Initial;
  images: { id: string; label: string }[];
  /** Offer "save and submit" (the server decides again). */
  canSubmit: boolean;
  translationOfId?: string | null;
}) {
  const { state, onSubmit, pending } = useFormAction(savePersonAction.bind(null, props.siteId, props.personId));
  const i = props.initial;
  const english = i.lang === 'en';
  return (
    <form id="person-form" onSubmit={onSubmit} noValidate>
      <FormStatus state={state} labels={FIELD_LABELS} />
      <input type="hidden" name="lang" value={i.lang ?? 'vi'} />
      {props.translationOfId ? <input type="hidden" name="translationOfId" value={props.translationOfId} /> : null}
      <Field name="name" label="Họ và tên" state={state} defaultValue={i.name} required autoComplete="off" />
      <Field name="jobTitle" label={english ? 'Chức vụ (tiếng Anh)' : 'Chức vụ'} hint={english ? 'Ví dụ: Chairman of the Provincial People’s Committee.' : 'Ví dụ: Chủ tịch Ủy ban nhân dân tỉnh.'} state={state} defaultValue={i.jobTitle} required />
      <Field name="unit" label={english ? 'Đơn vị công tác (tiếng Anh)' : 'Đơn vị công tác'} state={state} defaultValue={i.unit} />
      <Field
        name="duties"
        label={english ? 'Nhiệm vụ được phân công (tiếng Anh)' : 'Nhiệm vụ được phân công'}
        hint="Mỗi dòng một đoạn; dòng bắt đầu bằng dấu “-” thành một ý trong danh sách."
        state={state}
        defaultValue={i.duties}
        multiline
      />
      {english ? (
        <p className="hint">Ảnh, điện thoại, thư điện tử, vai trò và thứ tự lấy theo bản tiếng Việt.</p>
      ) : (
        <>
          <Field name="phone" label="Điện thoại công vụ" hint="Số máy cơ quan hoặc số công khai cho công việc, ví dụ: 0258 3822 661." type="tel" state={state} defaultValue={i.phone} autoComplete="off" />
          <Field name="email" label="Thư điện tử công vụ" hint="Ví dụ: vanphong@khanhhoa.gov.vn." type="email" state={state} defaultValue={i.email} autoComplete="off" />
          <Field name="photoId" label="Ảnh chân dung" hint="Chọn trong thư viện ảnh của trang." state={state} defaultValue={i.photoId ?? ''}>
            <option value="">Không có ảnh</option>
            {props.images.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </Field>
          <fieldset>
            <legend>Vai trò</legend>
            <div className="form-group">
              <input type="checkbox" id="f-isLeader" name="isLeader" defaultChecked={i.isLeader} />{' '}
              <label htmlFor="f-isLeader" style={{ display: 'inline', fontWeight: 400 }}>
                Lãnh đạo (hiện ở trang Giới thiệu › Lãnh đạo)
              </label>
            </div>
            <div className="form-group">
              <input type="checkbox" id="f-isSiteContact" name="isSiteContact" defaultChecked={i.isSiteContact} aria-describedby="f-isSiteContact-hint" />{' '}
              <label htmlFor="f-isSiteContact" style={{ display: 'inline', fontWeight: 400 }}>
                Người phụ trách trang thông tin điện tử
              </label>
              <span className="hint" id="f-isSiteContact-hint">
                Mỗi trang có một người phụ trách; chọn người này sẽ bỏ chọn người trước. Người không phải lãnh đạo hiện ở trang Liên hệ như cán bộ đầu mối.
              </span>
            </div>
          </fieldset>
          <Field name="position" label="Thứ tự" hint="Số nhỏ đứng trước (0 đến 1000)." type="text" state={state} defaultValue={String(i.position ?? 0)} />
        </>
      )}
      <div className="button-row">
        <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
          {props.personId ? 'Lưu phiên bản' : 'Lưu nháp'}
        </button>
        {props.canSubmit ? (
          <button className="button" type="submit" name="intent" value="submit" disabled={pending}>
            Lưu và gửi duyệt
          </button>
        ) : null}
      </div>
    </form>
  );
}
