import { formatDateTimeVi } from '@/lib/dates';
import type { AuditEntryDto } from '../audit.service';

/** O4: who, when, where, which action, from → to state and the reason; the raw before/after on demand. */
export function AuditEntriesTable({ items }: { items: AuditEntryDto[] }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Thời gian</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Hành động</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Lý do</th>
            <th scope="col">Trước / sau</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td><time dateTime={e.createdAt}>{formatDateTimeVi(e.createdAt)}</time></td>
              <td>{e.actorLabel}</td>
              <td>{e.siteName ?? '—'}</td>
              <td>
                {e.actionLabel}
                <br />
                <code>{e.action}</code>
                {e.entityId ? <><br /><span className="hint">{e.entity} {e.entityId}</span></> : null}
              </td>
              <td>{e.fromState || e.toState ? `${e.fromState ?? '—'} → ${e.toState ?? '—'}` : '—'}</td>
              <td>{e.reason ?? '—'}</td>
              <td>
                {e.before || e.after ? (
                  <details>
                    <summary>Xem</summary>
                    <pre style={{ whiteSpace: 'pre-wrap', fontSize: '0.85rem' }}>{JSON.stringify({ trước: e.before, sau: e.after }, null, 2)}</pre>
                  </details>
                ) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
