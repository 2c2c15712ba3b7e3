'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { consultationCommandAction, saveConsultationAction } from '../consultations.actions';

type Initial = { title?: string; summary?: string; body?: string; unitName?: string; unitAddress?: string; unitEmail?: string; startsOn?: string; endsOn?: string; fileIds?: string[] };

export function ConsultationForm(props: { siteId: string; id: string | null; initial: Initial; files: { id: string; name: string }[]; canPublish: boolean; status?: string }) {
  const { state, onSubmit, pending } = useFormAction(saveConsultationAction.bind(null, props.siteId, props.id));
  const i = props.initial;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="title" label="Tên dự thảo" state={state} defaultValue={i.title} required />
      <Field name="summary" label="Tóm tắt" hint="Mục đích, phạm vi của văn bản; hiện trong danh sách." state={state} defaultValue={i.summary} multiline required />
      <Field name="body" label="Toàn văn dự thảo" hint='Mỗi điều bắt đầu một dòng "Điều 1. …" để người dân góp ý theo từng điều.' state={state} defaultValue={i.body} multiline required />
      <Field name="unitName" label="Cơ quan, đơn vị tiếp nhận ý kiến" state={state} defaultValue={i.unitName} required />
      <Field name="unitAddress" label="Địa chỉ đơn vị tiếp nhận" state={state} defaultValue={i.unitAddress} required />
      <Field name="unitEmail" label="Thư điện tử đơn vị tiếp nhận" type="email" state={state} defaultValue={i.unitEmail} required />
      <Field name="startsOn" label="Ngày bắt đầu lấy ý kiến" type="date" state={state} defaultValue={i.startsOn} required />
      <Field name="endsOn" label="Ngày kết thúc lấy ý kiến" hint="Nhận góp ý đến hết ngày này (giờ Việt Nam); sau đó trang tự đóng." type="date" state={state} defaultValue={i.endsOn} required />
      {props.files.length > 0 ? (
        <fieldset className="form-group" id="f-fileIds">
          <legend>Tệp dự thảo (từ thư viện tệp của trang)</legend>
          {props.files.map((f) => (
            <div key={f.id}>
              <input type="checkbox" id={`file-${f.id}`} name="fileIds" value={f.id} defaultChecked={i.fileIds?.includes(f.id)} /> <label htmlFor={`file-${f.id}`}>{f.name}</label>
            </div>
          ))}
        </fieldset>
      ) : (
        <p className="hint">Tải tệp PDF, DOC, DOCX của dự thảo lên Thư viện tệp để đính kèm.</p>
      )}
      <div className="button-row">
        <button className={props.status === 'PUBLISHED' ? 'button' : 'button button--secondary'} type="submit" name="intent" value="save" disabled={pending}>
          {props.status === 'PUBLISHED' ? 'Lưu thay đổi' : 'Lưu nháp'}
        </button>
        {props.canPublish && props.status !== 'PUBLISHED' ? (
          <button className="button" type="submit" name="intent" value="publish" disabled={pending}>
            Lưu và đăng
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function ConsultationCommand({ siteId, id, command, label, commentId, secondary }: { siteId: string; id: string; command: string; label: string; commentId?: string; secondary?: boolean }) {
  const { state, onSubmit, pending } = useFormAction(consultationCommandAction.bind(null, siteId, id));
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <FormStatus state={state} />
      {commentId ? <input type="hidden" name="commentId" value={commentId} /> : null}
      <button className={`button${secondary ? ' button--secondary' : ''}`} type="submit" name="command" value={command} disabled={pending}>
        {label}
      </button>
    </form>
  );
}

export function ReportForm({ siteId, id, report, published }: { siteId: string; id: string; report: string | null; published: boolean }) {
  const { state, onSubmit, pending } = useFormAction(consultationCommandAction.bind(null, siteId, id));
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="report" label="Báo cáo tiếp thu, giải trình" hint="Tổng hợp ý kiến đã nhận và việc tiếp thu, giải trình; công bố cùng dự thảo." state={state} defaultValue={report ?? ''} multiline required />
      <button className="button" type="submit" name="command" value="report" disabled={pending}>
        {published ? 'Cập nhật báo cáo' : 'Công bố báo cáo'}
      </button>
    </form>
  );
}
