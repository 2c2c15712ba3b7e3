import type { Metadata } from 'next';
import { LanguageSwitch } from '@/components/public/language-switch';
import { JsonLd } from '@/modules/seo/json-ld';
import { INTRO_TEXT, PAGE_KIND_LABELS } from '../intro-labels';
import { introMetadata, organisationJsonLd } from '../intro-seo';
import { getIntroIndex } from '../intro.service';
import { loadIntroContext, parentOrganisation } from '../intro-request';
import { Breadcrumbs, PersonPhoto, langOf } from './intro-parts';

/** "a, b và c" / "a, b and c". */
function listWords(words: string[], and: string): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

export async function introIndexMetadata(host: string, lang: 'vi' | 'en'): Promise<Metadata> {
  const ctx = await loadIntroContext(host, lang);
  const t = INTRO_TEXT[lang];
  return introMetadata({
    title: t.intro,
    description: t.introLead,
    url: `${ctx.origin}${ctx.prefix}/gioi-thieu`,
    siteName: ctx.siteName,
    publisher: ctx.publisher,
    lang,
  });
}

/** /gioi-thieu and /en/gioi-thieu (C2, C11): pages grouped by kind, the leadership, the way to contacts. */
export async function IntroIndexPage({ host, lang }: { host: string; lang: 'vi' | 'en' }) {
  const ctx = await loadIntroContext(host, lang);
  const t = INTRO_TEXT[lang];
  const [index, parent] = await Promise.all([getIntroIndex({ siteId: ctx.site.id, lang }), parentOrganisation(ctx)]);
  const other = lang === 'en' ? 'vi' : 'en';
  const topics = listWords(
    [...index.groups.map((g) => PAGE_KIND_LABELS[lang][g.kind]), ...(index.leaders.length ? [t.leadership] : [])].map((w) => w.toLocaleLowerCase(lang)),
    t.and,
  );
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <JsonLd data={organisationJsonLd(ctx.site, { origin: ctx.origin, lang, parent, leaders: index.leaders })} />
      <Breadcrumbs lang={lang} items={[{ label: t.intro }]} />
      <h1>{t.intro}</h1>
      <LanguageSwitch href={index.hasTranslation ? (other === 'en' ? '/en/gioi-thieu' : '/gioi-thieu') : null} to={other} />
      <p className="lead">
        {t.about} <span lang={langOf(ctx.orgLang, lang)}>{ctx.orgName}</span>
        {topics.length ? `: ${topics}` : ''}.
      </p>
      {index.groups.length === 0 ? (
        <p>{t.noPages}</p>
      ) : (
        <div className="intro-groups">
          {index.groups.map((g) => (
            <section key={g.kind} className="panel" aria-labelledby={`nhom-${g.kind.toLowerCase()}`}>
              <h2 id={`nhom-${g.kind.toLowerCase()}`}>{PAGE_KIND_LABELS[lang][g.kind]}</h2>
              <ul className="intro-links">
                {g.pages.map((p) => (
                  <li key={p.slug}>
                    <a href={`${ctx.prefix}/gioi-thieu/${p.slug}`}>{p.title}</a>
                    {p.excerpt ? <p>{p.excerpt}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      <section aria-labelledby="lanh-dao">
        <h2 id="lanh-dao">{t.leadership}</h2>
        {index.leaders.length === 0 ? (
          <p>{t.noLeaders}</p>
        ) : (
          <>
            <ul className="people-grid">
              {index.leaders.map((p) => (
                <li key={p.slug}>
                  <div className="person-card">
                    <PersonPhoto photo={p.photo} alt="" sizes="4.5rem" />
                    <div lang={langOf(p.lang, lang)}>
                      <h3>
                        <a href={p.profilePath}>{p.name}</a>
                      </h3>
                      <p>{p.jobTitle}</p>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
            <p>
              <a href={`${ctx.prefix}/gioi-thieu/lanh-dao`}>{t.allLeaders}</a>
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="lien-he">
        <h2 id="lien-he">{t.contact}</h2>
        <p>
          <a href={`${ctx.prefix}/lien-he`}>{t.contactLink}</a>
        </p>
      </section>
    </div>
  );
}
