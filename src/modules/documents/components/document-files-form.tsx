'use client';

import { useEffect, useRef } from 'react';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { attachDocumentFilesAction, detachDocumentFileAction } from '../documents.actions';
import { fileFormatLabel, formatFileSize } from '@/modules/media/file-type';

type FileItem = { id: string; name: string; mimeType: string; size: number; url: string };

/** One form around the list: the pressed "Gỡ" button sends its file, and the confirmation stays visible after the row is gone. */
function AttachedFiles({ siteId, documentId, files }: { siteId: string; documentId: string; files: FileItem[] }) {
  const { state, onSubmit, pending } = useFormAction(detachDocumentFileAction.bind(null, siteId, documentId));
  return (
    <form onSubmit={onSubmit}>
      <FormStatus state={state} />
      {files.length === 0 ? (
        <p>Văn bản chưa có tệp đính kèm.</p>
      ) : (
        <ul className="plain">
          {files.map((f) => (
            <li key={f.id}>
              <a href={f.url}>{f.name}</a> <span className="muted">({fileFormatLabel(f.mimeType, f.name)}, {formatFileSize(f.size)})</span> ·{' '}
              <button type="submit" name="mediaId" value={f.id} className="link-button" disabled={pending}>
                Gỡ<span className="visually-hidden"> tệp {f.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

/**
 * Attached files of the working version in the console: the list with "Gỡ", and an upload form (PDF, DOC, DOCX, XLSX).
 * Each change saves a new version; on a published document the public keeps the approved files until it is approved.
 */
export function DocumentFilesForm({ siteId, documentId, files, accept }: { siteId: string; documentId: string; files: FileItem[]; accept: string }) {
  const { state, onSubmit, pending } = useFormAction(attachDocumentFilesAction.bind(null, siteId, documentId));
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const error = state && !state.ok ? (state.fields?.files ?? state.message) : null;
  return (
    <section aria-labelledby="tep-dinh-kem" className="panel" style={{ marginBottom: '2rem' }}>
      <h2 id="tep-dinh-kem">Tệp đính kèm</h2>
      <AttachedFiles siteId={siteId} documentId={documentId} files={files} />
      <form ref={formRef} onSubmit={onSubmit} encType="multipart/form-data" style={{ marginTop: '1rem' }}>
        {state?.ok ? <FormStatus state={state} /> : null}
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <label htmlFor="f-files">Thêm tệp</label>
          <span className="hint" id="f-files-hint">
            PDF, DOC, DOCX hoặc XLSX, tối đa 50 MB mỗi tệp. Có thể chọn nhiều tệp.
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
          {pending ? 'Đang tải lên…' : 'Tải lên và đính kèm'}
        </button>
      </form>
    </section>
  );
}
