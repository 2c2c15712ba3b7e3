import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { listPeopleForConsole } from '@/modules/intro/people.service';

export const metadata: Metadata = { title: 'Lãnh đạo và người liên hệ' };

const role = (p: { isLeader: boolean; isSiteContact: boolean }) =>
  [p.isLeader ? 'Lãnh đạo' : null, p.isSiteContact ? 'Người phụ trách trang' : null].filter(Boolean).join(', ') || 'Cán bộ đầu mối liên hệ';

export default async function ConsolePeople({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const people = await listPeopleForConsole(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Lãnh đạo và người liên hệ</h1>
      <p><a className="button" href={`/quan-tri/trang/${site.id}/nhan-su/moi`}>Thêm người</a></p>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Họ và tên</th><th scope="col">Chức vụ</th><th scope="col">Vai trò</th><th scope="col">Ngôn ngữ</th><th scope="col">Thứ tự</th><th scope="col">Trạng thái</th></tr></thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td><a href={`/quan-tri/trang/${site.id}/nhan-su/${p.id}`}>{p.name}</a></td>
                <td>{p.jobTitle}</td>
                <td>{role(p)}</td>
                <td>{p.lang === 'en' ? 'Tiếng Anh' : 'Tiếng Việt'}</td>
                <td>{p.position}</td>
                <td>{STATUS_LABELS[p.status]}{p.pendingVersion ? <> · phiên bản mới: {p.pendingVersion}</> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{people.length} người</p>
    </>
  );
}
