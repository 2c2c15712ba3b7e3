import type { Actor } from '@/server/actor';
import { AppError, isUniqueViolation } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { rootDomain } from '@/server/env';
import { childHost } from '@/lib/host';
import { proposeHostLabel } from '@/lib/vietnamese';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { findDomainByHost, insertDomain } from '@/modules/domains/domains.repository';
import { insertMenuItems } from '@/modules/menus/menus.repository';
import { DEFAULT_MENU } from '@/modules/menus/menus.service';
import { attachSuperAdmin } from '@/modules/users/users.service';
import {
  findActiveSiteByPrimaryHost,
  findAllSites,
  findRootSite,
  findSiteByCode,
  findSiteById,
  insertSite,
  updateSiteRow,
  type SiteRow,
} from './sites.repository';
import { canEditSiteSettings, canManageSites, canViewSiteInConsole } from './sites.policy';
import {
  CreateSiteSchema,
  UpdateSiteSchema,
  type CreateSiteInput,
  type UpdateSiteInput,
} from './sites.schemas';
import { buildSiteTree, toSiteDto, type SiteDto, type SiteTreeNode } from './sites.dto';

export function requireManager(actor: Actor) {
  if (!canManageSites(actor)) throw new AppError('FORBIDDEN', 'Chỉ quản trị nền tảng mới được tạo, tạm ngừng hoặc lưu trữ trang.');
}

export async function loadSite(id: string): Promise<SiteRow> {
  const site = await findSiteById(id);
  if (!site) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  return site;
}

function primaryHostOf(site: SiteRow): string {
  const d = site.domains.find((x) => x.isPrimary);
  if (!d) throw new AppError('RULE_VIOLATION', `Đơn vị "${site.name}" chưa có tên miền chính.`);
  return d.host;
}

/** Creates a site with its domains, its single super-admin and a starting menu, in one transaction (T3). */
export async function createSite(actor: Actor, input: CreateSiteInput): Promise<SiteDto> {
  requireManager(actor);
  const data = parseInput(CreateSiteSchema, input);

  let host: string;
  let parentId: string | null = null;
  const label = data.label ?? proposeHostLabel(data.name);
  if (!label) throw new AppError('VALIDATION', 'Không đề xuất được nhãn tên miền từ tên đơn vị; hãy nhập nhãn.', { label: 'Hãy nhập nhãn tên miền.' });

  if (!data.parentId) {
    const root = await findRootSite();
    if (root) {
      throw new AppError('VALIDATION', 'Hãy chọn đơn vị cấp trên: nền tảng đã có cổng gốc.', { parentId: 'Hãy chọn đơn vị cấp trên.' });
    }
    if (data.kind !== 'PROVINCE') {
      throw new AppError('VALIDATION', 'Trang gốc đầu tiên phải là cổng tỉnh (PROVINCE).', { kind: 'Trang gốc phải là cổng tỉnh.' });
    }
    host = rootDomain();
  } else {
    const parent = await findSiteById(data.parentId);
    if (!parent) throw new AppError('VALIDATION', 'Đơn vị cấp trên không tồn tại.', { parentId: 'Đơn vị cấp trên không tồn tại.' });
    if (parent.status === 'ARCHIVED') {
      throw new AppError('RULE_VIOLATION', `Không thể tạo trang dưới đơn vị đã lưu trữ "${parent.name}".`, { parentId: 'Đơn vị cấp trên đã lưu trữ.' });
    }
    if (data.kind === 'PROVINCE') {
      throw new AppError('VALIDATION', 'Chỉ trang gốc mới là cổng tỉnh.', { kind: 'Chọn loại khác cổng tỉnh.' });
    }
    parentId = parent.id;
    host = childHost(label, primaryHostOf(parent));
  }

  const hosts = [host, ...data.aliases.filter((a) => a !== host)];
  for (const h of hosts) {
    if (await findDomainByHost(h)) {
      const field = h === host ? 'label' : 'aliases';
      throw new AppError('CONFLICT', `Tên miền ${h} đã thuộc về một trang khác.`, { [field]: `Tên miền ${h} đã được dùng.` });
    }
  }
  const code = data.code ?? (parentId ? host.slice(0, -(rootDomain().length + 1)).replace(/\./g, '-') : label);
  if (await findSiteByCode(code)) {
    throw new AppError('CONFLICT', `Mã đơn vị "${code}" đã được dùng.`, { code: `Mã "${code}" đã được dùng.` });
  }

  try {
    const siteId = await withTransaction(async (tx) => {
      const site = await insertSite(tx, {
        kind: data.kind,
        name: data.name,
        nameEn: data.nameEn,
        code,
        parentId,
        governingBody: data.governingBody,
        responsiblePerson: data.responsiblePerson,
        address: data.address,
        phone: data.phone,
        email: data.email,
        licence: data.licence,
      });
      for (const h of hosts) await insertDomain(tx, { siteId: site.id, host: h, isPrimary: h === host });
      await insertMenuItems(tx, site.id, DEFAULT_MENU);
      const admin = await attachSuperAdmin(tx, actor, { siteId: site.id, ...data.superAdmin });
      await recordAudit(tx, actor, {
        siteId: site.id,
        action: 'site.create',
        entity: 'site',
        entityId: site.id,
        after: { name: site.name, kind: site.kind, code, parentId, hosts, superAdmin: admin.email },
      });
      await contentChanged(tx, { siteId: site.id, type: 'site', id: site.id, change: 'saved' });
      return site.id;
    });
    return toSiteDto(await loadSite(siteId));
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'Tên miền, mã đơn vị hoặc quản trị trang đã tồn tại (có thể vừa được tạo bởi người khác).');
    throw e;
  }
}

export async function updateSite(actor: Actor, siteId: string, input: UpdateSiteInput): Promise<SiteDto> {
  if (!canEditSiteSettings(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền sửa thông tin đơn vị này.');
  const data = parseInput(UpdateSiteSchema, input);
  const before = await loadSite(siteId);
  if (data.code !== before.code) {
    const clash = await findSiteByCode(data.code);
    if (clash) throw new AppError('CONFLICT', `Mã đơn vị "${data.code}" đã được dùng.`, { code: 'Mã đã được dùng.' });
  }
  const patch = {
    name: data.name,
    nameEn: data.nameEn ?? null,
    code: data.code,
    logoUrl: data.logoUrl ?? null,
    primaryColor: data.primaryColor,
    accentColor: data.accentColor,
    emcCode: data.emcCode ?? null,
    governingBody: data.governingBody ?? null,
    responsiblePerson: data.responsiblePerson ?? null,
    address: data.address ?? null,
    phone: data.phone ?? null,
    email: data.email ?? null,
    licence: data.licence ?? null,
  };
  const after = await withTransaction(async (tx) => {
    const row = await updateSiteRow(tx, siteId, patch);
    await recordAudit(tx, actor, {
      siteId,
      action: 'site.update',
      entity: 'site',
      entityId: siteId,
      before: pick(before, Object.keys(patch)),
      after: patch,
    });
    await contentChanged(tx, { siteId, type: 'site', id: siteId, change: 'saved' });
    return row;
  });
  return toSiteDto(after);
}

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
}

export async function getSiteForConsole(actor: Actor, siteId: string): Promise<SiteDto> {
  if (!canViewSiteInConsole(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền với đơn vị này.');
  return toSiteDto(await loadSite(siteId));
}

/** Sites an actor sees in the console: all for the platform, their own otherwise. */
export async function listSitesForConsole(actor: Actor): Promise<SiteDto[]> {
  const rows = actor.isPlatformAdmin ? await findAllSites() : await findAllSites({ ids: actor.memberships.map((m) => m.siteId) });
  return rows.map(toSiteDto);
}

/** All sites, for the command line (platform level). */
export async function listAllSites(actor: Actor): Promise<SiteDto[]> {
  requireManager(actor);
  return (await findAllSites()).map(toSiteDto);
}

/** Public directory of active sites (/don-vi), T4. */
export async function listActiveSites(): Promise<SiteDto[]> {
  return (await findAllSites({ status: ['ACTIVE'] })).map(toSiteDto);
}

export async function getSiteById(id: string): Promise<SiteDto | null> {
  const row = await findSiteById(id);
  return row ? toSiteDto(row) : null;
}

export type PublicSiteDto = SiteDto & { parent: { name: string; host: string } | null };

/** The active site whose primary host this is, or null (the page then answers 404). */
export async function getPublicSiteByHost(host: string): Promise<PublicSiteDto | null> {
  const row = await findActiveSiteByPrimaryHost(host);
  if (!row) return null;
  return {
    ...toSiteDto(row),
    parent: row.parent ? { name: row.parent.name, host: row.parent.domains[0]?.host ?? '' } : null,
  };
}

/** The public tree of active sites (root portal's /don-vi). Children of a suspended site are not shown. */
export async function getPublicSiteTree(): Promise<SiteTreeNode[]> {
  return buildSiteTree(await listActiveSites());
}

/** Active sites directly (and transitively) under one site, as a tree. */
export async function listPublicChildren(siteId: string): Promise<SiteTreeNode[]> {
  const find = (nodes: SiteTreeNode[]): SiteTreeNode | undefined => {
    for (const n of nodes) {
      if (n.id === siteId) return n;
      const hit = find(n.children);
      if (hit) return hit;
    }
    return undefined;
  };
  return find(await getPublicSiteTree())?.children ?? [];
}

/** Finds a site by id, primary/alias host or code (command line references). */
export async function findSiteByReference(reference: string): Promise<SiteDto | null> {
  const ref = reference.trim().toLowerCase();
  if (/^[0-9a-f-]{36}$/.test(ref)) return getSiteById(ref);
  const all = await findAllSites();
  const hit = all.find((s) => s.code === ref || s.domains.some((d) => d.host === ref));
  return hit ? toSiteDto(hit) : null;
}
