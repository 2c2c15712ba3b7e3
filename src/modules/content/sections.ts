/** The content sections of a site's console (/quan-tri/trang/<siteId>/<path>), in menu order. */
export const CONTENT_SECTIONS = [
  { path: 'tin-bai', label: 'Tin bài' },
  { path: 'chuyen-muc', label: 'Chuyên mục' },
  { path: 'van-ban', label: 'Văn bản' },
  { path: 'thu-vien', label: 'Thư viện tệp' },
  { path: 'lich-cong-tac', label: 'Lịch công tác' },
  { path: 'du-an', label: 'Dự án' },
  { path: 'dich-vu-cong', label: 'Thủ tục hành chính, dịch vụ công' },
  { path: 'gioi-thieu', label: 'Trang giới thiệu' },
  { path: 'nhan-su', label: 'Lãnh đạo và người liên hệ' },
  { path: 'danh-ba', label: 'Danh bạ thư điện tử' },
  { path: 'thu-vien-anh', label: 'Thư viện ảnh, video' },
  { path: 'lien-ket', label: 'Liên kết' },
  { path: 'banner', label: 'Banner' },
  { path: 'ban-bien-tap', label: 'Ban biên tập' },
  { path: 'nhuan-but', label: 'Nhuận bút' },
] as const;
