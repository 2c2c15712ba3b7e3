import { formatDateVi } from '@/lib/dates';
import { ResponsiveImage } from '@/modules/media/components/responsive-image';
import type { SiteTreeNode } from '@/modules/sites/sites.dto';
import { listLatestAcrossSites, listPublishedArticles } from '../articles.service';
import { ArticleList } from './article-list';

/** The home page's news column: the newest article large, the next ones listed (C1). */
export async function LatestNewsBlock({ siteId }: { siteId: string }) {
  const { items } = await listPublishedArticles({ siteId, pageSize: 7 });
  if (items.length === 0) return <p>Chưa có tin bài.</p>;
  const [lead, ...rest] = items;
  return (
    <section aria-labelledby="tin-moi">
      <h2 id="tin-moi">Tin mới</h2>
      <div className="home-lead">
        {lead!.image ? <ResponsiveImage media={lead!.image} alt={lead!.image.alt} priority /> : null}
        <h3>
          <a href={`/tin-tuc/${lead!.slug}`}>{lead!.title}</a>
        </h3>
        <p className="meta">
          <time dateTime={lead!.publishedAt}>{formatDateVi(lead!.publishedAt)}</time>
        </p>
        <p>{lead!.sapo}</p>
      </div>
      <ArticleList items={rest} headingLevel={3} />
      <p>
        <a href="/tin-tuc">Xem tất cả tin tức</a>
      </p>
    </section>
  );
}

function flatten(nodes: SiteTreeNode[]): SiteTreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** Root portal only: the latest news of every active component site, linking to its own host (T4). */
export async function ComponentNewsBlock({ descendants, originFor }: { descendants: SiteTreeNode[]; originFor: (host: string) => string }) {
  const sites = new Map(flatten(descendants).map((s) => [s.id, s]));
  const items = await listLatestAcrossSites([...sites.keys()], 8);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="tin-don-vi">
      <h2 id="tin-don-vi">Tin từ các đơn vị</h2>
      <ul className="news-list">
        {items.map((a) => {
          const site = sites.get(a.siteId)!;
          return (
            <li key={`${a.siteId}-${a.slug}`}>
              <div>
                <p className="source-site">{site.name}</p>
                <h3>
                  <a href={`${originFor(site.host)}/tin-tuc/${a.slug}`}>{a.title}</a>
                </h3>
                <p className="meta">
                  <time dateTime={a.publishedAt}>{formatDateVi(a.publishedAt)}</time>
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
