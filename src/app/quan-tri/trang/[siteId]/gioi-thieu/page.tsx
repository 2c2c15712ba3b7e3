import type { Metadata } from 'next';
import { formatDateTimeVi } from '@/lib/dates';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { PAGE_KIND_LABELS } from '@/modules/intro/intro-labels';
import { listPagesForConsole } from '@/modules/intro/pages.service';

export const metadata: Metadata = { title: 'Trang giới thiệu' };

export default async function ConsoleIntroPages({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const pages = await listPagesForConsole(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Trang giới thiệu</h1>
      <p>Cơ cấu tổ chức, chức năng nhiệm vụ, lịch sử, địa lý, bản đồ hành chính; lãnh đạo ở mục <a href={`/quan-tri/trang/${site.id}/nhan-su`}>Lãnh đạo và người liên hệ</a>.</p>
      <p><a className="button" href={`/quan-tri/trang/${site.id}/gioi-thieu/moi`}>Thêm trang giới thiệu</a></p>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Tiêu đề</th><th scope="col">Loại</th><th scope="col">Ngôn ngữ</th><th scope="col">Thứ tự</th><th scope="col">Trạng thái</th><th scope="col">Cập nhật</th></tr></thead>
          <tbody>
            {pages.map((p) => (
              <tr key={p.id}>
                <td><a href={`/quan-tri/trang/${site.id}/gioi-thieu/${p.id}`}>{p.title}</a></td>
                <td>{PAGE_KIND_LABELS.vi[p.kind]}</td>
                <td>{p.lang === 'en' ? 'Tiếng Anh' : 'Tiếng Việt'}</td>
                <td>{p.position}</td>
                <td>{STATUS_LABELS[p.status]}{p.pendingVersion ? <> · phiên bản mới: {p.pendingVersion}</> : null}</td>
                <td>{formatDateTimeVi(p.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{pages.length} trang</p>
    </>
  );
}
