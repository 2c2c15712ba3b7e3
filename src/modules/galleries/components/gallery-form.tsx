'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { mediaVariantUrl } from '@/modules/media/media-url';
import type { ActionResult } from '@/server/action-result';
import { saveGalleryAction } from '../galleries.actions';
import type { GalleryKindName } from '../galleries.schemas';
import type { ConsoleGalleryItem, MediaChoice } from '../galleries.service';
import './gallery-console.css';

type Initial = {
  title?: string;
  description?: string | null;
  coverId?: string | null;
  lang?: string;
  status?: string;
  items?: ConsoleGalleryItem[];
};

function FieldError({ state, name }: { state: ActionResult | null; name: string }) {
  const error = state && !state.ok ? state.fields?.[name] : undefined;
  return error ? (
    <span className="error-message" id={`f-${name.replace(/\./g, '-')}-error`}>
      <span className="visually-hidden">Lỗi: </span>
      {error}
    </span>
  ) : null;
}

const thumbHeight = (m: { width?: number | null; height?: number | null }, w: number) => (m.width && m.height ? Math.round((w * m.height) / m.width) : Math.round(w * 0.5625));

function PhotoRow({ item, index, state, coverId }: { item: ConsoleGalleryItem; index: number; state: ActionResult | null; coverId: string | null }) {
  const n = index + 1;
  const media = item.media!;
  return (
    <li className="album-row">
      <img className="album-row__thumb" src={mediaVariantUrl(media, 320)} alt="" width={160} height={thumbHeight(media, 160)} loading="lazy" />
      <div className="album-row__fields">
        <p className="album-row__name">
          Ảnh {n}: {media.originalName}
        </p>
        <input type="hidden" name={`items.${index}.mediaId`} value={item.mediaId ?? ''} />
        <FieldError state={state} name={`items.${index}.mediaId`} />
        <Field name={`items.${index}.alt`} label={`Mô tả ảnh ${n} (alt)`} state={state} defaultValue={item.alt} required />
        <Field name={`items.${index}.caption`} label={`Chú thích ảnh ${n}`} state={state} defaultValue={item.caption} />
        <Field name={`items.${index}.position`} label={`Thứ tự ảnh ${n}`} state={state} defaultValue={String(n)} />
        <div className="album-row__choices">
          <span>
            <input type="radio" id={`cover-${index}`} name="coverId" value={item.mediaId ?? ''} defaultChecked={coverId === item.mediaId} />{' '}
            <label htmlFor={`cover-${index}`}>Dùng ảnh {n} làm ảnh bìa</label>
          </span>
          <span>
            <input type="checkbox" id={`remove-${index}`} name={`items.${index}.remove`} value="1" />{' '}
            <label htmlFor={`remove-${index}`}>Bỏ ảnh {n} khỏi album</label>
          </span>
        </div>
      </div>
    </li>
  );
}

function VideoRow({ item, index, state }: { item: ConsoleGalleryItem; index: number; state: ActionResult | null }) {
  const n = index + 1;
  return (
    <li className="album-row album-row--video">
      <div className="album-row__fields">
        {item.media ? (
          <>
            <p className="album-row__name">
              Video {n}: tệp {item.media.originalName}
            </p>
            <input type="hidden" name={`items.${index}.mediaId`} value={item.mediaId ?? ''} />
            <FieldError state={state} name={`items.${index}.mediaId`} />
          </>
        ) : (
          <Field name={`items.${index}.videoUrl`} label={`Địa chỉ video ${n}`} type="url" state={state} defaultValue={item.videoUrl} />
        )}
        <Field name={`items.${index}.caption`} label={`Chú thích (tên) video ${n}`} state={state} defaultValue={item.caption} required />
        <Field name={`items.${index}.position`} label={`Thứ tự video ${n}`} state={state} defaultValue={String(n)} />
        <div className="album-row__choices">
          <span>
            <input type="checkbox" id={`remove-${index}`} name={`items.${index}.remove`} value="1" />{' '}
            <label htmlFor={`remove-${index}`}>Bỏ video {n} khỏi album</label>
          </span>
        </div>
      </div>
    </li>
  );
}

function LibraryPicker({ kind, choices, state }: { kind: GalleryKindName; choices: MediaChoice[]; state: ActionResult | null }) {
  const error = state && !state.ok ? state.fields?.addMediaIds : undefined;
  return (
    <fieldset id="f-addMediaIds" className={`library-picker${error ? ' form-group--error' : ''}`} aria-describedby={error ? 'f-addMediaIds-error' : undefined}>
      <legend>{kind === 'PHOTO' ? 'Chọn ảnh có sẵn trong thư viện' : 'Chọn video có sẵn trong thư viện'}</legend>
      <FieldError state={state} name="addMediaIds" />
      {choices.length === 0 ? <p className="hint">Thư viện chưa có {kind === 'PHOTO' ? 'ảnh' : 'video'} nào khác.</p> : null}
      <ul className="library-picker__list">
        {choices.map((m) => (
          <li key={m.id}>
            <input type="checkbox" id={`add-${m.id}`} name="addMediaIds" value={m.id} />
            <label htmlFor={`add-${m.id}`}>
              {kind === 'PHOTO' ? <img src={mediaVariantUrl(m, 320)} alt="" width={120} height={thumbHeight(m, 120)} loading="lazy" /> : null}
              <span>{m.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The album editor (C10): rows with order, captions and photo descriptions (alt), the cover, photos or
 * videos added from the library or uploaded (several files at once) in the same submission, and, for
 * video albums, external video addresses.
 */
export function GalleryForm(props: {
  siteId: string;
  galleryId: string | null;
  kind: GalleryKindName;
  initial: Initial;
  images: MediaChoice[];
  videos: MediaChoice[];
  /** Offer "save and submit" (the server decides again). */
  canSubmit: boolean;
  translationOfId?: string | null;
}) {
  const { state, onSubmit, pending } = useFormAction(saveGalleryAction.bind(null, props.siteId, props.galleryId));
  const i = props.initial;
  const items = i.items ?? [];
  const inAlbum = new Set(items.map((it) => it.mediaId).filter(Boolean));
  const photo = props.kind === 'PHOTO';
  const filesError = state && !state.ok ? state.fields?.files : undefined;
  return (
    <form id="gallery-form" onSubmit={onSubmit} noValidate encType="multipart/form-data">
      <FormStatus state={state} />
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="lang" value={i.lang ?? 'vi'} />
      {props.translationOfId ? <input type="hidden" name="translationOfId" value={props.translationOfId} /> : null}
      <Field name="title" label="Tên album" state={state} defaultValue={i.title} required />
      <Field name="description" label="Mô tả album" hint="Một vài câu giới thiệu sự kiện hoặc chủ đề của album." state={state} defaultValue={i.description} multiline />

      <h2>
        {photo ? 'Ảnh trong album' : 'Video trong album'} ({items.length})
      </h2>
      {items.length === 0 ? <p>{photo ? 'Album chưa có ảnh nào.' : 'Album chưa có video nào.'}</p> : null}
      {photo && items.length > 0 ? (
        <p>
          <input type="radio" id="cover-none" name="coverId" value="" defaultChecked={!i.coverId || !inAlbum.has(i.coverId)} />{' '}
          <label htmlFor="cover-none" className="inline-label">
            Không chọn ảnh bìa (dùng ảnh đầu tiên)
          </label>
        </p>
      ) : null}
      <FieldError state={state} name="items" />
      <ol className="album-rows">
        {items.map((item, index) =>
          photo ? <PhotoRow key={item.mediaId ?? index} item={item} index={index} state={state} coverId={i.coverId ?? null} /> : <VideoRow key={item.mediaId ?? item.videoUrl ?? index} item={item} index={index} state={state} />,
        )}
      </ol>
      {!photo ? (
        <Field name="coverId" label="Ảnh bìa của album" state={state} defaultValue={i.coverId ?? ''}>
          <option value="">Không có ảnh bìa</option>
          {props.images.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </Field>
      ) : null}

      <h2>{photo ? 'Thêm ảnh' : 'Thêm video'}</h2>
      {!photo ? (
        <Field
          name="newVideoUrl"
          label="Địa chỉ video trên mạng (https://…)"
          hint="Video YouTube hoặc Vimeo phát được ngay trên trang khi người xem bấm “Phát tại đây”; địa chỉ khác hiện thành liên kết."
          type="url"
          state={state}
        />
      ) : null}
      <div className={`form-group${filesError ? ' form-group--error' : ''}`}>
        <label htmlFor="f-files">{photo ? 'Tải ảnh mới lên (chọn được nhiều ảnh; JPEG, PNG, WebP, GIF, AVIF tối đa 20 MB mỗi ảnh)' : 'Tải video MP4 lên (tối đa 50 MB mỗi tệp)'}</label>
        {filesError ? (
          <span className="error-message" id="f-files-error">
            {filesError}
          </span>
        ) : null}
        <input id="f-files" name="files" type="file" multiple accept={photo ? 'image/jpeg,image/png,image/webp,image/gif,image/avif' : 'video/mp4'} aria-describedby={filesError ? 'f-files-error' : undefined} />
      </div>
      {photo ? (
        <Field name="newAlt" label="Mô tả (alt) cho ảnh thêm mới" hint="Bắt buộc khi tải ảnh lên; dùng cả cho ảnh chọn từ thư viện chưa có mô tả. Sau khi lưu có thể sửa riêng từng ảnh." state={state} />
      ) : null}
      <Field name="newCaption" label={photo ? 'Chú thích cho ảnh thêm mới' : 'Chú thích (tên) cho video thêm mới'} state={state} />
      <details className="library-details">
        <summary>{photo ? 'Chọn ảnh có sẵn trong thư viện' : 'Chọn video có sẵn trong thư viện'}</summary>
        <LibraryPicker kind={props.kind} choices={(photo ? props.images : props.videos).filter((m) => !inAlbum.has(m.id))} state={state} />
      </details>

      <div className="button-row">
        <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
          {props.galleryId ? 'Lưu phiên bản' : 'Lưu nháp'}
        </button>
        {props.canSubmit ? (
          <button className="button" type="submit" name="intent" value="submit" disabled={pending}>
            Lưu và gửi duyệt
          </button>
        ) : null}
        {pending ? <span role="status">Đang lưu…</span> : null}
      </div>
    </form>
  );
}
