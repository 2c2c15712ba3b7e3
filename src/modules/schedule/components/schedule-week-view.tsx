import type { ScheduleEntryDto, ScheduleWeek } from '../schedule.service';
import './schedule.css';

const T = {
  vi: { time: 'Thời gian', allDay: 'Cả ngày', leader: 'Lãnh đạo', content: 'Nội dung', place: 'Địa điểm', participants: 'Thành phần', preparedBy: 'Chuẩn bị', none: 'Không có lịch công tác.', today: 'Hôm nay' },
  en: { time: 'Time', allDay: 'All day', leader: 'Leader', content: 'Activity', place: 'Venue', participants: 'Participants', preparedBy: 'Prepared by', none: 'No activities.', today: 'Today' },
};

export function entryTime(e: Pick<ScheduleEntryDto, 'date' | 'startTime' | 'endTime'>, lang: 'vi' | 'en') {
  if (!e.startTime) return <>{T[lang].allDay}</>;
  return (
    <>
      <time dateTime={`${e.date}T${e.startTime}`}>{e.startTime}</time>
      {e.endTime ? (
        <>
          {' – '}
          <time dateTime={`${e.date}T${e.endTime}`}>{e.endTime}</time>
        </>
      ) : null}
    </>
  );
}

/**
 * One week of the leaders' schedule (C4), a heading per day and a definition list per entry: it
 * reads in order with a screen reader and needs no horizontal scrolling at 320 px, where a
 * six-column table would.
 */
export function ScheduleWeekView({ week, lang, today }: { week: ScheduleWeek; lang: 'vi' | 'en'; today: string }) {
  const t = T[lang];
  // Weekends appear only when something is planned on them.
  const days = week.days.filter((d, i) => i < 5 || d.entries.length > 0);
  return (
    <div className="schedule">
      {days.map((day) => {
        const id = `ngay-${day.date}`;
        const isToday = day.date === today;
        return (
          <section key={day.date} className={`schedule-day${isToday ? ' schedule-day--today' : ''}`} aria-labelledby={id}>
            <h2 id={id}>
              <time dateTime={day.date}>{day.label}</time>
              {isToday ? (
                <>
                  {' '}
                  <span className="tag schedule-day__today">{t.today}</span>
                </>
              ) : null}
            </h2>
            {day.entries.length === 0 ? (
              <p className="muted">{t.none}</p>
            ) : (
              <ol className="schedule-entries">
                {day.entries.map((e) => (
                  <li key={e.id} className="schedule-entry">
                    <p className="schedule-entry__time">
                      <span className="visually-hidden">{t.time}: </span>
                      {entryTime(e, lang)}
                    </p>
                    <dl className="schedule-entry__facts">
                      <dt>{t.content}</dt>
                      <dd className="schedule-entry__content">{e.content}</dd>
                      <dt>{t.leader}</dt>
                      <dd>{e.leader}</dd>
                      {e.place ? (
                        <>
                          <dt>{t.place}</dt>
                          <dd>{e.place}</dd>
                        </>
                      ) : null}
                      {e.participants ? (
                        <>
                          <dt>{t.participants}</dt>
                          <dd>{e.participants}</dd>
                        </>
                      ) : null}
                      {e.preparedBy ? (
                        <>
                          <dt>{t.preparedBy}</dt>
                          <dd>{e.preparedBy}</dd>
                        </>
                      ) : null}
                    </dl>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
