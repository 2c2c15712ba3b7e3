'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { createCategoryAction, deleteCategoryAction } from '../articles.actions';

type Cat = { id: string; name: string; slug: string; parentId: string | null; position: number };

export function CategoryManager({ siteId, categories, canManage }: { siteId: string; categories: Cat[]; canManage: boolean }) {
  const { state, onSubmit } = useFormAction(createCategoryAction.bind(null, siteId));
  const del = useFormAction(deleteCategoryAction.bind(null, siteId));
  const nameOf = (id: string | null) => categories.find((c) => c.id === id)?.name ?? '—';
  return (
    <>
      <FormStatus state={del.state} />
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Chuyên mục</th><th scope="col">Đường dẫn</th><th scope="col">Thuộc</th><th scope="col">Thứ tự</th>{canManage ? <th scope="col">Thao tác</th> : null}</tr></thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>/chuyen-muc/{c.slug}</td>
                <td>{nameOf(c.parentId)}</td>
                <td>{c.position}</td>
                {canManage ? (
                  <td>
                    <form onSubmit={del.onSubmit}>
                      <input type="hidden" name="categoryId" value={c.id} />
                      <button type="submit" className="button button--warning">Xóa <span className="visually-hidden">{c.name}</span></button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage ? (
        <form onSubmit={onSubmit} noValidate>
          <h2>Thêm chuyên mục</h2>
          <FormStatus state={state} />
          <Field name="name" label="Tên chuyên mục" state={state} required />
          <Field name="nameEn" label="Tên tiếng Anh" state={state} />
          <Field name="parentId" label="Thuộc chuyên mục" state={state} defaultValue="">
            <option value="">Không (cấp cao nhất)</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </Field>
          <Field name="position" label="Thứ tự" type="text" state={state} defaultValue="0" />
          <button className="button" type="submit">Thêm chuyên mục</button>
        </form>
      ) : null}
    </>
  );
}
