'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { Honeypot } from '@/components/forms/honeypot';
import { usePublicForm } from '@/components/forms/use-public-form';
import { askQuestionAction } from '../questions.actions';
import { QUESTION_FIELDS } from '../questions.schemas';

const LABELS: Record<string, string> = { name: 'Họ và tên', email: 'Thư điện tử', phone: 'Số điện thoại', address: 'Địa chỉ', field: 'Lĩnh vực', title: 'Tiêu đề', content: 'Nội dung câu hỏi', attachment: 'Tệp đính kèm' };

/** Asking a question (I1): works without JavaScript; after sending, the tracking code is shown once here and mailed. */
export function AskQuestionForm() {
  const { state, formAction, onSubmit, pending, value } = usePublicForm(askQuestionAction, '/hoi-dap/gui-cau-hoi');
  if (state?.ok) {
    const data = state.data as { code: string; dueDate: string };
    return (
      <div className="notice" role="status">
        <h2>Đã gửi câu hỏi</h2>
        <p>{state.message} Mã tra cứu của ông/bà:</p>
        <p>
          <span className="code-box" data-testid="tracking-code">
            {data.code}
          </span>
        </p>
        <p>
          Hạn trả lời dự kiến: {data.dueDate.split('-').reverse().join('/')}. Thư xác nhận kèm mã đã được gửi tới địa chỉ thư điện tử ông/bà khai. Hãy giữ kín mã này: ai có mã đều xem được câu hỏi và câu trả lời.
        </p>
        <p>
          <a href="/hoi-dap/tra-cuu">Tra cứu tình trạng xử lý</a>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <FormStatus state={state} labels={LABELS} title="Chưa gửi được câu hỏi" />
      <Honeypot />
      <Field name="name" label="Họ và tên" state={state} defaultValue={value('name')} autoComplete="name" required />
      <Field name="email" label="Thư điện tử" hint="Mã tra cứu và câu trả lời được gửi tới địa chỉ này." type="email" state={state} defaultValue={value('email')} autoComplete="email" required />
      <Field name="phone" label="Số điện thoại (không bắt buộc)" type="tel" state={state} defaultValue={value('phone')} autoComplete="tel" />
      <Field name="address" label="Địa chỉ (không bắt buộc)" state={state} defaultValue={value('address')} />
      <Field name="field" label="Lĩnh vực" state={state} defaultValue={value('field') ?? ''} required>
        <option value="">Chọn lĩnh vực</option>
        {QUESTION_FIELDS.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </Field>
      <Field name="title" label="Tiêu đề" hint="Một câu ngắn nêu vấn đề, tối đa 250 ký tự." state={state} defaultValue={value('title')} required />
      <Field name="content" label="Nội dung câu hỏi" hint="Trình bày rõ sự việc, nơi xảy ra và điều ông/bà cần được trả lời (tối đa 5.000 ký tự)." state={state} defaultValue={value('content')} multiline required />
      <AttachmentField state={state} />
      <p className="hint">
        Họ tên, thư điện tử, số điện thoại và địa chỉ chỉ dùng để trả lời ông/bà, không bao giờ được công khai. Nếu câu hỏi được đăng trên trang, chỉ tiêu đề, lĩnh vực, nội dung và câu trả lời được hiển thị.
      </p>
      <button className="button" type="submit" disabled={pending}>
        Gửi câu hỏi
      </button>
    </form>
  );
}

function AttachmentField({ state }: { state: ReturnType<typeof usePublicForm>['state'] }) {
  const error = state && !state.ok ? state.fields?.attachment : undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label htmlFor="f-attachment">Tệp đính kèm (không bắt buộc)</label>
      <span className="hint" id="f-attachment-hint">
        PDF, DOC, DOCX hoặc ảnh JPEG, PNG, WebP; tối đa 10 MB.
      </span>
      {error ? (
        <span className="error-message" id="f-attachment-error">
          <span className="visually-hidden">Lỗi: </span>
          {error}
        </span>
      ) : null}
      <input type="file" id="f-attachment" name="attachment" accept=".pdf,.doc,.docx,.jpg,.jpeg,.png,.webp" aria-describedby={`f-attachment-hint${error ? ' f-attachment-error' : ''}`} />
    </div>
  );
}
