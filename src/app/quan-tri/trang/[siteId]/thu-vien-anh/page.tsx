import type { Metadata } from 'next';
import { pageParam } from '@/components/public/pagination';
import { formatDateTimeVi } from '@/lib/dates';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { listGalleriesForConsole } from '@/modules/galleries/galleries.service';

export const metadata: Metadata = { title: 'Thư viện ảnh, video' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ trang?: string }> };

export default async function ConsoleGalleries({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const list = await listGalleriesForConsole(actor, site.id, { page: pageParam((await searchParams).trang) });
  const base = `/quan-tri/trang/${site.id}/thu-vien-anh`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Thư viện ảnh, video</h1>
      <p className="button-row">
        <a className="button" href={`${base}/moi`}>Tạo album ảnh</a>
        <a className="button button--secondary" href={`${base}/moi?loai=video`}>Tạo album video</a>
      </p>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Album</th><th scope="col">Loại</th><th scope="col">Ngôn ngữ</th><th scope="col">Số mục</th><th scope="col">Trạng thái</th><th scope="col">Cập nhật</th></tr></thead>
          <tbody>
            {list.items.map((g) => (
              <tr key={g.id}>
                <td><a href={`${base}/${g.id}`}>{g.title}</a></td>
                <td>{g.kind === 'PHOTO' ? 'Ảnh' : 'Video'}</td>
                <td>{g.lang === 'en' ? 'Tiếng Anh' : 'Tiếng Việt'}</td>
                <td>{g.count}</td>
                <td>{STATUS_LABELS[g.status]}{g.pendingVersion ? <> · phiên bản mới: {g.pendingVersion}</> : null}</td>
                <td>{formatDateTimeVi(g.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{list.total} album</p>
    </>
  );
}
