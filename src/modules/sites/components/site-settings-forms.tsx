'use client';

import { Field } from '@/components/forms/field';
import { useFormAction } from '@/components/forms/use-form-action';
import { FormStatus } from '@/components/forms/form-status';
import type { SiteDto } from '../sites.dto';
import {
  addAliasAction,
  archiveSiteAction,
  domainCommandAction,
  moveSiteAction,
  setSiteStatusAction,
  updateSiteAction,
} from '../sites.actions';

export function SiteEditForm({ site }: { site: SiteDto }) {
  const { state, onSubmit: action, pending } = useFormAction(updateSiteAction.bind(null, site.id));
  return (
    <form onSubmit={action} noValidate>
      <FormStatus state={state} />
      <Field name="name" label="Tên đơn vị" state={state} defaultValue={site.name} required />
      <Field name="nameEn" label="Tên tiếng Anh" state={state} defaultValue={site.nameEn} />
      <Field name="code" label="Mã đơn vị" state={state} defaultValue={site.code} required />
      <Field name="logoUrl" label="Đường dẫn logo" hint="Để trống để dùng biểu trưng chung." state={state} defaultValue={site.logoUrl} />
      <Field name="primaryColor" label="Màu chủ đạo" type="color" state={state} defaultValue={site.primaryColor} />
      <Field name="accentColor" label="Màu nhấn" type="color" state={state} defaultValue={site.accentColor} />
      <Field name="governingBody" label="Cơ quan chủ quản" state={state} defaultValue={site.governingBody} />
      <Field name="responsiblePerson" label="Người chịu trách nhiệm chính" state={state} defaultValue={site.responsiblePerson} />
      <Field name="address" label="Địa chỉ" state={state} defaultValue={site.address} />
      <Field name="phone" label="Điện thoại" type="tel" state={state} defaultValue={site.phone} />
      <Field name="email" label="Thư điện tử của đơn vị" type="email" state={state} defaultValue={site.email} />
      <Field name="licence" label="Giấy phép" state={state} defaultValue={site.licence} />
      <Field name="emcCode" label="Mã theo dõi EMC" hint="Mã nhúng do hệ thống giám sát quốc gia cấp." state={state} defaultValue={site.emcCode} multiline />
      <button className="button" type="submit" disabled={pending}>
        Lưu thay đổi
      </button>
    </form>
  );
}

export function SiteMoveForm({ site, parents }: { site: SiteDto; parents: { id: string; name: string }[] }) {
  const { state, onSubmit } = useFormAction(moveSiteAction.bind(null, site.id));
  if (!site.parentId) return null;
  return (
    <form onSubmit={onSubmit}>
      <FormStatus state={state} />
      <Field name="parentId" label="Đơn vị cấp trên" hint="Tên miền giữ nguyên; thêm tên miền mới ở mục Tên miền nếu cần." state={state} defaultValue={site.parentId}>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Field>
      <button className="button button--secondary" type="submit">
        Chuyển đơn vị
      </button>
    </form>
  );
}

export function SiteStatusForm({ site, successors }: { site: SiteDto; successors: { id: string; name: string }[] }) {
  const { state: statusState, onSubmit: statusAction } = useFormAction(setSiteStatusAction.bind(null, site.id));
  const { state: archiveState, onSubmit: archiveAction } = useFormAction(archiveSiteAction.bind(null, site.id));
  if (site.status === 'ARCHIVED') return <p>Trang đã được lưu trữ; dữ liệu vẫn được giữ nguyên.</p>;
  return (
    <>
      <form onSubmit={statusAction}>
        <FormStatus state={statusState} />
        <input type="hidden" name="status" value={site.status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE'} />
        <button className={site.status === 'ACTIVE' ? 'button button--warning' : 'button'} type="submit">
          {site.status === 'ACTIVE' ? 'Tạm ngừng trang' : 'Mở lại trang'}
        </button>
      </form>
      <form onSubmit={archiveAction} style={{ marginTop: '1.5rem' }}>
        <FormStatus state={archiveState} />
        <Field name="successorId" label="Đơn vị kế thừa (khi sáp nhập)" hint="Khách truy cập trang lưu trữ được chuyển tới đơn vị này." state={archiveState}>
          <option value="">Không có (trả về trang thông báo đã ngừng hoạt động)</option>
          {successors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Field>
        <button className="button button--warning" type="submit">
          Lưu trữ trang
        </button>
      </form>
    </>
  );
}

export function DomainForms({ site }: { site: SiteDto }) {
  const { state: addState, onSubmit: addAction } = useFormAction(addAliasAction.bind(null, site.id));
  const { state: cmdState, onSubmit: cmdAction } = useFormAction(domainCommandAction.bind(null, site.id));
  return (
    <>
      <FormStatus state={cmdState} />
      <div className="table-wrap">
        <table>
          <caption>Tên miền của trang</caption>
          <thead>
            <tr>
              <th scope="col">Tên miền</th>
              <th scope="col">Loại</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {site.domains.map((d) => (
              <tr key={d.id}>
                <td>{d.host}</td>
                <td>{d.isPrimary ? 'Tên miền chính' : 'Tên miền phụ (chuyển hướng 301)'}</td>
                <td>
                  {d.isPrimary ? null : (
                    <form onSubmit={cmdAction} className="button-row">
                      <input type="hidden" name="domainId" value={d.id} />
                      <button className="button button--secondary" type="submit" name="command" value="make-primary">
                        Đặt làm chính
                      </button>
                      <button className="button button--warning" type="submit" name="command" value="remove">
                        Xóa <span className="visually-hidden">{d.host}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={addAction} noValidate>
        <FormStatus state={addState} />
        <Field name="host" label="Thêm tên miền phụ" hint="Ví dụ: tencoquan.vn" state={addState} />
        <button className="button" type="submit">
          Thêm tên miền
        </button>
      </form>
    </>
  );
}
