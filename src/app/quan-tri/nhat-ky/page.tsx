import type { Metadata } from 'next';
import { AuditFilterSchema } from '@/modules/audit/audit.schemas';
import { listAuditEntries } from '@/modules/audit/audit.service';
import { auditActionLabel, auditTransitionSummary } from '@/modules/audit/audit-labels';
import { listSitesForConsole } from '@/modules/sites/sites.service';
import { requireAdmin } from '@/server/admin-context';

export const metadata: Metadata = { title: 'Nhật ký hệ thống' };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const { actor } = await requireAdmin();
  const sp = await searchParams;
  const parsed = AuditFilterSchema.safeParse(sp);
  const filter = parsed.success ? parsed.data : AuditFilterSchema.parse({});
  const [result, sites] = await Promise.all([listAuditEntries(actor, filter), listSitesForConsole(actor)]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const query = (page: number) => new URLSearchParams({ ...Object.fromEntries(Object.entries(sp).filter(([, v]) => v)), page: String(page) } as Record<string, string>).toString();
  return (
    <>
      <h1>Nhật ký hệ thống</h1>
      {!parsed.success ? (
        <div className="error-summary" role="alert">
          <h2>Bộ lọc chưa hợp lệ</h2>
          <p>{parsed.error.issues[0]?.message}</p>
        </div>
      ) : null}
      <form method="get" className="grid grid--3">
        <div className="form-group">
          <label htmlFor="loc-don-vi">Đơn vị</label>
          <select id="loc-don-vi" name="siteId" defaultValue={sp.siteId ?? ''}>
            <option value="">Tất cả</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor="loc-hanh-dong">Hành động</label>
          <input id="loc-hanh-dong" type="text" name="action" defaultValue={sp.action ?? ''} placeholder="ví dụ: article. hoặc article.approve" />
        </div>
        <div className="form-group">
          <label htmlFor="loc-nguoi">Người thực hiện</label>
          <input id="loc-nguoi" type="text" name="actor" defaultValue={sp.actor ?? ''} />
        </div>
        <div className="form-group">
          <label htmlFor="loc-tu">Từ ngày</label>
          <input id="loc-tu" type="date" name="from" defaultValue={sp.from ?? ''} />
        </div>
        <div className="form-group">
          <label htmlFor="loc-den">Đến ngày</label>
          <input id="loc-den" type="date" name="to" defaultValue={sp.to ?? ''} />
        </div>
        <div className="form-group">
          <button className="button" type="submit">
            Lọc
          </button>
        </div>
      </form>
      <p>{result.total} mục</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Hành động</th>
              <th scope="col">Trước / sau</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}</td>
                <td>{e.actorLabel}</td>
                <td>{e.siteName ?? '—'}</td>
                <td>
                  {auditActionLabel(e.action)}
                  <br />
                  <code>{e.action}</code>
                  {auditTransitionSummary(e.before, e.after) ? <p className="hint">{auditTransitionSummary(e.before, e.after)}</p> : null}
                </td>
                <td>
                  {e.before || e.after ? (
                    <details>
                      <summary>Xem</summary>
                      <pre style={{ whiteSpace: 'pre-wrap', fontSize: '0.85rem' }}>{JSON.stringify({ trước: e.before, sau: e.after }, null, 2)}</pre>
                    </details>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label="Phân trang" className="button-row">
          {filter.page > 1 ? <a href={`?${query(filter.page - 1)}`}>Trang trước</a> : null}
          <span>
            Trang {filter.page}/{pages}
          </span>
          {filter.page < pages ? <a href={`?${query(filter.page + 1)}`}>Trang sau</a> : null}
        </nav>
      ) : null}
    </>
  );
}
