/** Per-site roles (E1) with their Vietnamese names. Shared by server and forms. */
export const SITE_ROLES = ['SUPER_ADMIN', 'BOARD_HEAD', 'BOARD_DEPUTY', 'EDITOR', 'CONTRIBUTOR'] as const;
export type SiteRoleName = (typeof SITE_ROLES)[number];

export const ROLE_LABELS: Record<SiteRoleName, string> = {
  SUPER_ADMIN: 'Quản trị cao nhất của trang',
  BOARD_HEAD: 'Trưởng ban biên tập',
  BOARD_DEPUTY: 'Phó trưởng ban biên tập',
  EDITOR: 'Biên tập viên',
  CONTRIBUTOR: 'Cộng tác viên / phóng viên',
};
