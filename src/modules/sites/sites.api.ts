import { parseInput } from '@/server/validation';
import { PagingSchema } from '@/server/api';
import { buildSiteTree, type SiteDto, type SiteTreeNode } from './sites.dto';
import { listActiveSites } from './sites.service';

/** The site resource of the public API (CONTRACT): never contact persons' private data, only official fields. */
export function toApiSite(site: SiteDto, originFor: (host: string) => string) {
  return {
    id: site.id,
    name: site.name,
    nameEn: site.nameEn,
    kind: site.kind,
    host: site.host,
    aliases: site.aliases.map((a) => a.host),
    parentId: site.parentId,
    status: site.status,
    url: `${originFor(site.host)}/`,
    address: site.address,
    phone: site.phone,
    email: site.email,
  };
}

function subtreeIds(nodes: SiteTreeNode[], rootId: string): Set<string> | null {
  for (const n of nodes) {
    if (n.id === rootId) {
      const ids = new Set<string>();
      const walk = (x: SiteTreeNode) => {
        ids.add(x.id);
        x.children.forEach(walk);
      };
      walk(n);
      return ids;
    }
    const found = subtreeIds(n.children, rootId);
    if (found) return found;
  }
  return null;
}

/** /api/v1/sites: on the root portal every active site; on a component site its own subtree. */
export async function apiListSites(site: SiteDto, originFor: (host: string) => string, query: Record<string, string>) {
  const { page, pageSize } = parseInput(PagingSchema, query);
  const all = await listActiveSites();
  const scope = site.parentId ? subtreeIds(buildSiteTree(all), site.id) : null;
  const visible = all.filter((s) => !scope || scope.has(s.id));
  return {
    items: visible.slice((page - 1) * pageSize, page * pageSize).map((s) => toApiSite(s, originFor)),
    page,
    pageSize,
    total: visible.length,
  };
}
