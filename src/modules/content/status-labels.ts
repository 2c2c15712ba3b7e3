/** Vietnamese names of the editorial states (E2). */
export const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Bản nháp',
  SUBMITTED: 'Chờ biên tập',
  REVIEWED: 'Đã biên tập',
  APPROVED: 'Đã duyệt',
  PUBLISHED: 'Đã đăng',
  RETURNED: 'Trả lại',
  SCHEDULED: 'Hẹn giờ đăng',
  UNPUBLISHED: 'Đã gỡ',
  ARCHIVED: 'Lưu trữ',
};
