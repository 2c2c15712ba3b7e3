import type { ReactNode } from 'react';
import { formatDateTimeVi } from '@/lib/dates';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import type { EditorialView } from '@/modules/workflow/workflow.service';

/**
 * Where an item stands (E2, E3) on its console page, as on the article page: what the public sees, the working
 * version's state and author, the pending-version notice, the return or unpublish reason, a failed timed step,
 * the protection marks and the link to the revisions.
 */
export function EditorialSummary(props: {
  editorial: Omit<EditorialView, 'data'>;
  /** The row's status (what the public sees). */
  status: string;
  /** The public page, shown while the item is published. */
  publicUrl: string | null;
  /** How the approved version is called in the pending-version notice, e.g. «12/2024/QĐ-UBND». */
  publicTitle: string;
  noun: string;
  revisionsHref: string;
  facts?: ReactNode;
  links?: ReactNode;
}) {
  const e = props.editorial;
  const published = props.status === 'PUBLISHED';
  return (
    <>
      <dl className="facts">
        <dt>Trên trang công khai</dt>
        <dd>
          {STATUS_LABELS[props.status] ?? props.status}
          {published && props.publicUrl ? <> · <a href={props.publicUrl}>Xem bản đang đăng</a></> : null}
        </dd>
        <dt>Phiên bản đang xử lý</dt>
        <dd>
          <strong>{e.stateLabel}</strong>
          {e.author ? <> · tác giả: {e.author}</> : null}
          {e.scheduledAt ? <> · đăng lúc {formatDateTimeVi(e.scheduledAt)}</> : null}
          {e.unpublishAt ? <> · tự gỡ lúc {formatDateTimeVi(e.unpublishAt)}</> : null}
        </dd>
        {props.facts}
      </dl>
      {e.pendingVersion ? (
        <p className="warning-text">
          Bản đang đăng là bản đã duyệt trước đây («{props.publicTitle}»). Phiên bản mới dưới đây chỉ thay thế khi được duyệt.
        </p>
      ) : null}
      {e.note && (e.state === 'RETURNED' || e.state === 'UNPUBLISHED' || props.status === 'UNPUBLISHED') ? (
        <p className="warning-text">
          <strong>Lý do {e.state === 'RETURNED' ? 'trả lại' : 'gỡ'}:</strong> {e.note}
        </p>
      ) : null}
      {e.lastError ? (
        <p className="warning-text" role="alert">
          <strong>Đăng/gỡ theo lịch không thực hiện được:</strong> {e.lastError}
        </p>
      ) : null}
      {e.classification !== 'NONE' || e.forbiddenSubject ? (
        <p className="warning-text">
          {props.noun.charAt(0).toUpperCase() + props.noun.slice(1)} được đánh dấu {e.classification !== 'NONE' ? 'có độ mật' : 'thuộc chủ đề không được công khai'}: không bao giờ được đăng.
        </p>
      ) : null}
      <p>
        <a href={props.revisionsHref}>Lịch sử phiên bản và so sánh</a>
        {props.links}
      </p>
    </>
  );
}
