'use client';

import { useEffect, useRef } from 'react';
import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { directoryCommandAction, saveDirectoryEntryAction } from '../directory.actions';
import type { DirectoryEntryDto } from '../directory.service';

const FIELD_LABELS = { unit: 'Tên đơn vị', unitEn: 'Tên đơn vị bằng tiếng Anh', holder: 'Người phụ trách', email: 'Thư điện tử', phone: 'Điện thoại' };

/** Add or edit one entry of the official e-mail directory (C7). A refused form keeps what was typed. */
export function DirectoryEntryForm({ siteId, entry }: { siteId: string; entry: DirectoryEntryDto | null }) {
  const { state, onSubmit, pending } = useFormAction(saveDirectoryEntryAction.bind(null, siteId, entry?.id ?? null));
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // After an entry is added the form is ready for the next one.
    if (state?.ok && !entry) form.current?.reset();
  }, [state, entry]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate>
      <FormStatus state={state} labels={FIELD_LABELS} />
      <Field name="unit" label="Tên đơn vị" hint="Ví dụ: Văn phòng Ủy ban nhân dân tỉnh." state={state} defaultValue={entry?.unit} required />
      <Field name="unitEn" label="Tên đơn vị bằng tiếng Anh" hint="Hiện ở trang Contact (tiếng Anh); để trống thì dùng tên tiếng Việt." state={state} defaultValue={entry?.unitEn} />
      <Field name="holder" label="Người phụ trách" state={state} defaultValue={entry?.holder} autoComplete="off" />
      <Field name="email" label="Thư điện tử" hint="Ví dụ: vanphong@khanhhoa.gov.vn." type="email" state={state} defaultValue={entry?.email} required autoComplete="off" />
      <Field name="phone" label="Điện thoại" hint="Ví dụ: 0258 3822 661." type="tel" state={state} defaultValue={entry?.phone} autoComplete="off" />
      <button className="button" type="submit" disabled={pending}>
        {entry ? 'Lưu mục danh bạ' : 'Thêm vào danh bạ'}
      </button>
    </form>
  );
}

/** The directory in order, with move up / move down / edit / delete for those allowed to change it. */
export function DirectoryManager({ siteId, entries, canManage }: { siteId: string; entries: DirectoryEntryDto[]; canManage: boolean }) {
  const cmd = useFormAction(directoryCommandAction.bind(null, siteId));
  return (
    <>
      <FormStatus state={cmd.state} />
      <div className="table-wrap">
        <table>
          <caption>Danh bạ thư điện tử theo thứ tự hiển thị</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Người phụ trách</th>
              <th scope="col">Thư điện tử</th>
              <th scope="col">Điện thoại</th>
              {canManage ? <th scope="col">Thao tác</th> : null}
            </tr>
          </thead>
          <tbody>
            {entries.map((e, index) => (
              <tr key={e.id}>
                <th scope="row" style={{ background: 'none' }}>
                  {e.unit}
                  {e.unitEn ? (
                    <>
                      <br />
                      <span className="muted" lang="en">
                        {e.unitEn}
                      </span>
                    </>
                  ) : null}
                </th>
                <td>{e.holder ?? '—'}</td>
                <td>{e.email}</td>
                <td style={{ whiteSpace: 'nowrap' }}>{e.phone ?? '—'}</td>
                {canManage ? (
                  <td>
                    <form onSubmit={cmd.onSubmit} className="button-row">
                      <input type="hidden" name="entryId" value={e.id} />
                      {index > 0 ? (
                        <button type="submit" className="button button--secondary" name="command" value="up">
                          Lên <span className="visually-hidden">{e.unit}</span>
                        </button>
                      ) : null}
                      {index < entries.length - 1 ? (
                        <button type="submit" className="button button--secondary" name="command" value="down">
                          Xuống <span className="visually-hidden">{e.unit}</span>
                        </button>
                      ) : null}
                      <a href={`/quan-tri/trang/${siteId}/danh-ba/${e.id}`}>
                        Sửa <span className="visually-hidden">{e.unit}</span>
                      </a>
                      <button type="submit" className="button button--warning" name="command" value="delete">
                        Xóa <span className="visually-hidden">{e.unit}</span>
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{entries.length} mục</p>
    </>
  );
}
