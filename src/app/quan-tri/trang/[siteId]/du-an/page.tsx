import type { Metadata } from 'next';
import { pageParam, Pagination } from '@/components/public/pagination';
import { formatDateTimeVi } from '@/lib/dates';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { PHASE_LABELS, TYPE_LABELS } from '@/modules/projects/project-labels';
import { listProjectsForConsole } from '@/modules/projects/projects.service';

export const metadata: Metadata = { title: 'Dự án' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ trang?: string }> };

/** A site's projects, investment, tenders and procurement items, any status (C6). */
export default async function ConsoleProjects({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const list = await listProjectsForConsole(actor, site.id, { page: pageParam((await searchParams).trang) });
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Dự án, đầu tư, đấu thầu, mua sắm công</h1>
      <p><a className="button" href={`/quan-tri/trang/${site.id}/du-an/moi`}>Thêm dự án</a></p>
      {list.total === 0 ? (
        <p>Trang chưa có dự án nào.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Tên</th><th scope="col">Loại</th><th scope="col">Giai đoạn</th><th scope="col">Ngôn ngữ</th><th scope="col">Trạng thái</th><th scope="col">Cập nhật</th></tr></thead>
            <tbody>
              {list.items.map((p) => (
                <tr key={p.id}>
                  <td><a href={`/quan-tri/trang/${site.id}/du-an/${p.id}`}>{p.name}</a></td>
                  <td>{TYPE_LABELS.vi[p.type]}</td>
                  <td>{PHASE_LABELS.vi[p.phase]}</td>
                  <td>{p.lang === 'en' ? 'Tiếng Anh' : 'Tiếng Việt'}</td>
                  <td>
                    {STATUS_LABELS[p.status]}
                    {p.pendingVersion ? ` · phiên bản mới: ${p.pendingVersion}` : ''}
                    {p.scheduleFailed ? ' · đăng theo lịch không thành công' : ''}
                  </td>
                  <td>{formatDateTimeVi(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{list.total} mục</p>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={(n) => `/quan-tri/trang/${site.id}/du-an?trang=${n}`} />
    </>
  );
}
