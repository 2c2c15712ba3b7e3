import { Pagination } from '@/components/public/pagination';
import { formatDateTimeVi, formatDateVi } from '@/lib/dates';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import type { listDocumentsForConsole } from '../document-editing';

type Site = { id: string; name: string };
type List = Awaited<ReturnType<typeof listDocumentsForConsole>>;

/** The console's list of a site's documents, every status, newest change first. */
export function ConsoleDocumentList({ site, list, q }: { site: Site; list: List; q: string }) {
  const base = `/quan-tri/trang/${site.id}/van-ban`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Văn bản</h1>
      <p><a className="button" href={`${base}/moi`}>Thêm văn bản</a></p>
      <form method="get" action={base} role="search" aria-label="Tìm văn bản trong trang quản trị">
        <div className="form-group">
          <label htmlFor="qt-vb-q">Tìm theo số ký hiệu hoặc trích yếu</label>
          <input type="search" id="qt-vb-q" name="q" defaultValue={q} />
        </div>
        <p><button type="submit" className="button button--secondary">Tìm</button></p>
      </form>
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">Số ký hiệu</th><th scope="col">Trích yếu</th><th scope="col">Ngày ban hành</th><th scope="col">Ngôn ngữ</th><th scope="col">Trạng thái</th><th scope="col">Cập nhật</th></tr>
          </thead>
          <tbody>
            {list.items.map((d) => (
              <tr key={d.id}>
                <td><a href={`${base}/${d.id}`}>{d.number}</a><br /><span className="muted">{d.typeLabel}</span></td>
                <td>{d.summary}</td>
                <td>{formatDateVi(d.issuedAt)}</td>
                <td>{d.lang === 'en' ? 'Tiếng Anh' : 'Tiếng Việt'}</td>
                <td>
                  {STATUS_LABELS[d.status]}
                  {d.pendingVersion ? ` · phiên bản mới: ${d.pendingVersion}` : ''}
                  {d.scheduleFailed ? ' · đăng theo lịch không thành công' : ''}
                </td>
                <td>{formatDateTimeVi(d.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{list.total} văn bản</p>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={(p) => `${base}?trang=${p}${q ? `&q=${encodeURIComponent(q)}` : ''}`} />
    </>
  );
}
