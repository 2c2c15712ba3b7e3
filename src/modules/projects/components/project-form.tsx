'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { AutosaveStatus, useAutosave } from '@/components/forms/use-autosave';
import { useRef } from 'react';
import { RichTextEditor } from '@/modules/articles/components/rich-text-editor';
import { PHASE_LABELS, PROJECT_PHASES, PROJECT_TYPES, TYPE_LABELS, formatBudgetInput } from '../project-labels';
import { ProtectionMarksFields } from '@/modules/content/components/protection-marks-fields';
import { autosaveProjectAction, saveProjectAction } from '../projects.actions';

type Initial = {
  name?: string;
  objective?: string;
  type?: string;
  phase?: string;
  field?: string | null;
  location?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  durationText?: string | null;
  budget?: string | null;
  fundingType?: string | null;
  sponsor?: string | null;
  body?: unknown;
  lang?: string;
  classification?: string;
  forbiddenSubject?: boolean;
};

/** Add or edit a project, investment, tender or procurement item (C6); a refused form keeps what was typed. */
export function ProjectForm(props: {
  siteId: string;
  projectId: string | null;
  initial: Initial;
  /** Offer "save and submit" (the server decides again). */
  canSubmit: boolean;
  translationOfId?: string | null;
  /** Autosave only drafts being written (not versions under review). */
  autosave?: boolean;
}) {
  const { state, onSubmit, pending } = useFormAction(saveProjectAction.bind(null, props.siteId, props.projectId));
  const formRef = useRef<HTMLFormElement>(null);
  const autosaved = useAutosave(formRef, props.projectId && props.autosave ? autosaveProjectAction.bind(null, props.siteId, props.projectId) : null);
  const i = props.initial;
  return (
    <form id="project-form" ref={formRef} onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="lang" value={i.lang ?? 'vi'} />
      {props.translationOfId ? <input type="hidden" name="translationOfId" value={props.translationOfId} /> : null}
      <Field name="name" label="Tên dự án, gói thầu" state={state} defaultValue={i.name} required />
      <Field name="objective" label="Mục tiêu" hint="Mục tiêu, quy mô chính của dự án." state={state} defaultValue={i.objective} multiline required />
      <Field name="type" label="Loại" state={state} defaultValue={i.type ?? 'PROJECT'}>
        {PROJECT_TYPES.map((t) => (
          <option key={t} value={t}>
            {TYPE_LABELS.vi[t]}
          </option>
        ))}
      </Field>
      <Field name="phase" label="Giai đoạn" state={state} defaultValue={i.phase ?? 'PREPARING'}>
        {PROJECT_PHASES.map((p) => (
          <option key={p} value={p}>
            {PHASE_LABELS.vi[p]}
          </option>
        ))}
      </Field>
      <Field name="field" label="Lĩnh vực" hint="Ví dụ: Giao thông, Y tế, Giáo dục, Chuyển đổi số." state={state} defaultValue={i.field} />
      <Field name="location" label="Địa điểm thực hiện" state={state} defaultValue={i.location} />
      <Field name="startDate" label="Ngày bắt đầu" type="date" state={state} defaultValue={i.startDate} />
      <Field name="endDate" label="Ngày kết thúc" type="date" state={state} defaultValue={i.endDate} />
      <Field name="durationText" label="Thời gian thực hiện" hint="Ví dụ: 2025–2027, hoặc 18 tháng kể từ ngày khởi công." state={state} defaultValue={i.durationText} />
      <Field name="budget" label="Tổng mức đầu tư (đồng)" hint="Chỉ gồm chữ số, có thể ngăn cách hàng nghìn bằng dấu chấm, ví dụ 1.250.000.000." state={state} defaultValue={formatBudgetInput(i.budget)} />
      <Field name="fundingType" label="Nguồn vốn" hint="Ví dụ: Ngân sách tỉnh, Vốn ODA, Vốn ngoài ngân sách, Đối tác công tư (PPP)." state={state} defaultValue={i.fundingType} />
      <Field name="sponsor" label="Chủ đầu tư" state={state} defaultValue={i.sponsor} />
      <div className={`form-group${state && !state.ok && state.fields?.body ? ' form-group--error' : ''}`}>
        <span className="label">Thông tin chi tiết</span>
        {state && !state.ok && state.fields?.body ? (
          <span className="error-message" id="f-body">
            {state.fields.body}
          </span>
        ) : null}
        <RichTextEditor name="body" label="Thông tin chi tiết của dự án" initial={i.body ?? undefined} />
      </div>
      <ProtectionMarksFields state={state} classification={i.classification} forbiddenSubject={i.forbiddenSubject} />
      <AutosaveStatus message={autosaved} />
      <div className="button-row">
        <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
          {props.projectId ? 'Lưu phiên bản' : 'Lưu nháp'}
        </button>
        {props.canSubmit ? (
          <button className="button" type="submit" name="intent" value="submit" disabled={pending}>
            Lưu và gửi duyệt
          </button>
        ) : null}
      </div>
    </form>
  );
}
