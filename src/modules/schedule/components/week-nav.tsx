import type { ScheduleWeek } from '../schedule.service';
import './schedule.css';

const T = {
  vi: { nav: 'Chọn tuần', prev: 'Tuần trước', current: 'Tuần này', next: 'Tuần sau', pick: 'Xem tuần', pickHint: 'Dạng năm-W-số tuần, ví dụ', go: 'Xem' },
  en: { nav: 'Choose a week', prev: 'Previous week', current: 'This week', next: 'Next week', pick: 'Show week', pickHint: 'Year-W-week number, for example', go: 'Show' },
};

/** Previous / this / next week as plain links (`?tuan=2026-W48`), and a week picker that works without JavaScript. */
export function WeekNav({ week, basePath, lang, isCurrent, currentWeek }: { week: Pick<ScheduleWeek, 'week' | 'previous' | 'next'>; basePath: string; lang: 'vi' | 'en'; isCurrent: boolean; currentWeek: string }) {
  const t = T[lang];
  return (
    <div className="week-nav">
      <nav aria-label={t.nav}>
        <ul>
          <li>
            <a href={`${basePath}?tuan=${week.previous}`} rel="prev">
              ← {t.prev}
            </a>
          </li>
          {!isCurrent ? (
            <li>
              <a href={basePath}>{t.current}</a>
            </li>
          ) : null}
          <li>
            <a href={`${basePath}?tuan=${week.next}`} rel="next">
              {t.next} →
            </a>
          </li>
        </ul>
      </nav>
      <form method="get" action={basePath} className="week-nav__picker">
        <label htmlFor="chon-tuan">{t.pick}</label>
        <span className="hint" id="chon-tuan-hint">
          {t.pickHint} {currentWeek}
        </span>
        <span className="week-nav__row">
          <input type="week" id="chon-tuan" name="tuan" defaultValue={week.week} aria-describedby="chon-tuan-hint" />
          <button type="submit" className="button button--secondary">
            {t.go}
          </button>
        </span>
      </form>
    </div>
  );
}
