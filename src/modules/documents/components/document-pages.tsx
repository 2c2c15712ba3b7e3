import { PageFeedback } from '@/modules/feedback/components/page-feedback';
import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/public/pagination';
import { JsonLd } from '@/modules/seo/json-ld';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';
import { DOCUMENT_GROUPS, documentSearchQuery } from '../document-types';
import { looksLikeDocumentNumber } from '../document-number';
import { documentJsonLd, documentMetadata } from '../document-seo';
import { decodeSlug, parseSearchParams } from '../documents.schemas';
import { getDocumentSearchFacets, getPublishedDocument, searchDocuments } from '../documents.service';
import { DocumentSearchForm } from './document-search-form';
import { DocumentTable } from './document-table';
import { DOCUMENT_TEXT } from './document-text';
import { DocumentView } from './document-view';
import './documents.css';

type Lang = 'vi' | 'en';
export type SearchParams = Record<string, string | string[] | undefined>;

export function documentIndexMetadata(searchParams: SearchParams, lang: Lang): Metadata {
  const { filter } = parseSearchParams(searchParams, lang);
  const t = DOCUMENT_TEXT[lang];
  const title = filter.group ? DOCUMENT_GROUPS[filter.group][lang] : t.title;
  return { title, description: t.intro };
}

/** /van-ban and /en/van-ban: the search form, the results table, pagination keeping the filters. */
export async function DocumentIndexPage({ host, searchParams, lang }: { host: string; searchParams: SearchParams; lang: Lang }) {
  const site = await getRequestSite(host);
  const { filter, page } = parseSearchParams(searchParams, lang);
  const t = DOCUMENT_TEXT[lang];
  const [result, facets] = await Promise.all([searchDocuments({ siteId: site.id, filter, page }), getDocumentSearchFacets({ siteId: site.id, lang, group: filter.group })]);
  const filtered = Boolean(filter.q || filter.type || filter.field || filter.issuer || filter.year || filter.status);
  const noExact = filter.q && result.numberKey && looksLikeDocumentNumber(filter.q) && !result.items.some((d) => d.exactNumber) && page === 1;
  const heading = filter.group ? DOCUMENT_GROUPS[filter.group][lang] : t.title;
  return (
    <div className="documents" lang={lang === 'en' ? 'en' : undefined}>
      <h1>{heading}</h1>
      <p className="lead">{t.intro}</p>
      {filter.group ? (
        <p>
          <a href={t.base}>{t.allDocuments}</a>
        </p>
      ) : null}
      <DocumentSearchForm filter={filter} facets={facets} t={t} />
      <section aria-labelledby="ket-qua-van-ban">
        <h2 id="ket-qua-van-ban">{t.results}</h2>
        {noExact ? <p className="doc-notice">{t.noExact(filter.q!)}</p> : null}
        {result.total === 0 ? (
          <div className="doc-empty">
            <p>
              <strong>{filtered ? t.empty : t.none}</strong>
            </p>
            {filtered ? (
              <p>
                {t.emptyHint} <a href={`${t.base}${filter.group ? `?nhom=${filter.group}` : ''}`}>{t.clear}</a>
              </p>
            ) : null}
          </div>
        ) : (
          <>
            <p>{t.found(result.total)}</p>
            <DocumentTable items={result.items} t={t} caption={t.caption} />
          </>
        )}
      </section>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(p) => `${t.base}${documentSearchQuery(filter, p)}`} lang={lang} />
    </div>
  );
}

/** Once per request: the page and its metadata share one load (primitive arguments, so `cache` hits). */
const loadDocument = cache(async (host: string, slug: string, lang: Lang) => {
  const site = await getRequestSite(host);
  const decoded = decodeSlug(slug);
  const doc = decoded ? await getPublishedDocument({ siteId: site.id, slug: decoded, lang }) : null;
  if (!doc) notFound();
  const origin = (await originResolver())(site.host);
  return { site, doc, origin, url: `${origin}${DOCUMENT_TEXT[lang].base}/${doc.slug}` };
});

export async function documentPageMetadata(host: string, slug: string, lang: Lang): Promise<Metadata> {
  const { site, doc, url } = await loadDocument(host, slug, lang);
  return documentMetadata(doc, { url, siteName: site.name, publisher: site.governingBody ?? site.name });
}

export async function DocumentDetailPage({ host, slug, lang }: { host: string; slug: string; lang: Lang }) {
  const { site, doc, origin, url } = await loadDocument(host, slug, lang);
  return (
    <>
      <JsonLd data={documentJsonLd(doc, { url, origin, publisher: site.governingBody ?? site.name })} />
      <DocumentView doc={doc} />
      {lang === 'vi' ? <PageFeedback path={`/van-ban/${doc.slug}`} /> : null}
    </>
  );
}
