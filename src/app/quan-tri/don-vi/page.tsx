import type { Metadata } from 'next';
import { buildSiteTree, type SiteTreeNode } from '@/modules/sites/sites.dto';
import { listSitesForConsole } from '@/modules/sites/sites.service';
import { SITE_KIND_LABELS, SITE_STATUS_LABELS } from '@/modules/sites/sites.schemas';
import { requireAdmin } from '@/server/admin-context';

export const metadata: Metadata = { title: 'Cây đơn vị' };

function Tree({ nodes }: { nodes: SiteTreeNode[] }) {
  return (
    <ul className="tree">
      {nodes.map((n) => (
        <li key={n.id}>
          <a href={`/quan-tri/don-vi/${n.id}`}>{n.name}</a> <span className={`tag tag--${n.status.toLowerCase()}`}>{SITE_STATUS_LABELS[n.status]}</span>
          <span className="muted"> · {SITE_KIND_LABELS[n.kind]}</span>
          <br />
          <span className="tree__host">{n.host}</span>
          {n.children.length > 0 ? <Tree nodes={n.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function ConsoleSitesPage() {
  const { actor } = await requireAdmin();
  const sites = await listSitesForConsole(actor);
  return (
    <>
      <h1>Cây đơn vị</h1>
      {actor.isPlatformAdmin ? (
        <p>
          <a className="button" href="/quan-tri/don-vi/moi">
            Tạo trang mới
          </a>
        </p>
      ) : null}
      <Tree nodes={buildSiteTree(sites)} />
    </>
  );
}
