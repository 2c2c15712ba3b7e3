import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateTimeVi, formatDateVi } from '@/lib/dates';
import { formatFileSize } from '@/modules/media/file-type';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { AssignQuestionForm, DraftAnswerForm, PublishQuestionForm, ReviewAnswerForm } from '@/modules/questions/components/question-console-forms';
import { getQuestionForConsole } from '@/modules/questions/questions.service';

export const metadata: Metadata = { title: 'Câu hỏi' };

type Props = { params: Promise<{ siteId: string; id: string }> };

/** One question: the asker's data (console only), assignment, answer, approval, publication (I1). */
export default async function ConsoleQuestion({ params }: Props) {
  const p = await params;
  const { actor, site } = await requireSiteEditor(p.siteId);
  if (!/^[0-9a-f-]{36}$/.test(p.id)) notFound();
  const q = await getQuestionForConsole(actor, site.id, p.id);
  if (!q) notFound();
  const base = `/quan-tri/trang/${site.id}/hoi-dap`;
  return (
    <>
      <p><a href={base}>← Hỏi đáp</a></p>
      <h1>{q.title}</h1>
      <dl className="facts">
        <dt>Mã tra cứu</dt><dd>{q.code}</dd>
        <dt>Trạng thái</dt><dd data-testid="console-status">{q.statusLabel}{q.isPublished ? ' · đã đăng công khai' : ''}</dd>
        <dt>Hạn trả lời</dt><dd>{formatDateVi(q.dueDate)}{q.overdue ? ' (quá hạn)' : ''}</dd>
        <dt>Ngày gửi</dt><dd>{formatDateTimeVi(q.createdAt)}</dd>
        <dt>Lĩnh vực</dt><dd>{q.field}</dd>
        <dt>Người hỏi</dt><dd>{q.askerName}</dd>
        <dt>Thư điện tử</dt><dd>{q.askerEmail}</dd>
        {q.askerPhone ? (<><dt>Điện thoại</dt><dd>{q.askerPhone}</dd></>) : null}
        {q.askerAddress ? (<><dt>Địa chỉ</dt><dd>{q.askerAddress}</dd></>) : null}
        {q.attachment ? (<><dt>Tệp đính kèm</dt><dd><a href={`${base}/${q.id}/tep`}>{q.attachment.name}</a> ({formatFileSize(q.attachment.size)})</dd></>) : null}
        <dt>Người xử lý</dt><dd>{[q.assigneeName, q.assignedUnit].filter(Boolean).join(' · ') || 'Chưa phân công'}</dd>
      </dl>
      <h2>Nội dung câu hỏi</h2>
      <p className="qa-text">{q.content}</p>
      {q.answer ? (
        <>
          <h2>Câu trả lời</h2>
          <div className="qa-answer">{q.answer}</div>
          <p className="meta">
            {q.answerDraftedBy ? `Người soạn: ${q.answerDraftedBy}` : ''}
            {q.answerApprovedBy ? ` · Người duyệt: ${q.answerApprovedBy}` : ''}
            {q.answeredAt ? ` · Trả lời lúc ${formatDateTimeVi(q.answeredAt)}` : ''}
          </p>
        </>
      ) : null}
      {q.returnReason && q.status === 'ASSIGNED' ? <div className="notice" role="status">Câu trả lời bị trả lại: {q.returnReason}</div> : null}
      {q.can.approve ? (
        <section aria-labelledby="duyet">
          <h2 id="duyet">Duyệt câu trả lời</h2>
          <ReviewAnswerForm siteId={site.id} id={q.id} />
        </section>
      ) : q.can.ownDraft ? (
        <p>Câu trả lời do bạn soạn đang chờ trưởng ban hoặc phó trưởng ban khác duyệt; không ai tự duyệt câu trả lời của mình.</p>
      ) : null}
      {q.can.draft ? (
        <section aria-labelledby="soan">
          <h2 id="soan">{q.answer ? 'Sửa câu trả lời' : 'Soạn câu trả lời'}</h2>
          <DraftAnswerForm siteId={site.id} id={q.id} answer={q.answer} />
        </section>
      ) : null}
      {q.can.assign ? (
        <section aria-labelledby="phan-cong">
          <h2 id="phan-cong">Phân công xử lý</h2>
          <AssignQuestionForm siteId={site.id} id={q.id} members={q.members} units={q.units} assigneeUserId={q.assigneeUserId} assignedUnit={q.assignedUnit} dueDate={q.dueDate} />
        </section>
      ) : null}
      {q.can.publish ? (
        <section aria-labelledby="cong-khai">
          <h2 id="cong-khai">Công khai</h2>
          {q.isPublished && q.publicHost ? <p>Đang đăng tại <a href={`/hoi-dap/${q.slug}`}>{`${q.publicHost}/hoi-dap/${q.slug}`}</a>.</p> : null}
          <PublishQuestionForm siteId={site.id} id={q.id} isPublished={q.isPublished} />
        </section>
      ) : null}
    </>
  );
}
