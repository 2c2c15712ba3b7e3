import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';
import { getSiteById } from '@/modules/sites/sites.service';
import { organisationName } from './intro-seo';

/** What every public page of this area needs: the request's site, its origin and names per language. */
export async function loadIntroContext(host: string, lang: 'vi' | 'en') {
  const site = await getRequestSite(host);
  const originFor = await originResolver();
  const origin = originFor(site.host);
  const siteName = lang === 'en' && site.nameEn ? site.nameEn : site.name;
  return {
    site,
    origin,
    originFor,
    lang,
    siteName,
    /** The language the site's name is written in (an English page shows the Vietnamese name when no English one is set). */
    siteNameLang: (lang === 'en' && !site.nameEn ? 'vi' : lang) as 'vi' | 'en',
    publisher: organisationName(site, 'vi'),
    /** The organisation's name as this page shows it, and the language it is written in. */
    orgName: organisationName(site, lang),
    orgLang: (lang === 'en' && !site.nameEn ? 'vi' : lang) as 'vi' | 'en',
    prefix: lang === 'en' ? '/en' : '',
  };
}

export type IntroContext = Awaited<ReturnType<typeof loadIntroContext>>;

/** The parent organisation for JSON-LD: its governing body and the parent site's address. */
export async function parentOrganisation(ctx: IntroContext): Promise<{ name: string; url: string } | null> {
  if (!ctx.site.parentId) return null;
  const parent = await getSiteById(ctx.site.parentId);
  if (!parent) return null;
  return { name: parent.governingBody ?? parent.name, url: `${ctx.originFor(parent.host)}/` };
}
