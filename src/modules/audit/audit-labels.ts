import { STATE_LABELS, WORKFLOW, type WorkflowAction, type WorkflowState } from '@/modules/workflow/transitions';

const ENTITY_LABELS: Record<string, string> = { article: 'Bài viết', document: 'Văn bản', page: 'Trang giới thiệu', person: 'Lãnh đạo', project: 'Dự án', gallery: 'Thư viện', schedule: 'Lịch công tác', service: 'Thủ tục' };

const OTHER_LABELS: Record<string, string> = {
  save: 'Lưu phiên bản',
  create: 'Tạo mới',
  import: 'Nhập dữ liệu đã duyệt',
  delete: 'Xóa',
  'take-over': 'Tiếp quản việc sửa',
  propose: 'Đề xuất lên cổng cấp trên',
  'proposal-received': 'Nhận đề xuất từ trang thành phần',
  'schedule-failed': 'Đăng/gỡ theo lịch không thành công',
  grade: 'Chấm nhuận bút',
  delegation: 'Ủy quyền duyệt bài',
  categories: 'Phân công chuyên mục',
};

/** "article.approve" → "Bài viết: Duyệt và đăng" for the audit page (O4); unknown actions stay as they are. */
export function auditActionLabel(action: string): string {
  const [entity = '', verb = ''] = action.split('.');
  const what = entity === 'royalty' ? 'Nhuận bút' : entity === 'board' ? 'Ban biên tập' : ENTITY_LABELS[entity];
  const how = (WORKFLOW as Record<string, { label: string }>)[verb as WorkflowAction]?.label ?? OTHER_LABELS[verb];
  return what && how ? `${what}: ${how}` : action;
}

/** "Chờ duyệt → Đã đăng · lý do: …" when an entry is a workflow step. */
export function auditTransitionSummary(before: unknown, after: unknown): string | null {
  const b = (before ?? {}) as { state?: string };
  const a = (after ?? {}) as { state?: string; reason?: string };
  if (!b.state && !a.state) return null;
  const label = (s?: string) => (s ? (STATE_LABELS[s as WorkflowState] ?? s) : '—');
  return `${label(b.state)} → ${label(a.state)}${a.reason ? ` · lý do: ${a.reason}` : ''}`;
}
