/** The content sections of a site's console (/quan-tri/trang/<siteId>/<path>), in menu order. */
export const CONTENT_SECTIONS = [
  { path: 'tin-bai', label: 'Tin bài' },
  { path: 'chuyen-muc', label: 'Chuyên mục' },
  { path: 'van-ban', label: 'Văn bản' },
  { path: 'thu-vien', label: 'Thư viện tệp' },
] as const;
