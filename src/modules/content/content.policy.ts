import type { Actor } from '@/server/actor';

/**
 * Who may touch a site's content (E1). Platform administrators manage sites, not content.
 * Until the editorial workflow (issue 4) lands, the site's super-admin and the board (head, deputy)
 * publish directly; editors and contributors write drafts.
 */
export function canEditContent(actor: Actor, siteId: string): boolean {
  return actor.memberships.some((m) => m.siteId === siteId);
}

export function canPublishContent(actor: Actor, siteId: string): boolean {
  return actor.memberships.some((m) => m.siteId === siteId && (m.role === 'SUPER_ADMIN' || m.role === 'BOARD_HEAD' || m.role === 'BOARD_DEPUTY'));
}

/** Site settings that shape content (categories, menus, links, banners): super-admin and board head. */
export function canManageSiteStructure(actor: Actor, siteId: string): boolean {
  return actor.memberships.some((m) => m.siteId === siteId && (m.role === 'SUPER_ADMIN' || m.role === 'BOARD_HEAD'));
}
