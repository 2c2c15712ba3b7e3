'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { AutosaveStatus, useAutosave } from '@/components/forms/use-autosave';
import { useRef } from 'react';
import { RichTextEditor } from '@/modules/articles/components/rich-text-editor';
import { PAGE_KIND_LABELS, PAGE_KIND_ORDER } from '../intro-labels';
import { autosavePageAction, savePageAction } from '../pages.actions';

type Initial = { title?: string; slug?: string; kind?: string; position?: number; body?: unknown; lang?: 'vi' | 'en' };

const FIELD_LABELS = { title: 'Tiêu đề', slug: 'Đường dẫn', kind: 'Loại trang', position: 'Thứ tự', body: 'Nội dung' };

/**
 * Introduction page editor (C2). An English version (C11) takes kind and order from its original. Saving makes a
 * version; publishing goes through the editorial board (E2).
 */
export function PageForm(props: {
  siteId: string;
  pageId: string | null;
  initial: Initial;
  /** Offer "save and submit" (the server decides again). */
  canSubmit: boolean;
  translationOfId?: string | null;
  /** Autosave only drafts being written (not versions under review). */
  autosave?: boolean;
}) {
  const { state, onSubmit, pending } = useFormAction(savePageAction.bind(null, props.siteId, props.pageId));
  const formRef = useRef<HTMLFormElement>(null);
  const autosaved = useAutosave(formRef, props.pageId && props.autosave ? autosavePageAction.bind(null, props.siteId, props.pageId) : null);
  const i = props.initial;
  const english = i.lang === 'en';
  const bodyError = state && !state.ok ? state.fields?.body : undefined;
  return (
    <form id="page-form" ref={formRef} onSubmit={onSubmit} noValidate>
      <FormStatus state={state} labels={FIELD_LABELS} />
      <input type="hidden" name="lang" value={i.lang ?? 'vi'} />
      {props.translationOfId ? <input type="hidden" name="translationOfId" value={props.translationOfId} /> : null}
      <Field name="title" label={english ? 'Tiêu đề (tiếng Anh)' : 'Tiêu đề'} state={state} defaultValue={i.title} required />
      <Field
        name="slug"
        label="Đường dẫn"
        hint={`Phần cuối của địa chỉ ${english ? '/en' : ''}/gioi-thieu/…; chữ thường không dấu, chữ số và dấu gạch ngang. Để trống để tạo từ tiêu đề.`}
        state={state}
        defaultValue={i.slug}
      />
      {english ? (
        <>
          <input type="hidden" name="kind" value={i.kind ?? 'OTHER'} />
          <input type="hidden" name="position" value={String(i.position ?? 0)} />
          <p className="hint">Loại trang và thứ tự theo bản tiếng Việt.</p>
        </>
      ) : (
        <>
          <Field name="kind" label="Loại trang" state={state} defaultValue={i.kind ?? 'OTHER'}>
            {PAGE_KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {PAGE_KIND_LABELS.vi[k]}
              </option>
            ))}
          </Field>
          <Field name="position" label="Thứ tự" hint="Số nhỏ đứng trước (0 đến 1000)." type="text" state={state} defaultValue={String(i.position ?? 0)} />
        </>
      )}
      <div className={`form-group${bodyError ? ' form-group--error' : ''}`}>
        <span className="label" id="f-body-label">
          Nội dung
        </span>
        {bodyError ? (
          <span className="error-message" id="f-body-error">
            <span className="visually-hidden">Lỗi: </span>
            {bodyError}
          </span>
        ) : null}
        <RichTextEditor name="body" label="Nội dung trang giới thiệu" initial={i.body} describedBy={bodyError ? 'f-body-error' : undefined} />
      </div>
      <AutosaveStatus message={autosaved} />
      <div className="button-row">
        <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
          {props.pageId ? 'Lưu phiên bản' : 'Lưu nháp'}
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
