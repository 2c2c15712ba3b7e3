import { formatDateTimeVi } from '@/lib/dates';
import { getAdminContext } from '@/server/admin-context';
import { listItemHistory } from '../audit.service';

type Props = { siteId: string; entity: string; entityId: string; limit?: number };

/**
 * O4: one item's history (who, when, which step, from → to, reason) for its console page. A server component:
 * it reads the signed-in person itself, so a page only places it — the page has already called requireAdmin().
 */
export async function ItemHistory({ siteId, entity, entityId, limit = 100 }: Props) {
  const ctx = await getAdminContext();
  if (!ctx) return null;
  const entries = await listItemHistory(ctx.actor, siteId, { entity, entityId }, limit);
  return (
    <section aria-labelledby={`lich-su-${entityId}`}>
      <h2 id={`lich-su-${entityId}`}>Lịch sử xử lý</h2>
      {entries.length === 0 ? (
        <p>Chưa có thao tác nào được ghi lại.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Thời gian</th>
                <th scope="col">Người thực hiện</th>
                <th scope="col">Thao tác</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Lý do</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td><time dateTime={e.createdAt}>{formatDateTimeVi(e.createdAt)}</time></td>
                  <td>{e.actorLabel}</td>
                  <td>{e.stepLabel}</td>
                  <td>{e.fromState || e.toState ? `${e.fromState ?? '—'} → ${e.toState ?? '—'}` : '—'}</td>
                  <td>{e.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
