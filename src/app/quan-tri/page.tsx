import type { Metadata } from 'next';
import { listSitesForConsole } from '@/modules/sites/sites.service';
import { SITE_STATUS_LABELS } from '@/modules/sites/sites.schemas';
import { ROLE_LABELS } from '@/modules/users/roles';
import { requireAdmin } from '@/server/admin-context';
import { WORKFLOW_ADAPTERS } from '@/server/workflow-adapters';
import { listPendingWork } from '@/modules/workflow/workflow.service';
import { formatDateTimeVi } from '@/lib/dates';

export const metadata: Metadata = { title: 'Tổng quan' };

type Props = { searchParams: Promise<{ 'don-vi'?: string }> };

export default async function ConsoleHome({ searchParams }: Props) {
  const selectedHost = (await searchParams)['don-vi'];
  const { actor, account } = await requireAdmin({ returnTo: selectedHost ? `/quan-tri?don-vi=${encodeURIComponent(selectedHost)}` : undefined });
  const sites = await listSitesForConsole(actor);
  const selected = selectedHost ? sites.find((s) => s.host === selectedHost || s.aliases.some((a) => a.host === selectedHost)) : undefined;
  const pending = await listPendingWork(actor, WORKFLOW_ADAPTERS);
  const roleOf = (siteId: string) => account.memberships.find((m) => m.siteId === siteId)?.role;
  return (
    <>
      <h1>Xin chào, {account.name}</h1>
      {selectedHost && !selected ? (
        <div className="error-summary" role="alert">
          <h2>Không có quyền với trang {selectedHost}</h2>
          <p>Tài khoản của bạn không được giao quyền trên trang này.</p>
        </div>
      ) : null}
      {selected ? (
        <div className="notice" role="status">
          Đang chọn: <strong>{selected.name}</strong> ({selected.host}).{' '}
          <a href={`/quan-tri/don-vi/${selected.id}`}>Mở trang quản trị của đơn vị</a>
        </div>
      ) : null}
      {account.isPlatformAdmin ? (
        <p className="button-row">
          <a className="button" href="/quan-tri/don-vi/moi">
            Tạo trang mới
          </a>
          <a className="button button--secondary" href="/quan-tri/don-vi">
            Cây đơn vị
          </a>
        </p>
      ) : null}
      {pending.length > 0 ? (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">Việc chờ bạn xử lý ({pending.length})</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr><th scope="col">Nội dung</th><th scope="col">Trang</th><th scope="col">Việc cần làm</th><th scope="col">Cập nhật</th></tr>
              </thead>
              <tbody>
                {pending.map((p) => (
                  <tr key={`${p.entity}:${p.entityId}`}>
                    <td><a href={p.path}>{p.title}</a></td>
                    <td>{p.siteName}</td>
                    <td>{p.why}</td>
                    <td>{formatDateTimeVi(p.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <h2>Trang bạn quản lý</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Địa chỉ</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Vai trò của bạn</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={`/quan-tri/don-vi/${s.id}`}>{s.name}</a>
                  {roleOf(s.id) ? (
                    <>
                      {' · '}
                      <a href={`/quan-tri/trang/${s.id}`}>Nội dung</a>
                    </>
                  ) : null}
                </td>
                <td>{s.host}</td>
                <td>{SITE_STATUS_LABELS[s.status]}</td>
                <td>{roleOf(s.id) ? ROLE_LABELS[roleOf(s.id)!] : account.isPlatformAdmin ? 'Quản trị nền tảng' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
