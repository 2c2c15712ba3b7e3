import { formatDateVi } from '@/lib/dates';
import { listLatestDocuments } from '../documents.service';
import { documentTitle } from '../document-seo';
import './documents.css';

/** Home page side block "Văn bản mới" (GUIDE "How the public pages should feel"). */
export async function LatestDocumentsBlock({ siteId }: { siteId: string }) {
  const items = await listLatestDocuments(siteId, 5);
  if (items.length === 0) return null;
  return (
    <section className="panel doc-latest" aria-labelledby="van-ban-moi">
      <h2 id="van-ban-moi">Văn bản mới</h2>
      <ul>
        {items.map((d) => (
          <li key={d.slug}>
            <a href={`/van-ban/${d.slug}`}>{documentTitle(d)}</a>
            <p className="meta">
              <time dateTime={d.issuedAt}>{formatDateVi(d.issuedAt)}</time> · {d.summary.length > 110 ? `${d.summary.slice(0, 110)}…` : d.summary}
            </p>
          </li>
        ))}
      </ul>
      <a href="/van-ban">Tra cứu văn bản</a>
    </section>
  );
}
