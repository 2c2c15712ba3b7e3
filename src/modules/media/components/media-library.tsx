'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { deleteMediaAction, updateMediaAction, uploadMediaAction } from '../media.actions';
import type { MediaDto } from '../media.service';
import { formatFileSize } from '../file-type';
import { mediaVariantUrl } from '../media-url';

export function MediaUploadForm({ siteId }: { siteId: string }) {
  const { state, onSubmit, pending } = useFormAction(uploadMediaAction.bind(null, siteId));
  return (
    <form onSubmit={onSubmit} className="stack" aria-labelledby="upload-heading">
      <h2 id="upload-heading">Tải tệp lên</h2>
      <FormStatus state={state} />
      <div className="form-group">
        <label htmlFor="f-files">Tệp (ảnh JPEG, PNG, WebP, GIF, AVIF tối đa 20 MB; PDF, DOC, DOCX, XLS, XLSX, MP4 tối đa 50 MB)</label>
        {state && !state.ok && state.fields?.files ? (
          <p className="error-message" id="f-files-error">{state.fields.files}</p>
        ) : null}
        <input id="f-files" name="files" type="file" multiple required aria-describedby={state && !state.ok && state.fields?.files ? 'f-files-error' : undefined} />
      </div>
      <Field name="alt" label="Mô tả ảnh (alt) — đọc cho người khiếm thị" state={state} hint="Nói ngắn gọn ảnh thể hiện gì; để trống với tài liệu." />
      <Field name="caption" label="Chú thích" state={state} />
      <button type="submit" className="button" disabled={pending}>{pending ? 'Đang tải lên…' : 'Tải lên'}</button>
    </form>
  );
}

function MediaItem({ siteId, item }: { siteId: string; item: MediaDto }) {
  const save = useFormAction(updateMediaAction.bind(null, siteId));
  const del = useFormAction(deleteMediaAction.bind(null, siteId));
  return (
    <li className="media-item">
      {item.kind === 'IMAGE' ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={mediaVariantUrl(item, 320)} alt={item.alt ?? ''} width={160} height={item.width && item.height ? Math.round((160 * item.height) / item.width) : 120} loading="lazy" />
      ) : (
        <span className="media-item__type">{item.typeLabel}</span>
      )}
      <p className="media-item__name"><a href={item.url}>{item.originalName}</a></p>
      <p className="hint">
        {item.typeLabel} · {formatFileSize(item.size)}
        {item.width ? ` · ${item.width}×${item.height}` : ''}
      </p>
      <form onSubmit={save.onSubmit} className="stack">
        <FormStatus state={save.state} />
        <input type="hidden" name="mediaId" value={item.id} />
        <label htmlFor={`alt-${item.id}`}>Mô tả (alt)</label>
        <input id={`alt-${item.id}`} name="alt" defaultValue={item.alt ?? ''} />
        <label htmlFor={`caption-${item.id}`}>Chú thích</label>
        <input id={`caption-${item.id}`} name="caption" defaultValue={item.caption ?? ''} />
        <button type="submit" className="button button--secondary">Lưu <span className="visually-hidden">{item.originalName}</span></button>
      </form>
      <form onSubmit={del.onSubmit}>
        <FormStatus state={del.state} />
        <input type="hidden" name="mediaId" value={item.id} />
        <button type="submit" className="button button--warning">Xóa <span className="visually-hidden">{item.originalName}</span></button>
      </form>
    </li>
  );
}

export function MediaGrid({ siteId, items }: { siteId: string; items: MediaDto[] }) {
  if (items.length === 0) return <p>Thư viện chưa có tệp nào.</p>;
  return (
    <ul className="media-grid">
      {items.map((item) => (
        <MediaItem key={item.id} siteId={siteId} item={item} />
      ))}
    </ul>
  );
}
