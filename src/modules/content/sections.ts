/** The content sections of a site's console (/quan-tri/trang/<siteId>/<path>), in menu order. */
export const CONTENT_SECTIONS = [
  { path: 'tin-bai', label: 'Tin bài' },
  { path: 'chuyen-muc', label: 'Chuyên mục' },
  { path: 'van-ban', label: 'Văn bản' },
  { path: 'lich-cong-tac', label: 'Lịch công tác' },
  { path: 'du-an', label: 'Dự án, đầu tư, mua sắm' },
  { path: 'gioi-thieu', label: 'Giới thiệu' },
  { path: 'nhan-su', label: 'Lãnh đạo và người liên hệ' },
  { path: 'danh-ba', label: 'Danh bạ thư điện tử' },
  { path: 'lien-ket', label: 'Liên kết' },
  { path: 'quang-cao', label: 'Banner, quảng cáo' },
  { path: 'thu-vien', label: 'Thư viện ảnh, video' },
  { path: 'tep', label: 'Tệp và hình ảnh' },
] as const;
