import type { Metadata } from 'next';
import { pageParam, Pagination } from '@/components/public/pagination';
import { formatDateTimeVi } from '@/lib/dates';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { LEVEL_LABELS } from '@/modules/services/service-levels';
import { listServicesForConsole } from '@/modules/services/services.service';

export const metadata: Metadata = { title: 'Thủ tục hành chính' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ trang?: string; q?: string }> };

/** A site's procedures, any status (P1). Catalogues of hundreds come in by `npm run portal -- services:import`. */
export default async function ConsoleServices({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const sp = await searchParams;
  const q = sp.q?.normalize('NFC').trim().slice(0, 200) || undefined;
  const list = await listServicesForConsole(actor, site.id, { page: pageParam(sp.trang), q });
  const base = `/quan-tri/trang/${site.id}/dich-vu-cong`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Thủ tục hành chính, dịch vụ công</h1>
      <p><a className="button" href={`${base}/moi`}>Thêm thủ tục</a></p>
      <p className="hint">Nhập cả danh mục từ tệp CSV hoặc JSON: <code>npm run portal -- services:import TỆP --site {site.host}</code> (xem README).</p>
      <form method="get" action={base} role="search" aria-label="Tìm thủ tục">
        <div className="form-group">
          <label htmlFor="q">Tên hoặc mã thủ tục</label>
          <input type="search" id="q" name="q" defaultValue={q ?? ''} />
        </div>
        <button className="button button--secondary" type="submit">Tìm</button>
      </form>
      {list.total === 0 ? (
        <p>{q ? 'Không có thủ tục nào khớp.' : 'Trang chưa có thủ tục nào.'}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Mã</th><th scope="col">Tên thủ tục</th><th scope="col">Lĩnh vực</th><th scope="col">Mức độ</th><th scope="col">Trạng thái</th><th scope="col">Cập nhật</th></tr></thead>
            <tbody>
              {list.items.map((s) => (
                <tr key={s.id}>
                  <td>{s.code}</td>
                  <td><a href={`${base}/${s.id}`}>{s.name}</a></td>
                  <td>{s.field}</td>
                  <td>{LEVEL_LABELS[s.level]}</td>
                  <td>{STATUS_LABELS[s.status]}</td>
                  <td>{formatDateTimeVi(s.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{list.total} thủ tục</p>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={(n) => `${base}?trang=${n}${q ? `&q=${encodeURIComponent(q)}` : ''}`} />
    </>
  );
}
