import type { SiteRoleName } from '@/modules/users/roles';

/** Demo accounts of the demo province (README lists them). Never created in production unless asked. */
export const DEMO_PASSWORD = 'CongSo@2026';

const ROLE_LOCAL: Record<SiteRoleName, string> = {
  SUPER_ADMIN: 'quantri',
  BOARD_HEAD: 'truongban',
  BOARD_DEPUTY: 'phoban',
  EDITOR: 'bientap',
  CONTRIBUTOR: 'congtacvien',
};

export function demoEmail(siteKey: string, role?: SiteRoleName): string {
  if (siteKey === 'platform') return 'admin@khanhhoa.gov.vn';
  const domain = siteKey === 'root' ? 'khanhhoa.gov.vn' : `${siteKey}.khanhhoa.gov.vn`;
  return `${ROLE_LOCAL[role ?? 'SUPER_ADMIN']}@${domain}`;
}
