'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { Honeypot } from '@/components/forms/honeypot';
import { usePublicForm } from '@/components/forms/use-public-form';
import { formatDateVi } from '@/lib/dates';
import { trackQuestionAction } from '../questions.actions';
import type { TrackedQuestion } from '../questions.service';

/** Tracking by code (I1): sent by POST so codes stay out of addresses, histories and server logs. */
export function TrackQuestionForm() {
  const { state, formAction, onSubmit, pending, value } = usePublicForm(trackQuestionAction, '/hoi-dap/tra-cuu');
  const q = state?.ok ? (state.data as TrackedQuestion) : null;
  return (
    <>
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <FormStatus state={state?.ok ? null : state} title="Chưa tra cứu được" labels={{ code: 'Mã tra cứu' }} />
        <Honeypot />
        <Field name="code" label="Mã tra cứu" hint="Mã trong thư xác nhận, ví dụ HD-2026-7KQ4M9XA." state={state} defaultValue={value('code')} autoComplete="off" required />
        <button className="button" type="submit" disabled={pending}>
          Tra cứu
        </button>
      </form>
      {q ? (
        <section aria-labelledby="ket-qua-tra-cuu" role="status">
          <h2 id="ket-qua-tra-cuu">Câu hỏi {q.code}</h2>
          <dl className="facts">
            <dt>Tình trạng</dt>
            <dd data-testid="question-status">{q.statusLabel}</dd>
            <dt>Lĩnh vực</dt>
            <dd>{q.field}</dd>
            <dt>Ngày gửi</dt>
            <dd>{formatDateVi(q.askedAt)}</dd>
            <dt>Hạn trả lời</dt>
            <dd>{q.dueDate.split('-').reverse().join('/')}</dd>
            {q.answeredAt ? (
              <>
                <dt>Ngày trả lời</dt>
                <dd>{formatDateVi(q.answeredAt)}</dd>
              </>
            ) : null}
          </dl>
          <h3>{q.title}</h3>
          <p className="qa-text">{q.content}</p>
          {q.answer ? (
            <>
              <h3>Trả lời</h3>
              <div className="qa-answer">{q.answer}</div>
            </>
          ) : null}
          {q.publicPath ? (
            <p>
              <a href={q.publicPath}>Xem câu hỏi đã đăng công khai</a>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
