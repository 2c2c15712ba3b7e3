import type { ReactNode } from 'react';

type Props = { values: Record<string, string | undefined>; sites: { id: string; name: string }[]; error?: { field: string; message: string } | null };

/** O4 filters (GET form: the filtered list has its own address and survives a reload). */
export function AuditFilterForm({ values, sites, error }: Props) {
  const field = (name: string, label: string, input: ReactNode, hint?: string) => (
    <div className={`form-group${error?.field === name ? ' form-group--error' : ''}`}>
      <label htmlFor={`f-${name}`}>{label}</label>
      {hint ? <p className="hint" id={`f-${name}-hint`}>{hint}</p> : null}
      {error?.field === name ? <p className="error-message" id={`f-${name}-error`}>{error.message}</p> : null}
      {input}
    </div>
  );
  return (
    <>
      {error ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>Bộ lọc chưa hợp lệ</h2>
          <ul>
            <li><a href={`#f-${error.field}`}>{error.message}</a></li>
          </ul>
        </div>
      ) : null}
      <form method="get" className="grid grid--3" aria-label="Lọc nhật ký">
        {field(
          'siteId',
          'Đơn vị',
          <select id="f-siteId" name="siteId" defaultValue={values.siteId ?? ''}>
            <option value="">Tất cả</option>
            {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>,
        )}
        {field('action', 'Hành động', <input id="f-action" type="text" name="action" defaultValue={values.action ?? ''} aria-describedby="f-action-hint" />, 'Mã hoặc phần đầu của mã, ví dụ article. hoặc article.approve')}
        {field('actor', 'Người thực hiện', <input id="f-actor" type="text" name="actor" defaultValue={values.actor ?? ''} />)}
        {field('entityId', 'Mã đối tượng', <input id="f-entityId" type="text" name="entityId" defaultValue={values.entityId ?? ''} />)}
        {field('from', 'Từ ngày', <input id="f-from" type="date" name="from" defaultValue={values.from ?? ''} />)}
        {field('to', 'Đến ngày', <input id="f-to" type="date" name="to" defaultValue={values.to ?? ''} />)}
        <div className="form-group">
          <button className="button" type="submit">Lọc</button> <a href="/quan-tri/nhat-ky">Bỏ lọc</a>
        </div>
      </form>
    </>
  );
}
