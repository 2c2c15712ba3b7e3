'use client';

import { useState } from 'react';
import { Field } from '@/components/forms/field';
import { useFormAction } from '@/components/forms/use-form-action';
import { FormStatus } from '@/components/forms/form-status';
import { proposeHostLabel } from '@/lib/vietnamese';
import { createSiteAction } from '../sites.actions';
import { SITE_KIND_LABELS, SITE_KINDS } from '../sites.schemas';

type ParentOption = { id: string; name: string; host: string };

/** One form creates a site with its domains, its super-admin and contact data (T3). */
export function SiteCreateForm({ parents, defaultParentId }: { parents: ParentOption[]; defaultParentId?: string }) {
  const { state, onSubmit: action, pending } = useFormAction(createSiteAction);
  const [name, setName] = useState('');
  const [label, setLabel] = useState('');
  const [labelEdited, setLabelEdited] = useState(false);
  const [parentId, setParentId] = useState(defaultParentId ?? parents[0]?.id ?? '');
  const parentHost = parents.find((p) => p.id === parentId)?.host ?? '';
  const shownLabel = labelEdited ? label : proposeHostLabel(name);

  return (
    <form onSubmit={action} noValidate>
      <FormStatus state={state} />
      <fieldset>
        <legend>Đơn vị</legend>
        <Field name="name" label="Tên đơn vị" hint="Ví dụ: Xã Sơn Thái" state={state} required onChange={setName} value={name} />
        <Field name="nameEn" label="Tên tiếng Anh (không bắt buộc)" state={state} />
        <Field name="kind" label="Loại đơn vị" state={state} defaultValue="COMMUNE">
          {SITE_KINDS.filter((k) => k !== 'PROVINCE').map((k) => (
            <option key={k} value={k}>
              {SITE_KIND_LABELS[k]}
            </option>
          ))}
        </Field>
        <Field name="parentId" label="Đơn vị cấp trên" state={state} onChange={setParentId} value={parentId}>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.host})
            </option>
          ))}
        </Field>
      </fieldset>
      <fieldset>
        <legend>Tên miền</legend>
        <Field
          name="label"
          label="Nhãn tên miền"
          hint="Tên đơn vị viết tiếng Việt không dấu, chữ thường, có thể rút gọn (ví dụ: sonthai, stttt)."
          state={state}
          required
          value={shownLabel}
          onChange={(v) => {
            setLabelEdited(true);
            setLabel(v);
          }}
        />
        <p className="hint" aria-live="polite">
          Địa chỉ chính: <strong>{shownLabel && parentHost ? `${shownLabel}.${parentHost}` : '—'}</strong>
        </p>
        <Field name="aliases" label="Tên miền phụ (không bắt buộc)" hint="Mỗi dòng một tên miền, ví dụ tencoquan.vn; chuyển hướng vĩnh viễn về địa chỉ chính." state={state} multiline />
      </fieldset>
      <fieldset>
        <legend>Quản trị cao nhất của trang</legend>
        <p className="hint">Mỗi trang có đúng một tài khoản quản trị cao nhất. Nếu thư điện tử đã có tài khoản, tài khoản đó được giao quyền.</p>
        <Field name="superAdmin.email" label="Thư điện tử" type="email" autoComplete="off" state={state} required />
        <Field name="superAdmin.name" label="Họ và tên" state={state} />
        <Field
          name="superAdmin.password"
          label="Mật khẩu ban đầu"
          type="password"
          autoComplete="new-password"
          hint="Ít nhất 8 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt."
          state={state}
        />
      </fieldset>
      <fieldset>
        <legend>Thông tin liên hệ (chân trang)</legend>
        <Field name="governingBody" label="Cơ quan chủ quản" state={state} />
        <Field name="responsiblePerson" label="Người chịu trách nhiệm chính" state={state} />
        <Field name="address" label="Địa chỉ" state={state} />
        <Field name="phone" label="Điện thoại" type="tel" state={state} />
        <Field name="email" label="Thư điện tử của đơn vị" type="email" state={state} />
        <Field name="licence" label="Giấy phép (nếu có)" state={state} />
      </fieldset>
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Đang tạo…' : 'Tạo trang'}
      </button>
    </form>
  );
}
