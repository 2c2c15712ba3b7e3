import { notFound } from 'next/navigation';
import { canEditContent } from '@/modules/content/content.policy';
import { getSiteForConsole } from '@/modules/sites/sites.service';
import { requireAdmin } from '@/server/admin-context';

/** Every content console page: signed in, a member of this site, the site exists. */
export async function requireSiteEditor(siteIdParam: string) {
  const ctx = await requireAdmin();
  if (!/^[0-9a-f-]{36}$/.test(siteIdParam) || !canEditContent(ctx.actor, siteIdParam)) notFound();
  const site = await getSiteForConsole(ctx.actor, siteIdParam);
  return { ...ctx, site };
}
