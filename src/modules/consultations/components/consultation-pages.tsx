import { notFound } from 'next/navigation';
import { Pagination, pageParam } from '@/components/public/pagination';
import { formatDateVi } from '@/lib/dates';
import { formatFileSize } from '@/modules/media/file-type';
import { PageFeedback } from '@/modules/feedback/components/page-feedback';
import { getRequestSite } from '@/server/request-site';
import { draftArticles } from '../consultation-window';
import { getPublishedConsultation, listPublishedConsultations } from '../consultations.service';
import { CommentForm } from './comment-form';

const vn = (d: string) => d.split('-').reverse().join('/');

/** /gop-y-du-thao: drafts published for comment, open or closed (I2). */
export async function ConsultationIndexPage({ host, page }: { host: string; page?: string | string[] }) {
  const site = await getRequestSite(host);
  const result = await listPublishedConsultations({ siteId: site.id, page: pageParam(page) });
  return (
    <>
      <h1>Lấy ý kiến dự thảo văn bản</h1>
      <p className="lead">Toàn văn các dự thảo văn bản, chủ trương, chính sách {site.name} đang hoặc đã lấy ý kiến tổ chức, cá nhân; thời hạn góp ý và nơi tiếp nhận.</p>
      {result.total === 0 ? (
        <p>Chưa có dự thảo nào được đăng để lấy ý kiến.</p>
      ) : (
        <ul className="qa-list">
          {result.items.map((c) => (
            <li key={c.slug}>
              <h2>
                <a href={`/gop-y-du-thao/${c.slug}`}>{c.title}</a>
              </h2>
              <p className="meta">
                <strong>{c.phaseLabel}</strong> · Từ {vn(c.startsOn)} đến hết {vn(c.endsOn)} · {c.comments} góp ý đã công khai{c.hasReport ? ' · Có báo cáo tiếp thu, giải trình' : ''}
              </p>
              <p>{c.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(n) => `/gop-y-du-thao?trang=${n}`} />
    </>
  );
}

export async function loadConsultation(host: string, slug: string) {
  const site = await getRequestSite(host);
  const c = await getPublishedConsultation({ siteId: site.id, slug: decodeURIComponent(slug) });
  if (!c) notFound();
  return { site, c };
}

/** The draft's text with an anchor on every "Điều N." line, so comments and links can point at an article. */
function DraftText({ body }: { body: string }) {
  const anchors = new Map(draftArticles(body).map((a) => [a.heading, a.anchor]));
  const blocks = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  return (
    <div className="draft-text">
      {blocks.map((line, i) => {
        const anchor = anchors.get(line.trim());
        if (anchor) {
          anchors.delete(line.trim());
          return (
            <h3 key={i} id={anchor} className="draft-article">
              {line.trim()}
            </h3>
          );
        }
        return <p key={i}>{line}</p>;
      })}
    </div>
  );
}

export async function ConsultationDetailPage({ host, slug }: { host: string; slug: string }) {
  const { c } = await loadConsultation(host, slug);
  return (
    <article>
      <p>
        <a href="/gop-y-du-thao">← Góp ý dự thảo</a>
      </p>
      <h1>{c.title}</h1>
      <p className="lead">{c.summary}</p>
      <dl className="facts">
        <dt>Tình trạng</dt>
        <dd data-testid="consultation-phase">{c.phaseLabel}</dd>
        <dt>Thời hạn góp ý</dt>
        <dd>
          Từ {vn(c.startsOn)} đến hết ngày {vn(c.endsOn)}
        </dd>
        <dt>Đơn vị tiếp nhận</dt>
        <dd>{c.unitName}</dd>
        <dt>Địa chỉ</dt>
        <dd>{c.unitAddress}</dd>
        <dt>Thư điện tử</dt>
        <dd>
          <a href={`mailto:${c.unitEmail}`}>{c.unitEmail}</a>
        </dd>
      </dl>
      {c.files.length > 0 ? (
        <>
          <h2>Tệp dự thảo</h2>
          <ul>
            {c.files.map((f) => (
              <li key={f.url}>
                <a href={f.url}>{f.name}</a> ({formatFileSize(f.size)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Toàn văn dự thảo</h2>
      <DraftText body={c.body} />
      <section aria-labelledby="gui-gop-y">
        <h2 id="gui-gop-y">Gửi góp ý</h2>
        {c.phase === 'open' ? (
          <CommentForm slug={c.slug} articles={c.articles} />
        ) : c.phase === 'upcoming' ? (
          <p>Chưa đến thời gian lấy ý kiến; ông/bà có thể gửi góp ý từ ngày {vn(c.startsOn)}.</p>
        ) : (
          <p data-testid="consultation-closed">Đã hết thời hạn lấy ý kiến (đến hết ngày {vn(c.endsOn)}); trang không nhận thêm góp ý.</p>
        )}
      </section>
      <section aria-labelledby="y-kien">
        <h2 id="y-kien">Ý kiến đã công khai ({c.comments.length})</h2>
        {c.comments.length === 0 ? (
          <p>Chưa có góp ý nào được công khai.</p>
        ) : (
          <ul className="comment-list">
            {c.comments.map((m) => (
              <li key={m.id}>
                <p className="meta">
                  <strong>{m.author}</strong>
                  {m.organisation ? ` – ${m.organisation}` : ''} · {formatDateVi(m.createdAt)} · {m.article ? `Góp ý ${m.article}` : 'Góp ý toàn bộ dự thảo'}
                </p>
                <p className="qa-text">{m.content}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {c.report ? (
        <section aria-labelledby="bao-cao">
          <h2 id="bao-cao">Báo cáo tiếp thu, giải trình ý kiến góp ý</h2>
          {c.reportPublishedAt ? <p className="meta">Công bố ngày {formatDateVi(c.reportPublishedAt)}</p> : null}
          <div className="qa-text">{c.report}</div>
        </section>
      ) : null}
      <PageFeedback path={`/gop-y-du-thao/${c.slug}`} />
    </article>
  );
}
