import { LEVEL_LABELS, LEVEL_SLUGS, SERVICE_LEVELS, type ServiceLevelName } from '../service-levels';
import type { ServiceSite, ServiceSummary } from '../services.service';
import './services.css';

export function LevelTag({ level }: { level: ServiceLevelName }) {
  return <span className={`tag service-level service-level--${level.toLowerCase()}`}>{LEVEL_LABELS[level]}</span>;
}

/**
 * The catalogue grouped by field (P1): one heading per lĩnh vực, the procedures under it. On the root
 * portal each item names its unit and links to the page on the unit's own host (P3).
 */
export function ServiceCatalogueList(props: { items: ServiceSummary[]; currentSiteId: string; originFor: (host: string) => string; showUnit: boolean }) {
  const groups = new Map<string, ServiceSummary[]>();
  for (const s of props.items) groups.set(s.field, [...(groups.get(s.field) ?? []), s]);
  return (
    <>
      {[...groups].map(([field, items], gi) => (
        <section key={field} className="service-group" aria-labelledby={`linh-vuc-${gi}`}>
          <h2 id={`linh-vuc-${gi}`}>{field}</h2>
          <ul className="service-list">
            {items.map((s) => {
              const href = `${s.site.id === props.currentSiteId ? '' : props.originFor(s.site.host)}/dich-vu-cong/${s.slug}`;
              return (
                <li key={s.id}>
                  <h3>
                    <a href={href}>{s.name}</a>
                  </h3>
                  <p className="service-meta">
                    <span>Mã thủ tục: {s.code}</span>
                    <LevelTag level={s.level} />
                    {props.showUnit ? <span>Đơn vị: {s.site.name}</span> : <span>{s.implementingBody}</span>}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

type FilterProps = {
  fields: string[];
  units: ServiceSite[];
  showUnits: boolean;
  q?: string;
  field?: string;
  level?: ServiceLevelName;
  unit?: string;
};

/** GET form: filtering works without JavaScript and every result page has a shareable address. */
export function ServiceFilters(p: FilterProps) {
  const active = Boolean(p.q || p.field || p.level || p.unit);
  const fields = p.field && !p.fields.includes(p.field) ? [p.field, ...p.fields] : p.fields;
  return (
    <form method="get" action="/dich-vu-cong" className="service-filters" role="search" aria-labelledby="tra-cuu-thu-tuc">
      <h2 id="tra-cuu-thu-tuc" className="visually-hidden">
        Tra cứu thủ tục
      </h2>
      <div className={`service-filters__fields${p.showUnits ? ' service-filters__fields--root' : ''}`}>
        <div className="form-group">
          <label htmlFor="tt-q">Tên hoặc mã thủ tục</label>
          <input type="search" id="tt-q" name="q" defaultValue={p.q ?? ''} maxLength={200} />
        </div>
        {p.showUnits ? (
          <div className="form-group">
            <label htmlFor="tt-don-vi">Đơn vị</label>
            <select id="tt-don-vi" name="don-vi" defaultValue={p.unit ?? ''}>
              <option value="">Tất cả đơn vị</option>
              {p.units.map((u) => (
                <option key={u.id} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="form-group">
          <label htmlFor="tt-linh-vuc">Lĩnh vực</label>
          <select id="tt-linh-vuc" name="linh-vuc" defaultValue={p.field ?? ''}>
            <option value="">Tất cả lĩnh vực</option>
            {fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor="tt-muc-do">Mức độ</label>
          <select id="tt-muc-do" name="muc-do" defaultValue={p.level ? LEVEL_SLUGS[p.level] : ''}>
            <option value="">Tất cả mức độ</option>
            {SERVICE_LEVELS.map((l) => (
              <option key={l} value={LEVEL_SLUGS[l]}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Tìm thủ tục
        </button>
        {active ? <a href="/dich-vu-cong">Bỏ lọc</a> : null}
      </div>
    </form>
  );
}
