import type { Actor } from '@/server/actor';

/** Pure authorisation predicates for sites (T3, E1). */

/** Creating, suspending, archiving sites and managing domains is platform work. */
export function canManageSites(actor: Actor): boolean {
  return actor.isPlatformAdmin;
}

export function canViewSiteInConsole(actor: Actor, siteId: string): boolean {
  return actor.isPlatformAdmin || actor.memberships.some((m) => m.siteId === siteId);
}

/** Look and contact data: the platform or the site's own super-admin. */
export function canEditSiteSettings(actor: Actor, siteId: string): boolean {
  return actor.isPlatformAdmin || actor.memberships.some((m) => m.siteId === siteId && m.role === 'SUPER_ADMIN');
}
