import { notFound } from 'next/navigation';
import { Pagination, pageParam } from '@/components/public/pagination';
import { formatDateVi } from '@/lib/dates';
import { getRequestSite } from '@/server/request-site';
import { PageFeedback } from '@/modules/feedback/components/page-feedback';
import { QUESTION_FIELDS } from '../questions.schemas';
import { getPublishedQuestion, listPublishedQuestions } from '../questions.service';
import { AskQuestionForm } from './ask-question-form';
import { TrackQuestionForm } from './track-question-form';

export type QuestionQuery = { 'linh-vuc'?: string | string[]; trang?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function QaNav() {
  return (
    <ul className="button-row qa-nav" aria-label="Hỏi đáp">
      <li>
        <a className="button" href="/hoi-dap/gui-cau-hoi">
          Gửi câu hỏi
        </a>
      </li>
      <li>
        <a className="button button--secondary" href="/hoi-dap/tra-cuu">
          Tra cứu câu hỏi đã gửi
        </a>
      </li>
    </ul>
  );
}

/** /hoi-dap: the questions the board chose to publish, with their answers; personal data never shown. */
export async function QuestionIndexPage({ host, query }: { host: string; query: QuestionQuery }) {
  const site = await getRequestSite(host);
  const fieldParam = first(query['linh-vuc'])?.normalize('NFC');
  const field = (QUESTION_FIELDS as readonly string[]).includes(fieldParam ?? '') ? fieldParam : undefined;
  const result = await listPublishedQuestions({ siteId: site.id, field, page: pageParam(query.trang) });
  const href = (p: number) => `/hoi-dap?${new URLSearchParams({ ...(field ? { 'linh-vuc': field } : {}), trang: String(p) }).toString()}`;
  return (
    <>
      <h1>Hỏi đáp, phản ánh kiến nghị</h1>
      <p className="lead">Tổ chức, cá nhân gửi câu hỏi, phản ánh, kiến nghị tới {site.name} và nhận trả lời qua thư điện tử; những câu hỏi được chọn đăng công khai dưới đây (không kèm thông tin cá nhân).</p>
      <QaNav />
      <form method="get" action="/hoi-dap" className="filters">
        <div className="form-group">
          <label htmlFor="loc-linh-vuc">Lĩnh vực</label>
          <select id="loc-linh-vuc" name="linh-vuc" defaultValue={field ?? ''}>
            <option value="">Tất cả lĩnh vực</option>
            {QUESTION_FIELDS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <button className="button button--secondary" type="submit">
          Lọc
        </button>
      </form>
      {result.total === 0 ? (
        <p>{field ? 'Chưa có câu hỏi nào của lĩnh vực này được đăng.' : 'Chưa có câu hỏi nào được đăng.'}</p>
      ) : (
        <>
          <p className="meta" role="status">
            {result.total} câu hỏi
          </p>
          <ul className="qa-list">
            {result.items.map((q) => (
              <li key={q.slug}>
                <h2>
                  <a href={`/hoi-dap/${q.slug}`}>{q.title}</a>
                </h2>
                <p className="meta">
                  {q.field} · Hỏi ngày {formatDateVi(q.askedAt)}
                  {q.answeredAt ? ` · Trả lời ngày ${formatDateVi(q.answeredAt)}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={href} />
    </>
  );
}

export async function loadQuestion(host: string, slug: string) {
  const site = await getRequestSite(host);
  const q = await getPublishedQuestion({ siteId: site.id, slug: decodeURIComponent(slug) });
  if (!q) notFound();
  return { site, q };
}

export async function QuestionDetailPage({ host, slug }: { host: string; slug: string }) {
  const { site, q } = await loadQuestion(host, slug);
  return (
    <article>
      <p>
        <a href="/hoi-dap">← Hỏi đáp</a>
      </p>
      <h1>{q.title}</h1>
      <dl className="facts">
        <dt>Người hỏi</dt>
        <dd>{q.asker}</dd>
        <dt>Lĩnh vực</dt>
        <dd>{q.field}</dd>
        <dt>Ngày hỏi</dt>
        <dd>{formatDateVi(q.askedAt)}</dd>
        {q.answeredAt ? (
          <>
            <dt>Ngày trả lời</dt>
            <dd>{formatDateVi(q.answeredAt)}</dd>
          </>
        ) : null}
      </dl>
      <h2>Nội dung câu hỏi</h2>
      <p className="qa-text">{q.content}</p>
      <h2>Trả lời của {site.name}</h2>
      <div className="qa-answer">{q.answer}</div>
      <PageFeedback path={`/hoi-dap/${q.slug}`} />
    </article>
  );
}

export function AskQuestionPage() {
  return (
    <>
      <p>
        <a href="/hoi-dap">← Hỏi đáp</a>
      </p>
      <h1>Gửi câu hỏi, phản ánh, kiến nghị</h1>
      <p className="lead">Các ô đánh dấu không bắt buộc có thể để trống. Sau khi gửi, ông/bà nhận một mã tra cứu trên trang này và qua thư điện tử.</p>
      <AskQuestionForm />
    </>
  );
}

export function TrackQuestionPage() {
  return (
    <>
      <p>
        <a href="/hoi-dap">← Hỏi đáp</a>
      </p>
      <h1>Tra cứu câu hỏi đã gửi</h1>
      <p className="lead">Nhập mã tra cứu nhận được khi gửi câu hỏi để xem tình trạng xử lý và câu trả lời.</p>
      <TrackQuestionForm />
    </>
  );
}
