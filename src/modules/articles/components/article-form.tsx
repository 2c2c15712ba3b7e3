'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { articleCommandAction, saveArticleAction } from '../articles.actions';
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
  publishedAt?: string | null;
  lang?: string;
};

function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  // Shown and typed in Vietnam's time (UTC+7), whatever the browser's zone.
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

export function ArticleForm(props: {
  siteId: string;
  articleId: string | null;
  initial: Initial;
  categories: Option[];
  articles: Option[];
  images: Option[];
  canPublish: boolean;
  translationOfId?: string | null;
}) {
  const { state, onSubmit, pending } = useFormAction(saveArticleAction.bind(null, props.siteId, props.articleId));
  const i = props.initial;
  return (
    <form onSubmit={onSubmit} noValidate>
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
        <RichTextEditor name="body" label="Nội dung bài viết" initial={i.body} />
      </div>
      <Field name="author" label="Tác giả" hint="Bắt buộc khi đăng bài." state={state} defaultValue={i.author} />
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
      <Field name="publishedAt" label="Thời gian đăng (giờ Việt Nam)" hint="Để trống để đăng ngay khi duyệt." type="datetime-local" state={state} defaultValue={toLocalInput(i.publishedAt)} />
      <div className="button-row">
        <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
          Lưu nháp
        </button>
        {props.canPublish ? (
          <button className="button" type="submit" name="intent" value="publish" disabled={pending}>
            Lưu và đăng
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function ArticleCommands({ siteId, articleId, status, canPublish }: { siteId: string; articleId: string; status: string; canPublish: boolean }) {
  const { state, onSubmit } = useFormAction(articleCommandAction.bind(null, siteId, articleId));
  if (!canPublish) return null;
  return (
    <form onSubmit={onSubmit} className="button-row" style={{ marginBottom: '1.5rem' }}>
      <FormStatus state={state} />
      {status === 'PUBLISHED' ? (
        <button className="button button--secondary" type="submit" name="command" value="unpublish">
          Gỡ bài
        </button>
      ) : null}
      <button className="button button--warning" type="submit" name="command" value="delete">
        Xóa bài
      </button>
    </form>
  );
}
