import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { DOCUMENT_FILE_ACCEPT } from '@/modules/documents/document-files';
import { ServiceCommands, ServiceForm, ServiceFormsPanel } from '@/modules/services/components/service-form';
import { getServiceForEditing } from '@/modules/services/services.service';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa thủ tục' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ 'da-luu'?: string }> };

export default async function EditService({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const service = await getServiceForEditing(actor, site.id, id);
  if (!service) notFound();
  const publicUrl = `${(await originResolver())(site.host)}/dich-vu-cong/${service.slug}`;
  const locked = service.status === 'PUBLISHED' && !service.canPublish;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/dich-vu-cong`}>← Thủ tục hành chính</a></p>
      <h1>{service.name}</h1>
      {(await searchParams)['da-luu'] === '1' ? <div className="notice" role="status">Đã lưu thủ tục.</div> : null}
      <p>
        Mã {service.code} · Trạng thái: <strong>{STATUS_LABELS[service.status]}</strong>
        {service.status === 'PUBLISHED' ? <> · <a href={publicUrl}>Xem trên trang công khai</a></> : null}
      </p>
      {service.canPublish ? <ServiceCommands siteId={site.id} serviceId={service.id} status={service.status} /> : null}
      {locked ? <p>Thủ tục đã đăng chỉ ban biên tập được sửa.</p> : <ServiceFormsPanel siteId={site.id} serviceId={service.id} forms={service.forms} accept={DOCUMENT_FILE_ACCEPT} />}
      {locked ? null : <ServiceForm siteId={site.id} serviceId={service.id} initial={service} canPublish={service.canPublish} status={service.status} />}
      <section aria-labelledby="so-lieu">
        <h2 id="so-lieu">Số liệu giải quyết hồ sơ</h2>
        {service.stats.length === 0 ? (
          <p>Chưa có số liệu. Số liệu được nhập từ hệ thống giải quyết thủ tục hành chính của tỉnh bằng lệnh <code>services:import-stats</code>.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">Kỳ</th><th scope="col">Lượt sử dụng</th><th scope="col">Tiếp nhận</th><th scope="col">Đúng hạn</th><th scope="col">Trễ hạn</th></tr></thead>
              <tbody>
                {service.stats.map((s) => (
                  <tr key={`${s.start}-${s.end}`}><th scope="row">{s.label}</th><td>{s.timesUsed}</td><td>{s.received}</td><td>{s.onTime}</td><td>{s.late}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
