import { DOCUMENT_GROUPS, DOCUMENT_TYPES, LEGAL_STATUSES, codeToParam } from '../document-types';
import type { DocumentFilter } from '../documents.schemas';
import type { DocumentText } from './document-text';

type Facets = { fields: string[]; issuers: string[]; years: number[] };

function Select(props: { id: string; name: string; label: string; all: string; value: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <div className="form-group">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ''}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The search tool of C3 as a plain GET form: it works without JavaScript, and the result page's
 * address holds every filter (shareable, bookmarkable, crawlable).
 */
export function DocumentSearchForm({ filter, facets, t }: { filter: DocumentFilter; facets: Facets; t: DocumentText }) {
  const lang = filter.lang;
  const types = filter.group ? DOCUMENT_TYPES.filter((x) => DOCUMENT_GROUPS[filter.group!].types.includes(x.code)) : DOCUMENT_TYPES;
  // A chosen value that no published document has any more still shows as chosen.
  const withChosen = (list: string[], chosen?: string) => (chosen && !list.includes(chosen) ? [chosen, ...list] : list);
  return (
    <form className="doc-search" method="get" action={t.base} role="search" aria-labelledby="tra-cuu-van-ban">
      <h2 id="tra-cuu-van-ban" className="doc-search__title">
        {t.searchHeading}
      </h2>
      {filter.group ? <input type="hidden" name="nhom" value={filter.group} /> : null}
      <div className="form-group doc-search__q">
        <label htmlFor="vb-q">{t.q}</label>
        <span className="hint" id="vb-q-hint">
          {t.qHint}
        </span>
        <input type="search" id="vb-q" name="q" defaultValue={filter.q ?? ''} aria-describedby="vb-q-hint" maxLength={200} />
      </div>
      <div className="doc-search__grid">
        <Select id="vb-loai" name="loai" label={t.type} all={t.allTypes} value={filter.type ? codeToParam(filter.type) : undefined} options={types.map((x) => ({ value: codeToParam(x.code), label: x[lang] }))} />
        <Select id="vb-linh-vuc" name="linh-vuc" label={t.field} all={t.allFields} value={filter.field} options={withChosen(facets.fields, filter.field).map((f) => ({ value: f, label: f }))} />
        <Select id="vb-co-quan" name="co-quan" label={t.issuer} all={t.allIssuers} value={filter.issuer} options={withChosen(facets.issuers, filter.issuer).map((f) => ({ value: f, label: f }))} />
        <Select
          id="vb-nam"
          name="nam"
          label={t.year}
          all={t.allYears}
          value={filter.year ? String(filter.year) : undefined}
          options={withChosen(facets.years.map(String), filter.year ? String(filter.year) : undefined).map((y) => ({ value: y, label: y }))}
        />
        <Select id="vb-hieu-luc" name="hieu-luc" label={t.status} all={t.allStatuses} value={filter.status ? codeToParam(filter.status) : undefined} options={LEGAL_STATUSES.map((s) => ({ value: codeToParam(s.code), label: s[lang] }))} />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t.submit}
        </button>
        <a href={`${t.base}${filter.group ? `?nhom=${filter.group}` : ''}`}>{t.clear}</a>
      </div>
    </form>
  );
}
