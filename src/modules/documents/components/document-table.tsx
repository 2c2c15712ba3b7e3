import { formatDateEn, formatDateVi } from '@/lib/dates';
import type { LegalStatusCode } from '../document-types';
import type { DocumentSummary } from '../documents.service';
import type { DocumentText } from './document-text';

const STATUS_CLASS: Record<LegalStatusCode, string> = {
  NOT_YET_EFFECTIVE: 'legal-status legal-status--pending',
  IN_FORCE: 'legal-status legal-status--in-force',
  PARTLY_EXPIRED: 'legal-status legal-status--partly',
  EXPIRED: 'legal-status legal-status--expired',
  REPLACED: 'legal-status legal-status--replaced',
};

export function LegalStatusTag({ status, label }: { status: LegalStatusCode; label: string }) {
  return <span className={STATUS_CLASS[status]}>{label}</span>;
}

export function formatDocDate(date: string, lang: 'vi' | 'en'): string {
  return lang === 'en' ? formatDateEn(date) : formatDateVi(date);
}

/**
 * Results as a real table (số ký hiệu, ngày ban hành, trích yếu, trạng thái). Below 40rem each row
 * becomes a block with the column names before the values (documents.css), so 320 px needs no
 * sideways scrolling.
 */
export function DocumentTable({ items, t, caption }: { items: (DocumentSummary & { exactNumber?: boolean })[]; t: DocumentText; caption: string }) {
  return (
    <table className="doc-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colNumber}</th>
          <th scope="col">{t.colIssued}</th>
          <th scope="col">{t.colSummary}</th>
          <th scope="col">{t.colStatus}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.slug} className={d.exactNumber ? 'doc-table__exact' : undefined}>
            <td data-label={t.colNumber}>
              <a href={`${t.base}/${d.slug}`} className="doc-table__number">
                {d.number}
              </a>
              <span className="doc-table__type">{d.typeLabel}</span>
              {d.exactNumber ? <strong className="doc-table__match">{t.exact}</strong> : null}
            </td>
            <td data-label={t.colIssued}>
              <time dateTime={d.issuedAt}>{formatDocDate(d.issuedAt, d.lang)}</time>
            </td>
            <td data-label={t.colSummary}>{d.summary}</td>
            <td data-label={t.colStatus}>
              <LegalStatusTag status={d.status} label={d.statusLabel} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
