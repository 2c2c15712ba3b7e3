import type { Metadata } from 'next';
import { pageParam } from '@/components/public/pagination';
import { formatDateTimeVi } from '@/lib/dates';
import { listArticlesForConsole } from '@/modules/articles/articles.service';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';

export const metadata: Metadata = { title: 'Tin bài' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ trang?: string }> };

export default async function ConsoleArticles({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const list = await listArticlesForConsole(actor, site.id, { page: pageParam((await searchParams).trang) });
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Tin bài</h1>
      <p><a className="button" href={`/quan-tri/trang/${site.id}/tin-bai/moi`}>Viết bài mới</a></p>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Tiêu đề</th><th scope="col">Ngôn ngữ</th><th scope="col">Trạng thái</th><th scope="col">Cập nhật</th></tr></thead>
          <tbody>
            {list.items.map((a) => (
              <tr key={a.id}>
                <td><a href={`/quan-tri/trang/${site.id}/tin-bai/${a.id}`}>{a.title}</a></td>
                <td>{a.lang === 'en' ? 'Tiếng Anh' : 'Tiếng Việt'}</td>
                <td>
                  {STATUS_LABELS[a.status]}
                  {a.pendingVersion ? ` · phiên bản mới: ${a.pendingVersion}` : ''}
                  {a.scheduleFailed ? ' · đăng theo lịch không thành công' : ''}
                </td>
                <td>{formatDateTimeVi(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{list.total} bài</p>
    </>
  );
}
