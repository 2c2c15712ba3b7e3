import type { Metadata } from 'next';
import { detailMetadata } from '@/modules/seo/metadata';
import { mediaVariantUrl } from '@/modules/media/media-url';
import type { PublicPerson } from './people.service';

type SiteFacts = {
  name: string;
  nameEn: string | null;
  governingBody: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
};

/** The organisation a site speaks for: its governing body when recorded, else the site's own name. */
export function organisationName(site: SiteFacts, lang: 'vi' | 'en'): string {
  return lang === 'en' && site.nameEn ? site.nameEn : (site.governingBody ?? site.name);
}

/** schema.org GovernmentOrganization for a site's introduction page (X1). */
export function organisationJsonLd(site: SiteFacts, ctx: { origin: string; lang: 'vi' | 'en'; parent: { name: string; url: string } | null; leaders: PublicPerson[] }) {
  const name = site.governingBody ?? site.name;
  const alternateName = [site.name, site.nameEn].filter((n): n is string => !!n && n !== name);
  return {
    '@type': 'GovernmentOrganization',
    name,
    ...(alternateName.length ? { alternateName } : {}),
    url: `${ctx.origin}/`,
    ...(site.address ? { address: { '@type': 'PostalAddress', streetAddress: site.address, addressCountry: 'VN' } } : {}),
    ...(site.phone ? { telephone: site.phone } : {}),
    ...(site.email ? { email: site.email } : {}),
    ...(ctx.parent ? { parentOrganization: { '@type': 'GovernmentOrganization', name: ctx.parent.name, url: ctx.parent.url } } : {}),
    ...(ctx.leaders.length
      ? { employee: ctx.leaders.map((p) => ({ '@type': 'Person', name: p.name, jobTitle: p.jobTitle, url: `${ctx.origin}${p.profilePath}` })) }
      : {}),
  };
}

/** schema.org Person for a leader's profile (X1): officials' public contacts only. */
export function personJsonLd(person: PublicPerson, ctx: { url: string; origin: string; organisation: string }) {
  return {
    '@type': 'Person',
    name: person.name,
    jobTitle: person.jobTitle,
    url: ctx.url,
    ...(person.phone ? { telephone: person.phone } : {}),
    ...(person.email ? { email: person.email } : {}),
    ...(person.photo ? { image: `${ctx.origin}${mediaVariantUrl(person.photo, 640)}` } : {}),
    ...(person.duties ? { description: person.duties } : {}),
    worksFor: { '@type': 'GovernmentOrganization', name: ctx.organisation, url: `${ctx.origin}/` },
  };
}

/** Open Graph + Dublin Core for the introduction, leadership and contact pages (X1). */
export function introMetadata(input: {
  title: string;
  description: string;
  url: string;
  siteName: string;
  publisher: string;
  lang: 'vi' | 'en';
  publishedAt?: string | null;
  modifiedAt?: string | null;
  subject?: string | null;
  image?: string | null;
  alternate?: { lang: 'vi' | 'en'; url: string } | null;
}): Metadata {
  const base = detailMetadata({
    title: `${input.title} – ${input.siteName}`,
    description: input.description,
    url: input.url,
    siteName: input.siteName,
    publisher: input.publisher,
    type: input.publishedAt ? 'article' : 'website',
    publishedAt: input.publishedAt,
    modifiedAt: input.modifiedAt,
    lang: input.lang,
    subject: input.subject,
    image: input.image,
  });
  if (!input.alternate) return base;
  return { ...base, alternates: { ...base.alternates, languages: { [input.alternate.lang]: input.alternate.url } } };
}
