'use client';

import { useEffect, useRef, useState } from 'react';
import { AutosaveStatus, useAutosave } from '@/components/forms/use-autosave';
import { ProtectionMarksFields } from '@/modules/content/components/protection-marks-fields';
import type { ActionResult } from '@/server/action-result';
import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { autosaveArticleAction, saveArticleAction } from '../articles.actions';
import { RichTextEditor } from './rich-text-editor';

type Option = { id: string; label: string };
type Initial = {
  title?: string;
  sapo?: string;
  body?: unknown;
  author?: string | null;
  source?: string | null;
  tags?: string[];
  categoryIds?: string[];
  relatedIds?: string[];
  featuredImageId?: string | null;
  featuredCaption?: string | null;
  featuredAlt?: string | null;
  lang?: string;
};

type ImageOption = Option & { src: string; alt: string };

export function ArticleForm(props: {
  siteId: string;
  articleId: string | null;
  initial: Initial & { classification?: string; forbiddenSubject?: boolean };
  categories: Option[];
  articles: Option[];
  images: ImageOption[];
  translationOfId?: string | null;
  /** Offer "save and submit" (the server decides again). */
  canSubmit: boolean;
  /** Autosave only drafts being written (not versions under review). */
  autosave: boolean;
}) {
  const { state, onSubmit, pending } = useFormAction(saveArticleAction.bind(null, props.siteId, props.articleId));
  const formRef = useRef<HTMLFormElement>(null);
  const autosaved = useAutosave(formRef, props.articleId && props.autosave ? autosaveArticleAction.bind(null, props.siteId, props.articleId) : null);
  const i = props.initial;
  // Until the page is interactive the buttons wait: a click before hydration would submit the form natively.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <form id="article-form" ref={formRef} onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="lang" value={i.lang ?? 'vi'} />
      {props.translationOfId ? <input type="hidden" name="translationOfId" value={props.translationOfId} /> : null}
      <Field name="title" label="Tiêu đề" state={state} defaultValue={i.title} required />
      <Field name="sapo" label="Sapo (tóm tắt)" hint="Một đoạn ngắn nêu ý chính, hiện dưới tiêu đề." state={state} defaultValue={i.sapo} multiline required />
      <div className={`form-group${state && !state.ok && state.fields?.body ? ' form-group--error' : ''}`}>
        <span className="label" id="f-body-label">
          Nội dung
        </span>
        {state && !state.ok && state.fields?.body ? (
          <span className="error-message" id="f-body-error">
            {state.fields.body}
          </span>
        ) : null}
        <RichTextEditor name="body" label="Nội dung bài viết" initial={i.body} images={props.images} />
      </div>
      <Field name="author" label="Tác giả" hint="Bắt buộc khi đăng bài. Nhiều tác giả cách nhau bằng dấu phẩy." state={state} defaultValue={i.author} />
      <Field name="source" label="Nguồn" hint="Bắt buộc khi đăng bài." state={state} defaultValue={i.source} />
      <fieldset>
        <legend>Chuyên mục</legend>
        {props.categories.length === 0 ? <p className="hint">Trang chưa có chuyên mục.</p> : null}
        {props.categories.map((c) => (
          <div key={c.id}>
            <input type="checkbox" id={`cat-${c.id}`} name="categoryIds" value={c.id} defaultChecked={i.categoryIds?.includes(c.id)} />{' '}
            <label htmlFor={`cat-${c.id}`} style={{ display: 'inline', fontWeight: 400 }}>
              {c.label}
            </label>
          </div>
        ))}
      </fieldset>
      <Field name="tags" label="Từ khóa" hint="Cách nhau bằng dấu phẩy." state={state} defaultValue={i.tags?.join(', ')} />
      <Field name="featuredImageId" label="Ảnh đại diện" state={state} defaultValue={i.featuredImageId ?? ''}>
        <option value="">Không có ảnh</option>
        {props.images.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </Field>
      <Field name="featuredAlt" label="Mô tả ảnh (alt)" hint="Mô tả nội dung ảnh cho người không nhìn thấy ảnh." state={state} defaultValue={i.featuredAlt} />
      <Field name="featuredCaption" label="Chú thích ảnh" state={state} defaultValue={i.featuredCaption} />
      <div className="form-group">
        <label htmlFor="f-relatedIds">Tin liên quan</label>
        <select id="f-relatedIds" name="relatedIds" multiple size={Math.min(6, Math.max(2, props.articles.length))} defaultValue={i.relatedIds ?? []}>
          {props.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <ProtectionMarksFields state={state} classification={i.classification} forbiddenSubject={i.forbiddenSubject} />
      <AutosaveStatus message={autosaved} />
      <div className="button-row">
        <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending || !ready}>
          {props.articleId ? 'Lưu phiên bản' : 'Lưu nháp'}
        </button>
        {props.canSubmit ? (
          <button className="button" type="submit" name="intent" value="submit" disabled={pending || !ready}>
            Lưu và gửi duyệt
          </button>
        ) : null}
      </div>
    </form>
  );
}
