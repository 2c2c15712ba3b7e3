import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LanguageSwitch } from '@/components/public/language-switch';
import { JsonLd } from '@/modules/seo/json-ld';
import { mediaVariantUrl } from '@/modules/media/media-url';
import { INTRO_TEXT } from '../intro-labels';
import { introMetadata, personJsonLd } from '../intro-seo';
import { hasEnglishIntro } from '../intro.service';
import { loadIntroContext } from '../intro-request';
import { getLeaderProfile, listLeaders, type PublicPerson } from '../people.service';
import { Breadcrumbs, DutiesText, Facts, PersonPhoto, langOf, telHref } from './intro-parts';

function contactRows(p: PublicPerson, lang: 'vi' | 'en', withTitle: boolean): [string, React.ReactNode][] {
  const t = INTRO_TEXT[lang];
  const rows: [string, React.ReactNode][] = [];
  if (withTitle) rows.push([t.jobTitle, <span key="j" lang={langOf(p.lang, lang)}>{p.jobTitle}</span>]);
  if (p.unit) rows.push([t.unit, <span key="u" lang={langOf(p.lang, lang)}>{p.unit}</span>]);
  if (p.phone) rows.push([t.phone, <a key="p" href={telHref(p.phone)}>{p.phone}</a>]);
  if (p.email) rows.push([t.email, <a key="e" href={`mailto:${p.email}`}>{p.email}</a>]);
  return rows;
}

export async function leadershipMetadata(host: string, lang: 'vi' | 'en'): Promise<Metadata> {
  const ctx = await loadIntroContext(host, lang);
  const t = INTRO_TEXT[lang];
  return introMetadata({ title: t.leadership, description: t.leadershipLead, url: `${ctx.origin}${ctx.prefix}/gioi-thieu/lanh-dao`, siteName: ctx.siteName, publisher: ctx.publisher, lang });
}

/** /gioi-thieu/lanh-dao (C2): each leader with photo, position, duties, phone and e-mail. */
export async function LeadershipPage({ host, lang }: { host: string; lang: 'vi' | 'en' }) {
  const ctx = await loadIntroContext(host, lang);
  const t = INTRO_TEXT[lang];
  const [leaders, english] = await Promise.all([listLeaders({ siteId: ctx.site.id, lang }), lang === 'vi' ? hasEnglishIntro(ctx.site.id) : Promise.resolve(true)]);
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <Breadcrumbs lang={lang} items={[{ href: `${ctx.prefix}/gioi-thieu`, label: t.intro }, { label: t.leadership }]} />
      <h1>{t.leadership}</h1>
      <LanguageSwitch href={english ? (lang === 'en' ? '/gioi-thieu/lanh-dao' : '/en/gioi-thieu/lanh-dao') : null} to={lang === 'en' ? 'vi' : 'en'} />
      <p className="lead">{t.leadershipLead}</p>
      {leaders.length === 0 ? (
        <p>{t.noLeaders}</p>
      ) : (
        <ul className="leaders">
          {leaders.map((p) => (
            <li key={p.slug} className="leader">
              <PersonPhoto photo={p.photo} alt="" className="leader__photo" sizes="9rem" />
              <div lang={langOf(p.lang, lang)}>
                <h2>
                  <a href={p.profilePath}>{p.name}</a>
                </h2>
                <p className="leader__title">{p.jobTitle}</p>
                {p.duties ? (
                  <>
                    <h3>{t.duties}</h3>
                    <DutiesText text={p.duties} />
                  </>
                ) : null}
                <Facts rows={contactRows(p, lang, false)} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

async function loadProfile(host: string, slug: string, lang: 'vi' | 'en') {
  const ctx = await loadIntroContext(host, lang);
  const person = await getLeaderProfile({ siteId: ctx.site.id, slug: decodeURIComponent(slug), lang });
  if (!person) notFound();
  const url = `${ctx.origin}${person.profilePath}`;
  const alternatePath = person.translation ? `${person.translation.lang === 'en' ? '/en' : ''}/gioi-thieu/lanh-dao/${person.translation.slug}` : null;
  return { ctx, person, url, alternatePath };
}

export async function leaderProfileMetadata(host: string, slug: string, lang: 'vi' | 'en'): Promise<Metadata> {
  const { ctx, person, url, alternatePath } = await loadProfile(host, slug, lang);
  return introMetadata({
    title: person.name,
    description: `${person.name} – ${person.jobTitle}`,
    url,
    siteName: ctx.siteName,
    publisher: ctx.publisher,
    lang,
    modifiedAt: person.updatedAt,
    image: person.photo ? `${ctx.origin}${mediaVariantUrl(person.photo, 640)}` : null,
    alternate: person.translation && alternatePath ? { lang: person.translation.lang, url: `${ctx.origin}${alternatePath}` } : null,
  });
}

/** /gioi-thieu/lanh-dao/<slug>: one leader's profile with schema.org Person. */
export async function LeaderProfilePage({ host, slug, lang }: { host: string; slug: string; lang: 'vi' | 'en' }) {
  const { ctx, person, url, alternatePath } = await loadProfile(host, slug, lang);
  const t = INTRO_TEXT[lang];
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <JsonLd data={personJsonLd(person, { url, origin: ctx.origin, organisation: ctx.publisher })} />
      <Breadcrumbs
        lang={lang}
        items={[
          { href: `${ctx.prefix}/gioi-thieu`, label: t.intro },
          { href: `${ctx.prefix}/gioi-thieu/lanh-dao`, label: t.leadership },
          { label: person.name },
        ]}
      />
      <div className="profile">
        <PersonPhoto photo={person.photo} alt={t.photoOf(person.name)} className="profile__photo" sizes="13rem" />
        <div>
          <h1>{person.name}</h1>
          <LanguageSwitch href={alternatePath} to={lang === 'en' ? 'vi' : 'en'} />
          <p className="lead">{person.jobTitle}</p>
          <Facts rows={contactRows(person, lang, false)} />
          {person.duties ? (
            <section aria-labelledby="nhiem-vu" style={{ marginTop: '1.5rem' }}>
              <h2 id="nhiem-vu">{t.duties}</h2>
              <DutiesText text={person.duties} />
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
