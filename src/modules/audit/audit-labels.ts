import { STATE_LABELS, WORKFLOW, type WorkflowAction, type WorkflowState } from '@/modules/workflow/transitions';

/** Content and board entities; platform actions (site.*, user.*, domain.*) keep their codes. */
const ENTITY_LABELS: Record<string, string> = {
  article: 'Bài viết',
  document: 'Văn bản',
  page: 'Trang giới thiệu',
  person: 'Lãnh đạo',
  project: 'Dự án',
  gallery: 'Thư viện',
  schedule: 'Lịch công tác',
  service: 'Thủ tục',
  royalty: 'Nhuận bút',
  board: 'Ban biên tập',
  media: 'Thư viện tệp',
  link: 'Liên kết',
  'link-group': 'Nhóm liên kết',
  banner: 'Banner',
};

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
  update: 'Sửa',
  publish: 'Đăng',
  upload: 'Tải lên',
  remove: 'Gỡ',
};

/** "article.approve" → "Bài viết: Duyệt và đăng" for the audit page (O4); unknown actions stay as they are. */
export function auditActionLabel(action: string): string {
  const [entity = '', verb = ''] = action.split('.');
  const what = ENTITY_LABELS[entity];
  const how = auditStepLabel(action);
  return what && how ? `${what}: ${how}` : action;
}

/** The step alone ("Duyệt và đăng"), for an item's own history where the type is known; null when unknown. */
export function auditStepLabel(action: string): string | null {
  const verb = action.split('.').slice(1).join('.');
  return (Object.hasOwn(WORKFLOW, verb) ? WORKFLOW[verb as WorkflowAction].label : null) ?? (Object.hasOwn(OTHER_LABELS, verb) ? OTHER_LABELS[verb]! : null);
}

const stateLabel = (s: unknown) => (typeof s === 'string' && s ? (STATE_LABELS[s as WorkflowState] ?? s) : null);

/** The from state, to state and reason of a workflow step, read from the entry's before/after JSON. */
export function auditTransition(before: unknown, after: unknown): { from: string | null; to: string | null; reason: string | null } {
  const b = (before && typeof before === 'object' ? before : {}) as { state?: unknown };
  const a = (after && typeof after === 'object' ? after : {}) as { state?: unknown; reason?: unknown };
  return { from: stateLabel(b.state), to: stateLabel(a.state), reason: typeof a.reason === 'string' && a.reason ? a.reason : null };
}

/** "Chờ duyệt → Đã đăng · lý do: …" when an entry is a workflow step. */
export function auditTransitionSummary(before: unknown, after: unknown): string | null {
  const t = auditTransition(before, after);
  if (!t.from && !t.to) return null;
  return `${t.from ?? '—'} → ${t.to ?? '—'}${t.reason ? ` · lý do: ${t.reason}` : ''}`;
}
