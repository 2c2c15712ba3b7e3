import type { Metadata } from 'next';
import { formatDateVi } from '@/lib/dates';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { listConsultationsForConsole } from '@/modules/consultations/consultations.service';

export const metadata: Metadata = { title: 'Lấy ý kiến dự thảo' };

export default async function ConsoleConsultations({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const items = await listConsultationsForConsole(actor, site.id);
  const base = `/quan-tri/trang/${site.id}/gop-y-du-thao`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Lấy ý kiến dự thảo</h1>
      <p><a className="button" href={`${base}/moi`}>Thêm dự thảo</a></p>
      {items.length === 0 ? (
        <p>Chưa có dự thảo nào.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Dự thảo</th><th scope="col">Trạng thái</th><th scope="col">Thời hạn</th><th scope="col">Góp ý chờ duyệt</th></tr></thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td><a href={`${base}/${c.id}`}>{c.title}</a></td>
                  <td>{STATUS_LABELS[c.status]} · {c.phaseLabel}</td>
                  <td>{formatDateVi(c.startsOn)} – {formatDateVi(c.endsOn)}</td>
                  <td>{c.pending}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
