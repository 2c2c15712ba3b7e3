import type { SiteRoleName } from '@/modules/users/roles';

/** Who performs a use case: a signed-in person, or the command line (platform level). */
export type Actor = {
  userId: string | null;
  label: string;
  isPlatformAdmin: boolean;
  memberships: { siteId: string; role: SiteRoleName }[];
  ip?: string | null;
};

export const CLI_ACTOR: Actor = {
  userId: null,
  label: 'dòng lệnh (cli)',
  isPlatformAdmin: true,
  memberships: [],
};
