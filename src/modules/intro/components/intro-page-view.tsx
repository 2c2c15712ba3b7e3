import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LanguageSwitch } from '@/components/public/language-switch';
import { formatDateEn, formatDateVi } from '@/lib/dates';
import { JsonLd } from '@/modules/seo/json-ld';
import { INTRO_TEXT, PAGE_KIND_LABELS } from '../intro-labels';
import { introMetadata } from '../intro-seo';
import { loadIntroContext } from '../intro-request';
import { getIntroPage, listIntroPages } from '../pages.service';
import { Breadcrumbs } from './intro-parts';

async function loadPage(host: string, slug: string, lang: 'vi' | 'en') {
  const ctx = await loadIntroContext(host, lang);
  const page = await getIntroPage({ siteId: ctx.site.id, slug: decodeURIComponent(slug), lang });
  if (!page) notFound();
  const url = `${ctx.origin}${ctx.prefix}/gioi-thieu/${page.slug}`;
  const alternatePath = page.translation ? `${page.translation.lang === 'en' ? '/en' : ''}/gioi-thieu/${page.translation.slug}` : null;
  const alternate = page.translation && alternatePath ? { lang: page.translation.lang, url: `${ctx.origin}${alternatePath}` } : null;
  return { ctx, page, url, alternate, alternatePath };
}

export async function introPageMetadata(host: string, slug: string, lang: 'vi' | 'en'): Promise<Metadata> {
  const { ctx, page, url, alternate } = await loadPage(host, slug, lang);
  return introMetadata({
    title: page.title,
    description: page.excerpt || page.title,
    url,
    siteName: ctx.siteName,
    publisher: ctx.publisher,
    lang,
    publishedAt: page.publishedAt,
    modifiedAt: page.updatedAt,
    subject: PAGE_KIND_LABELS[lang][page.kind],
    alternate,
  });
}

/** /gioi-thieu/<slug> and /en/gioi-thieu/<slug>: one introduction page, its rich text sanitised on save. */
export async function IntroPageDetail({ host, slug, lang }: { host: string; slug: string; lang: 'vi' | 'en' }) {
  const { ctx, page, url, alternatePath } = await loadPage(host, slug, lang);
  const t = INTRO_TEXT[lang];
  const siblings = await listIntroPages({ siteId: ctx.site.id, lang });
  const base = `${ctx.prefix}/gioi-thieu`;
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <JsonLd
        data={{
          '@type': 'WebPage',
          name: page.title,
          url,
          inLanguage: lang,
          datePublished: page.publishedAt,
          dateModified: page.updatedAt,
          about: { '@type': 'GovernmentOrganization', name: ctx.publisher, url: `${ctx.origin}/` },
        }}
      />
      <Breadcrumbs lang={lang} items={[{ href: base, label: t.intro }, { label: page.title }]} />
      <div className="intro-layout">
        <article className="article">
          <h1>{page.title}</h1>
          <LanguageSwitch href={alternatePath} to={lang === 'en' ? 'vi' : 'en'} />
          <p className="meta">
            {PAGE_KIND_LABELS[lang][page.kind]} · {t.updated}: <time dateTime={page.updatedAt}>{lang === 'en' ? formatDateEn(page.updatedAt) : formatDateVi(page.updatedAt)}</time>
          </p>
          <div className="article__body" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
        </article>
        <nav className="intro-side panel" aria-labelledby="cac-trang-gioi-thieu">
          <h2 id="cac-trang-gioi-thieu">{t.sectionNav}</h2>
          <ul>
            {siblings.map((p) => (
              <li key={p.slug}>
                <a href={`${base}/${p.slug}`} aria-current={p.slug === page.slug ? 'page' : undefined}>
                  {p.title}
                </a>
              </li>
            ))}
            <li>
              <a href={`${base}/lanh-dao`}>{t.leadership}</a>
            </li>
            <li>
              <a href={`${ctx.prefix}/lien-he`}>{t.contact}</a>
            </li>
          </ul>
        </nav>
      </div>
    </div>
  );
}
