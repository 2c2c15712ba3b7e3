import { PHASE_LABELS, PHASE_SLUGS, PROJECT_PHASES, PROJECT_TYPES, TYPE_LABELS, TYPE_SLUGS, formatBudget, type ProjectPhaseName, type ProjectTypeName } from '../project-labels';
import type { ProjectSummary } from '../projects.service';
import { PROJECT_TEXT, projectDuration } from './project-view';
import './projects.css';

/** Projects as a list of cards: name, type and phase, then the facts a reader compares (C6). */
export function ProjectList({ items, basePath }: { items: ProjectSummary[]; basePath: string }) {
  return (
    <ul className="project-list">
      {items.map((p) => {
        const t = PROJECT_TEXT[p.lang];
        const duration = projectDuration(p);
        return (
          <li key={p.slug}>
            <h2>
              <a href={`${basePath}/${p.slug}`}>{p.name}</a>
            </h2>
            <p className="project__badges">
              <span className="tag project-tag">{TYPE_LABELS[p.lang][p.type]}</span>
              <span className={`tag project-phase project-phase--${p.phase.toLowerCase().replace('_', '-')}`}>{PHASE_LABELS[p.lang][p.phase]}</span>
            </p>
            <p className="project-list__objective">{p.objective.length > 260 ? `${p.objective.slice(0, 257).trimEnd()}…` : p.objective}</p>
            <dl className="project-facts project-facts--compact">
              {p.field ? (
                <>
                  <dt>{t.field}</dt>
                  <dd>{p.field}</dd>
                </>
              ) : null}
              {p.sponsor ? (
                <>
                  <dt>{t.sponsor}</dt>
                  <dd>{p.sponsor}</dd>
                </>
              ) : null}
              {p.budget ? (
                <>
                  <dt>{t.budget}</dt>
                  <dd>{formatBudget(p.budget, p.lang)}</dd>
                </>
              ) : null}
              {duration ? (
                <>
                  <dt>{t.duration}</dt>
                  <dd>{duration}</dd>
                </>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}

const F = {
  vi: { legend: 'Lọc dự án', type: 'Loại', phase: 'Giai đoạn', field: 'Lĩnh vực', all: 'Tất cả', submit: 'Lọc', reset: 'Bỏ lọc' },
  en: { legend: 'Filter projects', type: 'Type', phase: 'Status', field: 'Field', all: 'All', submit: 'Filter', reset: 'Clear filters' },
};

/** GET form with plain selects: filtering works without JavaScript and gives shareable URLs. */
export function ProjectFilters(props: { basePath: string; lang: 'vi' | 'en'; fields: string[]; type?: ProjectTypeName; phase?: ProjectPhaseName; field?: string }) {
  const t = F[props.lang];
  const active = Boolean(props.type || props.phase || props.field);
  return (
    <form method="get" action={props.basePath} className="project-filters" aria-labelledby="loc-du-an">
      <h2 id="loc-du-an" className="visually-hidden">
        {t.legend}
      </h2>
      <div className="project-filters__fields">
        <div className="form-group">
          <label htmlFor="loc-loai">{t.type}</label>
          <select id="loc-loai" name="loai" defaultValue={props.type ? TYPE_SLUGS[props.type] : ''}>
            <option value="">{t.all}</option>
            {PROJECT_TYPES.map((x) => (
              <option key={x} value={TYPE_SLUGS[x]}>
                {TYPE_LABELS[props.lang][x]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor="loc-giai-doan">{t.phase}</label>
          <select id="loc-giai-doan" name="giai-doan" defaultValue={props.phase ? PHASE_SLUGS[props.phase] : ''}>
            <option value="">{t.all}</option>
            {PROJECT_PHASES.map((x) => (
              <option key={x} value={PHASE_SLUGS[x]}>
                {PHASE_LABELS[props.lang][x]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor="loc-linh-vuc">{t.field}</label>
          <select id="loc-linh-vuc" name="linh-vuc" defaultValue={props.field ?? ''}>
            <option value="">{t.all}</option>
            {props.fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t.submit}
        </button>
        {active ? <a href={props.basePath}>{t.reset}</a> : null}
      </div>
    </form>
  );
}
