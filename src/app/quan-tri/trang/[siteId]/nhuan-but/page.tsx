import type { Metadata } from 'next';
import { formatDateTimeVi } from '@/lib/dates';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { GradeForm } from '@/modules/royalties/components/grade-form';
import { getGradingForm, royaltyStatement } from '@/modules/royalties/royalties.service';
import { isAppError } from '@/server/errors';

export const metadata: Metadata = { title: 'Nhuận bút' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ nam?: string; thang?: string; bai?: string }> };

function vnNow() {
  const d = new Date(Date.now() + 7 * 3600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** E7: grading published works and the monthly/yearly statements of the site, with CSV and XLSX downloads. */
export default async function Royalties({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const sp = await searchParams;
  const now = vnNow();
  const year = Number(sp.nam) || now.year;
  const month = sp.thang === 'ca-nam' ? undefined : Number(sp.thang) || (sp.nam ? undefined : now.month);
  let statement;
  let grading = null;
  let gradingError: string | null = null;
  try {
    statement = await royaltyStatement(actor, site.id, { year, month });
    if (sp.bai) {
      grading = /^[0-9a-f-]{36}$/.test(sp.bai) ? await getGradingForm(actor, site.id, sp.bai).catch((e) => (isAppError(e) ? ((gradingError = e.message), null) : Promise.reject(e))) : null;
      if (!grading && !gradingError) gradingError = 'Không tìm thấy bài đã đăng này trên trang: chỉ chấm nhuận bút cho bài đã đăng.';
    }
  } catch (e) {
    if (!isAppError(e)) throw e;
    return (
      <>
        <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
        <h1>Nhuận bút</h1>
        <div className="error-summary" role="alert"><p>{e.message}</p></div>
      </>
    );
  }
  const period = `nam=${year}${month ? `&thang=${month}` : '&thang=ca-nam'}`;
  const base = `/quan-tri/trang/${site.id}/nhuan-but`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Nhuận bút — {statement.period.label}</h1>
      {gradingError ? <div className="error-summary" role="alert"><h2>Không chấm được nhuận bút</h2><p>{gradingError}</p></div> : null}
      {grading ? (
        <section aria-labelledby="grade-heading" className="panel">
          <h2 id="grade-heading">Chấm nhuận bút: {grading.article.title}</h2>
          <p className="hint">Đăng {formatDateTimeVi(grading.article.publishedAt)}{grading.article.author ? ` · tác giả: ${grading.article.author}` : ''}</p>
          <GradeForm siteId={site.id} articleId={grading.article.id} initial={grading} />
        </section>
      ) : null}
      <form method="get" className="form-row">
        <div className="form-group">
          <label htmlFor="f-nam">Năm</label>
          <input id="f-nam" name="nam" inputMode="numeric" size={6} defaultValue={year} />
        </div>
        <div className="form-group">
          <label htmlFor="f-thang">Tháng</label>
          <select id="f-thang" name="thang" defaultValue={month ? String(month) : 'ca-nam'}>
            <option value="ca-nam">Cả năm</option>
            {Array.from({ length: 12 }, (_, i) => <option key={i} value={i + 1}>Tháng {i + 1}</option>)}
          </select>
        </div>
        <div className="form-group"><button className="button button--secondary" type="submit">Xem bảng kê</button></div>
      </form>
      <p>
        Tải bảng kê: <a href={`${base}/xuat?${period}&dinh-dang=csv`}>CSV</a> · <a href={`${base}/xuat?${period}&dinh-dang=xlsx`}>Excel (XLSX)</a>
      </p>
      <h2>Theo tác giả</h2>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Tác giả</th><th scope="col">Số tác phẩm</th><th scope="col">Tổng nhuận bút</th></tr></thead>
          <tbody>
            {statement.authors.map((a) => <tr key={a.author}><td>{a.author}</td><td>{a.works}</td><td>{a.totalText}</td></tr>)}
            <tr><th scope="row">Tổng cộng của trang</th><td>{statement.works.length}</td><td><strong>{statement.totalText}</strong></td></tr>
          </tbody>
        </table>
      </div>
      <h2>Tác phẩm đã chấm</h2>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Tác phẩm</th><th scope="col">Ngày đăng</th><th scope="col">Hệ số</th><th scope="col">Tổng</th><th scope="col">Chia cho</th></tr></thead>
          <tbody>
            {statement.works.map((w) => (
              <tr key={w.articleId}>
                <td><a href={`${base}?${period}&bai=${w.articleId}`}>{w.title}</a></td>
                <td>{formatDateTimeVi(w.publishedAt)}</td>
                <td>{w.coefficient?.replace('.', ',') ?? '—'}</td>
                <td>{w.totalText}</td>
                <td>{w.shares.map((s) => `${s.author} (${s.percent}%)`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Bài đã đăng chưa chấm ({statement.ungraded.length})</h2>
      <ul>
        {statement.ungraded.map((a) => (
          <li key={a.articleId}>
            <a href={`${base}?${period}&bai=${a.articleId}`}>{a.title}</a> — {formatDateTimeVi(a.publishedAt)}{a.author ? ` — ${a.author}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
