'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { AutosaveStatus, useAutosave } from '@/components/forms/use-autosave';
import { useRef } from 'react';
import type { ActionResult } from '@/server/action-result';
import { RichTextEditor } from '@/modules/articles/components/rich-text-editor';
import { DOCUMENT_TYPES, LEGAL_STATUSES } from '../document-types';
import { ProtectionMarksFields } from '@/modules/content/components/protection-marks-fields';
import { autosaveDocumentAction, saveDocumentAction } from '../documents.actions';

type Option = { id: string; label: string; lang: string };
type Initial = {
  number?: string;
  type?: string;
  issuer?: string;
  signer?: string | null;
  issuedAt?: string;
  effectiveAt?: string | null;
  expiresAt?: string | null;
  legalStatus?: string;
  replacedById?: string | null;
  field?: string | null;
  summary?: string;
  body?: unknown;
  relatedIds?: string[];
  lang?: string;
  classification?: string;
  forbiddenSubject?: boolean;
};

/** A text input with suggestions (issuing bodies, fields already used), so the same name is typed the same way. */
function SuggestField({ name, label, hint, state, defaultValue, suggestions, required }: { name: string; label: string; hint?: string; state: ActionResult | null; defaultValue?: string | null; suggestions: string[]; required?: boolean }) {
  const id = `f-${name}`;
  const error = state && !state.ok ? state.fields?.[name] : undefined;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Lỗi: </span>
          {error}
        </span>
      ) : null}
      <input type="text" id={id} name={name} list={`${id}-list`} defaultValue={defaultValue ?? undefined} required={required} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}

export function DocumentForm(props: {
  siteId: string;
  documentId: string | null;
  initial: Initial;
  documents: Option[];
  fields: string[];
  issuers: string[];
  /** Offer "save and submit" (the server decides again). */
  canSubmit: boolean;
  translationOfId?: string | null;
  /** Autosave only drafts being written (not versions under review). */
  autosave?: boolean;
}) {
  const { state, onSubmit, pending } = useFormAction(saveDocumentAction.bind(null, props.siteId, props.documentId));
  const formRef = useRef<HTMLFormElement>(null);
  const autosaved = useAutosave(formRef, props.documentId && props.autosave ? autosaveDocumentAction.bind(null, props.siteId, props.documentId) : null);
  const i = props.initial;
  const lang = i.lang ?? 'vi';
  const choices = props.documents.filter((d) => d.lang === lang && d.id !== props.documentId);
  return (
    <form id="document-form" ref={formRef} onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="lang" value={lang} />
      {props.translationOfId ? <input type="hidden" name="translationOfId" value={props.translationOfId} /> : null}
      <Field name="number" label="Số ký hiệu" hint="Ghi đúng như trên văn bản, ví dụ 12/2024/QĐ-UBND." state={state} defaultValue={i.number} required />
      <Field name="type" label="Loại văn bản" state={state} defaultValue={i.type ?? ''} required>
        <option value="">Chọn loại văn bản</option>
        {DOCUMENT_TYPES.map((t) => (
          <option key={t.code} value={t.code}>
            {t.vi}
          </option>
        ))}
      </Field>
      <Field name="summary" label="Trích yếu" hint="Nội dung tóm tắt ghi dưới số ký hiệu của văn bản." state={state} defaultValue={i.summary} multiline required />
      <SuggestField name="issuer" label="Cơ quan ban hành" hint="Chọn tên đã dùng nếu có, để bộ lọc tra cứu gom đúng." state={state} defaultValue={i.issuer} suggestions={props.issuers} required />
      <Field name="signer" label="Người ký" state={state} defaultValue={i.signer} />
      <Field name="issuedAt" label="Ngày ban hành" type="date" state={state} defaultValue={i.issuedAt} required />
      <Field name="effectiveAt" label="Ngày có hiệu lực" hint="Để trống nếu văn bản có hiệu lực từ ngày ký." type="date" state={state} defaultValue={i.effectiveAt} />
      <Field name="expiresAt" label="Ngày hết hiệu lực" hint="Chỉ ghi khi văn bản quy định thời hạn." type="date" state={state} defaultValue={i.expiresAt} />
      <Field
        name="legalStatus"
        label="Tình trạng hiệu lực"
        hint="“Chưa có hiệu lực”, “Còn hiệu lực” và hết hạn theo ngày được tự tính theo các ngày ở trên; “Bị thay thế”, “Hết hiệu lực” và “Hết hiệu lực một phần” do biên tập viên chọn."
        state={state}
        defaultValue={i.legalStatus ?? 'IN_FORCE'}
      >
        {LEGAL_STATUSES.map((s) => (
          <option key={s.code} value={s.code}>
            {s.vi}
          </option>
        ))}
      </Field>
      <Field name="replacedById" label="Văn bản thay thế" hint="Văn bản của trang này thay thế văn bản đang sửa (khi tình trạng là “Bị thay thế” hoặc “Hết hiệu lực một phần”)." state={state} defaultValue={i.replacedById ?? ''}>
        <option value="">Không có</option>
        {choices.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </Field>
      <SuggestField name="field" label="Lĩnh vực" state={state} defaultValue={i.field} suggestions={props.fields} />
      <div className={`form-group${state && !state.ok && state.fields?.relatedIds ? ' form-group--error' : ''}`}>
        <label htmlFor="f-relatedIds">Văn bản liên quan</label>
        <span className="hint" id="f-relatedIds-hint">
          Giữ phím Ctrl (hoặc ⌘) để chọn nhiều văn bản.
        </span>
        <select id="f-relatedIds" name="relatedIds" multiple size={Math.min(8, Math.max(3, choices.length))} defaultValue={i.relatedIds ?? []} aria-describedby="f-relatedIds-hint">
          {choices.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <div className={`form-group${state && !state.ok && state.fields?.body ? ' form-group--error' : ''}`}>
        <span className="label" id="f-body-label">
          Nội dung (không bắt buộc)
        </span>
        {state && !state.ok && state.fields?.body ? (
          <span className="error-message" id="f-body-error">
            {state.fields.body}
          </span>
        ) : null}
        <RichTextEditor name="body" label="Nội dung văn bản" initial={i.body ?? { type: 'doc', content: [] }} />
      </div>
      <ProtectionMarksFields state={state} classification={i.classification} forbiddenSubject={i.forbiddenSubject} />
      <AutosaveStatus message={autosaved} />
      <div className="button-row">
        <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
          {props.documentId ? 'Lưu phiên bản' : 'Lưu nháp'}
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
