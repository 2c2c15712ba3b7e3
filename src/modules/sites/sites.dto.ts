import type { SiteRow } from './sites.repository';
import type { SiteKindName } from './sites.schemas';

/** What services hand to pages, actions and the CLI: no Prisma row leaves a service. */
export type SiteDto = {
  id: string;
  kind: SiteKindName;
  name: string;
  nameEn: string | null;
  code: string;
  parentId: string | null;
  status: 'ACTIVE' | 'SUSPENDED' | 'ARCHIVED';
  successorId: string | null;
  host: string;
  aliases: { id: string; host: string }[];
  domains: { id: string; host: string; isPrimary: boolean }[];
  logoUrl: string | null;
  primaryColor: string;
  accentColor: string;
  governingBody: string | null;
  responsiblePerson: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  licence: string | null;
  emcCode: string | null;
  createdAt: string;
};

export function toSiteDto(row: SiteRow): SiteDto {
  const primary = row.domains.find((d) => d.isPrimary);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn,
    code: row.code,
    parentId: row.parentId,
    status: row.status,
    successorId: row.successorId,
    host: primary?.host ?? '',
    aliases: row.domains.filter((d) => !d.isPrimary).map((d) => ({ id: d.id, host: d.host })),
    domains: row.domains.map((d) => ({ id: d.id, host: d.host, isPrimary: d.isPrimary })),
    logoUrl: row.logoUrl,
    primaryColor: row.primaryColor,
    accentColor: row.accentColor,
    governingBody: row.governingBody,
    responsiblePerson: row.responsiblePerson,
    address: row.address,
    phone: row.phone,
    email: row.email,
    licence: row.licence,
    emcCode: row.emcCode,
    createdAt: row.createdAt.toISOString(),
  };
}

export type SiteTreeNode = SiteDto & { children: SiteTreeNode[] };

/** Arranges sites into the tree of T1 (children sorted by kind then name). */
export function buildSiteTree(sites: SiteDto[]): SiteTreeNode[] {
  const order: Record<SiteKindName, number> = { PROVINCE: 0, DEPARTMENT: 1, DISTRICT: 2, COMMUNE: 3, UNIT: 4 };
  const nodes = new Map<string, SiteTreeNode>(sites.map((s) => [s.id, { ...s, children: [] }]));
  const roots: SiteTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: SiteTreeNode[]) => {
    list.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, 'vi'));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
