import { Fragment, type ReactNode } from 'react';
import { LanguageSwitch } from '@/components/public/language-switch';
import { documentTitle } from '../document-seo';
import { fileFormatLabel, formatFileSize } from '@/modules/media/file-type';
import type { DocumentDetail, DocumentLink } from '../documents.service';
import { DOCUMENT_TEXT } from './document-text';
import { LegalStatusTag, formatDocDate } from './document-table';

function LinkList({ id, title, items, base }: { id: string; title: string; items: DocumentLink[]; base: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="document__section">
      <h2 id={id}>{title}</h2>
      <ul className="doc-links">
        {items.map((l) => (
          <li key={l.slug}>
            <a href={`${base}/${l.slug}`}>{documentTitle(l)}</a>
            <span className="doc-links__summary">{l.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One document as citizens read it (C3): every field, legal status, files to download, links. */
export function DocumentView({ doc }: { doc: DocumentDetail }) {
  const lang = doc.lang;
  const t = DOCUMENT_TEXT[lang];
  const other = DOCUMENT_TEXT[lang === 'en' ? 'vi' : 'en'];
  const date = (d: string | null) => (d ? <time dateTime={d}>{formatDocDate(d, lang)}</time> : null);
  const facts: [string, ReactNode][] = [
    [t.number, doc.number],
    [t.type, doc.typeLabel],
    [t.issuer, doc.issuer],
    [t.signer, doc.signer],
    [t.issuedAt, date(doc.issuedAt)],
    [t.effectiveAt, date(doc.effectiveAt)],
    [t.expiresAt, date(doc.expiresAt)],
    [t.field, doc.field],
  ];
  return (
    <article className="document" lang={lang === 'en' ? 'en' : undefined}>
      <nav className="breadcrumbs" aria-label={lang === 'en' ? 'Breadcrumb' : 'Đường dẫn'}>
        <ol>
          <li>
            <a href="/">{t.home}</a>
          </li>
          <li>
            <a href={t.base}>{t.title}</a>
          </li>
          <li aria-current="page">{doc.number}</li>
        </ol>
      </nav>
      <h1>{documentTitle(doc)}</h1>
      <LanguageSwitch href={doc.translation ? `${other.base}/${doc.translation.slug}` : null} to={lang === 'en' ? 'vi' : 'en'} />
      <p className="lead document__summary">{doc.summary}</p>
      <p className="document__status">
        <span className="visually-hidden">{t.status}: </span>
        <LegalStatusTag status={doc.status} label={doc.statusLabel} />
        {doc.replacedBy ? (
          <span className="document__replaced">
            {t.replacedBy} <a href={`${t.base}/${doc.replacedBy.slug}`}>{documentTitle(doc.replacedBy)}</a>
          </span>
        ) : null}
      </p>
      <section aria-labelledby="thong-tin-van-ban" className="document__section">
        <h2 id="thong-tin-van-ban">{t.info}</h2>
        <dl className="facts">
          {facts
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <Fragment key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </Fragment>
            ))}
          <dt>{t.status}</dt>
          <dd>{doc.statusLabel}</dd>
        </dl>
      </section>
      <section aria-labelledby="tep-dinh-kem" className="document__section">
        <h2 id="tep-dinh-kem">{t.files}</h2>
        {doc.files.length === 0 ? (
          <p>{t.noFiles}</p>
        ) : (
          <>
          <p className="muted">{t.download}</p>
          <ul className="file-list">
            {doc.files.map((f) => (
              <li key={f.id}>
                <a href={f.url} download={f.fileName}>
                  {f.name}
                </a>{' '}
                <span className="file-list__meta">
                  ({fileFormatLabel(f.mimeType, f.fileName)}, {formatFileSize(f.size, lang)})
                </span>
              </li>
            ))}
          </ul>
          </>
        )}
      </section>
      {doc.bodyHtml ? (
        <section aria-labelledby="noi-dung-van-ban" className="document__section">
          <h2 id="noi-dung-van-ban">{t.body}</h2>
          <div className="article__body" dangerouslySetInnerHTML={{ __html: doc.bodyHtml }} />
        </section>
      ) : null}
      <LinkList id="van-ban-duoc-thay-the" title={t.replaces} items={doc.replaces} base={t.base} />
      <LinkList id="van-ban-lien-quan" title={t.related} items={doc.related} base={t.base} />
      <p className="document__back">
        <a href={t.base}>← {t.back}</a>
      </p>
    </article>
  );
}
