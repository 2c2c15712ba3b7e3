import type { Actor } from '@/server/actor';
import { canEditContent, canPublishContent } from '@/modules/content/content.policy';

/**
 * Who may touch a site's procedures. The editorial rules are content.policy's (editors write drafts,
 * the board and the super-admin publish) until the workflow takes procedures over. The command line
 * (platform actor without a person) imports catalogues and figures exported by the province's systems.
 */
export function isCommandLine(actor: Actor): boolean {
  return actor.isPlatformAdmin && actor.userId === null;
}

export function canEditServices(actor: Actor, siteId: string): boolean {
  return canEditContent(actor, siteId) || isCommandLine(actor);
}

export function canPublishServices(actor: Actor, siteId: string): boolean {
  return canPublishContent(actor, siteId) || isCommandLine(actor);
}
