import { Field } from '@/components/forms/field';
import type { ActionResult } from '@/server/action-result';

const CLASSIFICATIONS = [
  ['NONE', 'Không mật'],
  ['MAT', 'Mật'],
  ['TOI_MAT', 'Tối mật'],
  ['TUYET_MAT', 'Tuyệt mật'],
] as const;

/** E5 marks in every content form (articles, documents, projects): such items are kept but never published. */
export function ProtectionMarksFields({ state, classification, forbiddenSubject }: { state: ActionResult | null; classification?: string; forbiddenSubject?: boolean }) {
  return (
    <fieldset>
      <legend>Bảo vệ bí mật nhà nước</legend>
      <p className="hint" id="f-classification-hint">
        Tài liệu có độ mật hoặc thuộc chủ đề không được công khai được lưu để quản lý nhưng không bao giờ được đăng, dù bằng cách nào.
      </p>
      <Field name="classification" label="Độ mật" state={state} defaultValue={classification ?? 'NONE'}>
        {CLASSIFICATIONS.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Field>
      <div>
        <input type="checkbox" id="f-forbiddenSubject" name="forbiddenSubject" defaultChecked={forbiddenSubject} />{' '}
        <label htmlFor="f-forbiddenSubject" style={{ display: 'inline', fontWeight: 400 }}>
          Thuộc chủ đề không được công khai (nhân sự, khiếu nại tố cáo, hồ sơ phòng chống tham nhũng)
        </label>
      </div>
    </fieldset>
  );
}
