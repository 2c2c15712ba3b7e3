import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { RATING_ASPECTS } from '@/modules/feedback/feedback.schemas';
import { getFeedbackSummary } from '@/modules/feedback/feedback.service';

export const metadata: Metadata = { title: 'Đánh giá trang' };

/** Results of the site rating and of "Thông tin này có hữu ích không?" (I3). */
export default async function ConsoleRatings({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const s = await getFeedbackSummary(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Đánh giá trang</h1>
      <p>{s.responses} lượt đánh giá.</p>
      <div className="table-wrap">
        <table>
          <caption>Điểm trung bình theo tiêu chí (1–5)</caption>
          <thead><tr><th scope="col">Tiêu chí</th><th scope="col">Điểm trung bình</th><th scope="col">Số lượt chấm</th></tr></thead>
          <tbody>
            {RATING_ASPECTS.map((a) => (
              <tr key={a.key}>
                <th scope="row">{a.label}</th>
                <td>{s.aspects[a.key].average?.toLocaleString('vi-VN') ?? '—'}</td>
                <td>{s.aspects[a.key].count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Thông tin này có hữu ích không?</h2>
      {s.pages.length === 0 ? (
        <p>Chưa có ý kiến nào.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Trang</th><th scope="col">Có</th><th scope="col">Không</th></tr></thead>
            <tbody>
              {s.pages.map((p) => (
                <tr key={p.path}><td>{p.path}</td><td>{p.yes}</td><td>{p.no}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
