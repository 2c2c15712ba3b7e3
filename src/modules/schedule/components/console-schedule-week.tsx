import type { Actor } from '@/server/actor';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { currentIsoWeek, formatIsoWeek, formatCalendarDateVi, parseWeekParam, sameWeek } from '../iso-week';
import { getWeekForConsole } from '../schedule.service';
import { ApproveWeekButton } from './schedule-entry-form';
import { entryTime } from './schedule-week-view';
import { WeekNav } from './week-nav';

/** The console's week view: every entry of the week, any status, with links to edit and add (C4). */
export async function ConsoleScheduleWeek(props: { actor: Actor; site: { id: string; name: string }; tuan: string | string[] | undefined; saved: boolean; approved?: number }) {
  const { actor, site, tuan, saved } = props;
  const base = `/quan-tri/trang/${site.id}/lich-cong-tac`;
  const parsed = parseWeekParam(tuan);
  const current = currentIsoWeek();
  const header = (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Lịch công tác{parsed.ok ? ` tuần ${parsed.week.week} năm ${parsed.week.year}` : ''}</h1>
    </>
  );
  if (!parsed.ok) {
    return (
      <>
        {header}
        <div className="error-summary" role="alert"><h2>Tuần không hợp lệ</h2><p>{parsed.message}</p></div>
        <p><a href={base}>Xem tuần này</a></p>
      </>
    );
  }
  const week = await getWeekForConsole(actor, site.id, parsed.week);
  const waiting = Object.values(week.working).filter((w) => w.waitingApproval).length;
  // Shown to the board; the service decides again for each entry (nobody approves what they wrote).
  const board = actor.memberships.some((m) => m.siteId === site.id && (m.role === 'BOARD_HEAD' || m.role === 'BOARD_DEPUTY'));
  return (
    <>
      {header}
      <p className="lead">Từ {formatCalendarDateVi(week.from)} đến {formatCalendarDateVi(week.to)}</p>
      {saved ? <div className="notice" role="status">Đã lưu lịch công tác.</div> : null}
      {props.approved ? <div className="notice" role="status">Đã duyệt và đăng {props.approved} mục lịch của tuần {week.number}.</div> : null}
      <WeekNav week={week} basePath={base} lang="vi" isCurrent={sameWeek(parsed.week, current)} currentWeek={formatIsoWeek(current)} />
      <p><a className="button" href={`${base}/moi?ngay=${week.from}`}>Thêm lịch công tác</a></p>
      {board && waiting > 0 ? <ApproveWeekButton siteId={site.id} week={week.week} weekNumber={week.number} count={waiting} /> : null}
      {week.total === 0 ? (
        <p>Tuần này chưa có mục lịch nào.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Các mục lịch tuần {week.number} ({week.total} mục)</caption>
            <thead>
              <tr><th scope="col">Ngày</th><th scope="col">Thời gian</th><th scope="col">Nội dung</th><th scope="col">Lãnh đạo</th><th scope="col">Trạng thái</th></tr>
            </thead>
            <tbody>
              {week.days.flatMap((day) =>
                day.entries.map((e) => (
                  <tr key={e.id}>
                    <td>{day.label}</td>
                    <td>{entryTime(e, 'vi')}</td>
                    <td><a href={`${base}/${e.id}`}>{e.content}</a>{e.lang === 'en' ? ' (tiếng Anh)' : null}</td>
                    <td>{e.leader}</td>
                    <td>
                      {week.working[e.id]?.pendingVersion ? `${STATUS_LABELS[e.status]} · phiên bản mới: ${week.working[e.id]!.label}` : (week.working[e.id]?.label ?? STATUS_LABELS[e.status])}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
