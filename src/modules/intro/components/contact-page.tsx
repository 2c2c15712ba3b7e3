import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/public/language-switch';
import { INTRO_TEXT } from '../intro-labels';
import { introMetadata } from '../intro-seo';
import { getContactDirectory } from '../intro.service';
import type { PublicDirectoryEntry } from '../directory.service';
import type { PublicPerson } from '../people.service';
import { loadIntroContext, type IntroContext } from '../intro-request';
import { Facts, langOf, telHref } from './intro-parts';

const OFFICIAL_LABELS = {
  vi: { unit: 'Đơn vị', governingBody: 'Cơ quan chủ quản', responsible: 'Người chịu trách nhiệm chính', address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử' },
  en: { unit: 'Organisation', governingBody: 'Governing body', responsible: 'Person responsible for content', address: 'Address', phone: 'Telephone', email: 'E-mail' },
};

/** The unit's official contact data (C7, T5); Vietnamese-only values keep lang="vi" on an English page. */
function OfficialContact({ ctx }: { ctx: IntroContext }) {
  const { site, lang } = ctx;
  const l = OFFICIAL_LABELS[lang];
  const vi = (text: string) => <span lang={langOf('vi', lang)}>{text}</span>;
  const rows: [string, ReactNode][] = [[l.unit, <span key="n" lang={langOf(ctx.siteNameLang, lang)}>{ctx.siteName}</span>]];
  if (site.governingBody) rows.push([l.governingBody, vi(site.governingBody)]);
  if (site.responsiblePerson) rows.push([l.responsible, vi(site.responsiblePerson)]);
  if (site.address) rows.push([l.address, vi(site.address)]);
  if (site.phone) rows.push([l.phone, <a key="p" href={telHref(site.phone)}>{site.phone}</a>]);
  if (site.email) rows.push([l.email, <a key="e" href={`mailto:${site.email}`}>{site.email}</a>]);
  return <Facts rows={rows} />;
}

function personRows(p: PublicPerson, lang: 'vi' | 'en', withName: boolean): [string, ReactNode][] {
  const t = INTRO_TEXT[lang];
  const own = langOf(p.lang, lang);
  const rows: [string, ReactNode][] = [];
  if (withName) rows.push([t.name, <span key="n" lang={own}>{p.name}</span>]);
  rows.push([t.jobTitle, <span key="j" lang={own}>{p.jobTitle}</span>]);
  if (p.unit) rows.push([t.unit, <span key="u" lang={own}>{p.unit}</span>]);
  if (p.phone) rows.push([t.phone, <a key="p" href={telHref(p.phone)}>{p.phone}</a>]);
  if (p.email) rows.push([t.email, <a key="e" href={`mailto:${p.email}`}>{p.email}</a>]);
  return rows;
}

/** The official e-mail directory (C7, seed 002 Đ8.7) as a table with caption and header cells. */
export function DirectoryTable({ entries, caption, lang }: { entries: PublicDirectoryEntry[]; caption: string; lang: 'vi' | 'en' }) {
  const t = INTRO_TEXT[lang];
  return (
    <div className="table-wrap">
      <table className="directory-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.unit}</th>
            <th scope="col">{t.holder}</th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.phone}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <th scope="row" lang={langOf(e.unitLang, lang)}>
                {e.unit}
              </th>
              <td>
                {e.holder ? (
                  <>
                    <span className="cell-label">{t.holder}: </span>
                    {e.holder}
                  </>
                ) : null}
              </td>
              <td>
                <span className="cell-label">{t.email}: </span>
                <a href={`mailto:${e.email}`}>{e.email}</a>
              </td>
              <td>
                {e.phone ? (
                  <>
                    <span className="cell-label">{t.phone}: </span>
                    <a href={telHref(e.phone)}>{e.phone}</a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function contactMetadata(host: string, lang: 'vi' | 'en'): Promise<Metadata> {
  const ctx = await loadIntroContext(host, lang);
  const t = INTRO_TEXT[lang];
  return introMetadata({ title: t.contact, description: t.contactLead(ctx.siteName), url: `${ctx.origin}${ctx.prefix}/lien-he`, siteName: ctx.siteName, publisher: ctx.publisher, lang });
}

/** /lien-he and /en/lien-he (C7, C11): the unit, the person in charge of the site, contact persons, the e-mail directory. */
export async function ContactPage({ host, lang }: { host: string; lang: 'vi' | 'en' }) {
  const ctx = await loadIntroContext(host, lang);
  const t = INTRO_TEXT[lang];
  const data = await getContactDirectory({ siteId: ctx.site.id, lang });
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <h1>{t.contact}</h1>
      <LanguageSwitch href={data.hasTranslation ? (lang === 'en' ? '/lien-he' : '/en/lien-he') : null} to={lang === 'en' ? 'vi' : 'en'} />
      <p className="lead">
        {lang === 'en' ? 'Official contact information of ' : 'Thông tin liên hệ chính thức của '}
        <span lang={langOf(ctx.siteNameLang, lang)}>{ctx.siteName}</span>.
      </p>
      <section className="contact-section" aria-labelledby="lien-he-don-vi">
        <h2 id="lien-he-don-vi">{t.officialContact}</h2>
        <OfficialContact ctx={ctx} />
      </section>
      {data.siteContact ? (
        <section className="contact-section" aria-labelledby="nguoi-phu-trach">
          <h2 id="nguoi-phu-trach">{t.siteContact}</h2>
          <Facts rows={personRows(data.siteContact, lang, true)} />
        </section>
      ) : null}
      {data.others.length > 0 ? (
        <section className="contact-section" aria-labelledby="dau-moi">
          <h2 id="dau-moi">{t.otherContacts}</h2>
          <ul className="contact-list">
            {data.others.map((p) => (
              <li key={p.slug}>
                <h3 lang={langOf(p.lang, lang)}>{p.name}</h3>
                <Facts rows={personRows(p, lang, false)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.directory.length > 0 ? (
        <section className="contact-section" aria-labelledby="danh-ba">
          <h2 id="danh-ba">{t.directory}</h2>
          <DirectoryTable entries={data.directory} caption={t.directoryCaption(ctx.siteName)} lang={lang} />
        </section>
      ) : null}
    </div>
  );
}
