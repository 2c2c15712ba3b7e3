'use client';

import { useEffect, useRef } from 'react';
import { confirmDelete } from '@/components/forms/confirm-delete';
import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { LEVEL_LABELS, SERVICE_LEVELS } from '../service-levels';
import { attachServiceFormsAction, detachServiceFormAction, saveServiceAction, serviceCommandAction } from '../services.actions';

type Initial = Partial<Record<'code' | 'name' | 'field' | 'level' | 'implementingBody' | 'applicants' | 'steps' | 'channels' | 'dossier' | 'timeLimit' | 'fees' | 'result' | 'conditions' | 'legalBasis' | 'onlineUrl', string | null>>;

const ONE_PER_LINE = 'Mỗi mục một dòng.';

/** Add or edit a procedure (P1); a refused form keeps what was typed. */
export function ServiceForm(props: { siteId: string; serviceId: string | null; initial: Initial; canPublish: boolean; status?: string }) {
  const { state, onSubmit, pending } = useFormAction(saveServiceAction.bind(null, props.siteId, props.serviceId));
  const i = props.initial;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="code" label="Mã thủ tục" hint="Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.001193." state={state} defaultValue={i.code} required />
      <Field name="name" label="Tên thủ tục" state={state} defaultValue={i.name} required />
      <Field name="field" label="Lĩnh vực" hint="Ví dụ: Hộ tịch, Đất đai, Thành lập và hoạt động của doanh nghiệp." state={state} defaultValue={i.field} required />
      <Field name="level" label="Mức độ dịch vụ công trực tuyến" state={state} defaultValue={i.level ?? 'INFO'}>
        {SERVICE_LEVELS.map((l) => (
          <option key={l} value={l}>
            {LEVEL_LABELS[l]}
          </option>
        ))}
      </Field>
      <Field name="implementingBody" label="Cơ quan thực hiện" state={state} defaultValue={i.implementingBody} required />
      <Field name="onlineUrl" label="Địa chỉ nộp hồ sơ trực tuyến" hint="Trang của thủ tục trên Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, bắt đầu bằng https://." state={state} defaultValue={i.onlineUrl} type="url" />
      <Field name="applicants" label="Đối tượng thực hiện" hint={ONE_PER_LINE} state={state} defaultValue={i.applicants} multiline />
      <Field name="steps" label="Trình tự thực hiện" hint={`${ONE_PER_LINE} Ví dụ: Bước 1: Nộp hồ sơ…`} state={state} defaultValue={i.steps} multiline />
      <Field name="channels" label="Cách thức thực hiện" hint={ONE_PER_LINE} state={state} defaultValue={i.channels} multiline />
      <Field name="dossier" label="Thành phần hồ sơ" hint={ONE_PER_LINE} state={state} defaultValue={i.dossier} multiline />
      <Field name="timeLimit" label="Thời hạn giải quyết" state={state} defaultValue={i.timeLimit} multiline />
      <Field name="fees" label="Phí, lệ phí" state={state} defaultValue={i.fees} multiline />
      <Field name="result" label="Kết quả thực hiện" state={state} defaultValue={i.result} multiline />
      <Field name="conditions" label="Yêu cầu, điều kiện" hint={ONE_PER_LINE} state={state} defaultValue={i.conditions} multiline />
      <Field
        name="legalBasis"
        label="Căn cứ pháp lý"
        hint="Mỗi văn bản một dòng, ghi số ký hiệu (ví dụ: Luật Hộ tịch số 60/2014/QH13). Văn bản đã đăng trên cổng được tự động liên kết."
        state={state}
        defaultValue={i.legalBasis}
        multiline
      />
      <div className="button-row">
        {props.status === 'PUBLISHED' ? (
          <button className="button" type="submit" name="intent" value="save" disabled={pending}>
            Lưu thay đổi
          </button>
        ) : (
          <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
            Lưu nháp
          </button>
        )}
        {props.canPublish && props.status !== 'PUBLISHED' ? (
          <button className="button" type="submit" name="intent" value="publish" disabled={pending}>
            Lưu và đăng
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Publish, withdraw or delete a procedure: content.policy's publishers only. */
export function ServiceCommands({ siteId, serviceId, status }: { siteId: string; serviceId: string; status: string }) {
  const { state, onSubmit, pending } = useFormAction(serviceCommandAction.bind(null, siteId, serviceId));
  return (
    <form onSubmit={onSubmit} style={{ marginBottom: '1.5rem' }}>
      <FormStatus state={state} />
      <div className="button-row">
        {status === 'PUBLISHED' ? (
          <button className="button button--secondary" type="submit" name="command" value="unpublish" disabled={pending}>
            Gỡ khỏi trang công khai
          </button>
        ) : (
          <button className="button" type="submit" name="command" value="publish" disabled={pending}>
            Đăng
          </button>
        )}
        <button className="button button--warning" type="submit" name="command" value="delete" disabled={pending} onClick={(e) => confirmDelete(e, 'Xóa hẳn thủ tục này cùng số liệu của nó? Thao tác không thể hoàn tác.')}>
          Xóa thủ tục
        </button>
      </div>
    </form>
  );
}

type FormFile = { id: string; title: string; url: string; format: string; size: string };

function AttachedForms({ siteId, serviceId, forms }: { siteId: string; serviceId: string; forms: FormFile[] }) {
  const { state, onSubmit, pending } = useFormAction(detachServiceFormAction.bind(null, siteId, serviceId));
  return (
    <form onSubmit={onSubmit}>
      <FormStatus state={state} />
      {forms.length === 0 ? (
        <p>Thủ tục chưa có biểu mẫu.</p>
      ) : (
        <ul>
          {forms.map((f) => (
            <li key={f.id}>
              <a href={f.url}>{f.title}</a> <span className="muted">({f.format}, {f.size})</span> ·{' '}
              <button type="submit" name="formId" value={f.id} className="link-button" disabled={pending}>
                Gỡ<span className="visually-hidden"> biểu mẫu {f.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

/** Biểu mẫu, tờ khai of a procedure: the list with "Gỡ", and an upload through the media library. */
export function ServiceFormsPanel({ siteId, serviceId, forms, accept }: { siteId: string; serviceId: string; forms: FormFile[]; accept: string }) {
  const { state, onSubmit, pending } = useFormAction(attachServiceFormsAction.bind(null, siteId, serviceId));
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const error = state && !state.ok ? (state.fields?.files ?? state.message) : null;
  return (
    <section aria-labelledby="bieu-mau" className="panel" style={{ marginBottom: '2rem' }}>
      <h2 id="bieu-mau">Biểu mẫu, tờ khai</h2>
      <AttachedForms siteId={siteId} serviceId={serviceId} forms={forms} />
      <form ref={formRef} onSubmit={onSubmit} encType="multipart/form-data" style={{ marginTop: '1rem' }}>
        {state?.ok ? <FormStatus state={state} /> : null}
        <Field name="title" label="Tên biểu mẫu" hint="Ví dụ: Tờ khai đăng ký khai sinh. Để trống thì dùng tên tệp." state={null} />
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <label htmlFor="f-files">Tệp biểu mẫu</label>
          <span className="hint" id="f-files-hint">
            PDF, DOC, DOCX hoặc XLSX, tối đa 50 MB mỗi tệp.
          </span>
          {error ? (
            <span className="error-message" id="f-files-error">
              <span className="visually-hidden">Lỗi: </span>
              {error}
            </span>
          ) : null}
          <input type="file" id="f-files" name="files" multiple accept={accept} aria-describedby={`f-files-hint${error ? ' f-files-error' : ''}`} aria-invalid={error ? true : undefined} />
        </div>
        <button type="submit" className="button button--secondary" disabled={pending}>
          {pending ? 'Đang tải lên…' : 'Tải lên biểu mẫu'}
        </button>
      </form>
    </section>
  );
}
