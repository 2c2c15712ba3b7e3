import type { ReactNode } from 'react';
import { formatDateTimeVi } from '@/lib/dates';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import type { EditorialView } from '@/modules/workflow/workflow.service';

/**
 * Where an item stands, as on the article page: what the public sees, the version under way (state, author,
 * schedule), the pending-version notice, the return or unpublish reason and a failed schedule.
 */
export function EditorialFacts(props: {
  status: string;
  publicUrl: string;
  publicTitle: string;
  editorial: Omit<EditorialView, 'data'>;
  /** "Trang", "Thông tin", "Album"… as the subject of the notices. */
  subject: string;
  extra?: ReactNode;
}) {
  const e = props.editorial;
  const published = props.status === 'PUBLISHED';
  return (
    <>
      <dl className="facts">
        <dt>Trên trang công khai</dt>
        <dd>
          {STATUS_LABELS[props.status] ?? props.status}
          {published ? <> · <a href={props.publicUrl}>Xem bản đang đăng</a></> : null}
        </dd>
        <dt>Phiên bản đang xử lý</dt>
        <dd>
          <strong>{e.stateLabel}</strong>
          {e.author ? <> · tác giả: {e.author}</> : null}
          {e.scheduledAt ? <> · đăng lúc {formatDateTimeVi(e.scheduledAt)}</> : null}
          {e.unpublishAt ? <> · tự gỡ lúc {formatDateTimeVi(e.unpublishAt)}</> : null}
        </dd>
        {props.extra}
      </dl>
      {e.pendingVersion ? (
        <p className="warning-text">{props.subject} đang đăng là bản đã duyệt trước đây («{props.publicTitle}»). Phiên bản mới dưới đây chỉ thay thế khi được duyệt.</p>
      ) : null}
      {e.note && (e.state === 'RETURNED' || e.state === 'UNPUBLISHED' || props.status === 'UNPUBLISHED') ? (
        <p className="warning-text"><strong>Lý do {e.state === 'RETURNED' ? 'trả lại' : 'gỡ'}:</strong> {e.note}</p>
      ) : null}
      {e.lastError ? (
        <p className="warning-text" role="alert"><strong>Đăng/gỡ theo lịch không thực hiện được:</strong> {e.lastError}</p>
      ) : null}
    </>
  );
}
