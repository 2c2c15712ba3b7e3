import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateTimeVi } from '@/lib/dates';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { ConsultationCommand, ConsultationForm, ReportForm } from '@/modules/consultations/components/consultation-console-forms';
import { getConsultationForEditing, listDraftFiles } from '@/modules/consultations/consultations.service';

export const metadata: Metadata = { title: 'Dự thảo lấy ý kiến' };

const COMMENT_STATUS = { PENDING: 'Chờ duyệt', APPROVED: 'Đã công khai', HIDDEN: 'Đã ẩn' } as const;

export default async function EditConsultation({ params }: { params: Promise<{ siteId: string; id: string }> }) {
  const p = await params;
  const { actor, site } = await requireSiteEditor(p.siteId);
  if (!/^[0-9a-f-]{36}$/.test(p.id)) notFound();
  const [c, files] = await Promise.all([getConsultationForEditing(actor, site.id, p.id), listDraftFiles(actor, site.id)]);
  if (!c) notFound();
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/gop-y-du-thao`}>← Lấy ý kiến dự thảo</a></p>
      <h1>{c.title}</h1>
      <p>{STATUS_LABELS[c.status]} · {c.phaseLabel}{c.status === 'PUBLISHED' ? <> · <a href={`/gop-y-du-thao/${c.slug}`}>/gop-y-du-thao/{c.slug}</a></> : null}</p>
      {c.canPublish ? (
        <ConsultationCommand siteId={site.id} id={c.id} command={c.status === 'PUBLISHED' ? 'unpublish' : 'publish'} label={c.status === 'PUBLISHED' ? 'Gỡ khỏi trang công khai' : 'Đăng'} secondary={c.status === 'PUBLISHED'} />
      ) : null}
      <section aria-labelledby="gop-y">
        <h2 id="gop-y">Góp ý đã nhận ({c.comments.length})</h2>
        {c.comments.length === 0 ? <p>Chưa có góp ý.</p> : (
          <ul className="comment-list">
            {c.comments.map((m) => (
              <li key={m.id}>
                <p className="meta"><strong>{m.authorName}</strong> ({m.authorEmail}){m.organisation ? ` – ${m.organisation}` : ''} · {formatDateTimeVi(m.createdAt)} · {m.article ?? 'Toàn bộ dự thảo'} · <span>{COMMENT_STATUS[m.status]}</span></p>
                <p className="qa-text">{m.content}</p>
                {c.canPublish ? (
                  <div className="button-row">
                    {m.status !== 'APPROVED' ? <ConsultationCommand siteId={site.id} id={c.id} command="approve" commentId={m.id} label="Công khai góp ý" /> : null}
                    {m.status !== 'HIDDEN' ? <ConsultationCommand siteId={site.id} id={c.id} command="hide" commentId={m.id} label="Ẩn góp ý" secondary /> : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {c.canPublish ? (
        <section aria-labelledby="bao-cao">
          <h2 id="bao-cao">Báo cáo tiếp thu, giải trình</h2>
          <ReportForm siteId={site.id} id={c.id} report={c.report} published={c.reportPublished} />
        </section>
      ) : null}
      <h2>Nội dung dự thảo</h2>
      <ConsultationForm siteId={site.id} id={c.id} status={c.status} initial={c} files={files} canPublish={c.canPublish} />
    </>
  );
}
