import type { SiteTreeNode } from '../sites.dto';
import { SITE_KIND_LABELS } from '../sites.schemas';

type Props = { nodes: SiteTreeNode[]; originFor: (host: string) => string; showKind?: boolean };

/** Nested list of sites with links to their own hosts (T1, T4). */
export function SiteDirectoryTree({ nodes, originFor, showKind = false }: Props) {
  if (nodes.length === 0) return <p>Chưa có trang thành phần nào.</p>;
  return (
    <ul className="tree">
      {nodes.map((node) => (
        <li key={node.id}>
          <a href={`${originFor(node.host)}/`}>{node.name}</a>
          {showKind ? <span className="muted"> · {SITE_KIND_LABELS[node.kind]}</span> : null}
          <br />
          <span className="tree__host">{node.host}</span>
          {node.children.length > 0 ? <SiteDirectoryTree nodes={node.children} originFor={originFor} showKind={showKind} /> : null}
        </li>
      ))}
    </ul>
  );
}
