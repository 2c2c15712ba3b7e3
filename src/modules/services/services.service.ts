import type { Actor } from '@/server/actor';
import { dateOnly } from '@/lib/dates';
import type { Db } from '@/server/db';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { uniqueSlug } from '@/modules/content/slug';
import { fileFormatLabel, formatFileSize } from '@/modules/media/file-type';
import { mediaFileUrl } from '@/modules/media/media-url';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { listActiveSites } from '@/modules/sites/sites.service';
import { documentNumbersIn } from './legal-basis';
import { levelFromSlug, type ServiceLevelName } from './service-levels';
import { canEditServices, canPublishServices } from './services.policy';
import {
  deleteServiceRow,
  findPublishedDocumentsByNumber,
  findPublishedService,
  findPublishedServiceFields,
  findPublishedServices,
  findServiceForConsole,
  findServicesForConsole,
  findSitesWithPublishedServices,
  insertService,
  slugExists,
  updateServiceRow,
  type ServiceDetailRow,
  type ServiceSummaryRow,
} from './services.repository';
import { ServiceInputSchema, foldQuery, periodLabel, serviceSearchKey, type ServiceData, type ServiceInput } from './services.schemas';

export const CATALOGUE_PAGE_SIZE = 50;

/**
 * Vietnamese alphabetical order ("Đ" after "D", not after "Z" as in the database's byte order). The database
 * orders the page; this orders the fields and the items within the page the way readers expect.
 */
const vi = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const byFieldThenName = (a: { field: string; name: string }, b: { field: string; name: string }) => vi.compare(a.field, b.field) || vi.compare(a.name, b.name);

export type ServiceSite = { id: string; host: string; name: string; code: string };

export type ServiceSummary = {
  id: string;
  slug: string;
  code: string;
  name: string;
  field: string;
  level: ServiceLevelName;
  implementingBody: string;
  onlineUrl: string | null;
  publishedAt: string;
  updatedAt: string;
  site: ServiceSite;
};

export type LegalBasisLine = { text: string; document: { host: string; slug: string; number: string; summary: string } | null };
export type ServiceFormFile = { id: string; title: string; url: string; format: string; size: string };
export type ServiceStatDto = { label: string; start: string; end: string; timesUsed: number; received: number; onTime: number; late: number; onTimeRate: number | null };

export type ServiceDetail = ServiceSummary & {
  applicants: string | null;
  steps: string | null;
  channels: string | null;
  dossier: string | null;
  timeLimit: string | null;
  fees: string | null;
  result: string | null;
  conditions: string | null;
  legalBasis: LegalBasisLine[];
  forms: ServiceFormFile[];
  stats: ServiceStatDto[];
};

const siteOf = (s: SiteDto): ServiceSite => ({ id: s.id, host: s.host, name: s.name, code: s.code });

function toSummary(row: ServiceSummaryRow, site: ServiceSite): ServiceSummary {
  return {
    id: row.id,
    slug: row.slug,
    code: row.code,
    name: row.name,
    field: row.field,
    level: row.level,
    implementingBody: row.implementingBody,
    onlineUrl: row.onlineUrl,
    publishedAt: row.publishedAt!.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    site,
  };
}

export function toStatDto(s: { periodStart: Date; periodEnd: Date; timesUsed: number; received: number; onTime: number; late: number }): ServiceStatDto {
  const start = dateOnly(s.periodStart);
  const end = dateOnly(s.periodEnd);
  const done = s.onTime + s.late;
  return { label: periodLabel(start, end), start, end, timesUsed: s.timesUsed, received: s.received, onTime: s.onTime, late: s.late, onTimeRate: done > 0 ? Math.round((s.onTime / done) * 1000) / 10 : null };
}

/**
 * The sites a catalogue shows (P3): the root portal aggregates every active site; any other site shows
 * its own procedures only.
 */
async function catalogueScope(site: SiteDto): Promise<SiteDto[]> {
  return site.parentId ? [site] : listActiveSites();
}

export type CatalogueParams = { site: SiteDto; q?: string; field?: string; levelSlug?: string; level?: ServiceLevelName; siteCode?: string; page?: number; pageSize?: number };

/** The public catalogue (P1, P3): filters by unit (root only), field, level and text in the name or code. */
export async function listServiceCatalogue(params: CatalogueParams) {
  const scope = await catalogueScope(params.site);
  const byId = new Map(scope.map((s) => [s.id, s]));
  const unit = params.site.parentId ? undefined : scope.find((s) => s.code === params.siteCode || s.host === params.siteCode);
  const siteIds = unit ? [unit.id] : scope.map((s) => s.id);
  const level = params.level ?? levelFromSlug(params.levelSlug);
  const folded = params.q ? foldQuery(params.q) : undefined;
  const page = Math.max(1, params.page ?? 1);
  const pageSize = params.pageSize ?? CATALOGUE_PAGE_SIZE;
  const [[rows, total], fields, unitIds] = await Promise.all([
    findPublishedServices({ siteIds, field: params.field, level, folded: folded || undefined, skip: (page - 1) * pageSize, take: pageSize }),
    findPublishedServiceFields(siteIds),
    params.site.parentId ? Promise.resolve([]) : findSitesWithPublishedServices(scope.map((s) => s.id)),
  ]);
  return {
    items: rows.map((r) => toSummary(r, siteOf(byId.get(r.siteId)!))).sort(byFieldThenName),
    page,
    pageSize,
    total,
    fields: [...fields].sort(vi.compare),
    level,
    unit: unit ? siteOf(unit) : undefined,
    /** Units with published procedures, for the root portal's filter (empty on other sites). */
    units: scope.filter((s) => unitIds.includes(s.id)).map(siteOf),
  };
}

/** The sites whose published documents a legal basis may link to: the procedure's own, then its ancestors up to the root. */
function documentSitesFor(siteId: string, sites: SiteDto[]): SiteDto[] {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const chain: SiteDto[] = [];
  for (let s = byId.get(siteId); s && chain.length < 10; s = s.parentId ? byId.get(s.parentId) : undefined) chain.push(s);
  return chain;
}

/**
 * One published procedure (P1) by slug or code. Each legal-basis line naming a document published on the
 * procedure's site or a site above it links there (nearest site first), matched on the folded number.
 */
export async function getPublishedService(params: { site: SiteDto; key: string }): Promise<ServiceDetail | null> {
  const row = await findPublishedService({ siteId: params.site.id, key: params.key });
  if (!row) return null;
  return toDetail(row, params.site);
}

async function toDetail(row: ServiceDetailRow, site: SiteDto): Promise<ServiceDetail> {
  const lines = (row.legalBasis ?? '').split('\n').filter(Boolean);
  const keysByLine = lines.map(documentNumbersIn);
  const chain = documentSitesFor(site.id, await listActiveSites());
  const docs = await findPublishedDocumentsByNumber({ siteIds: chain.map((s) => s.id), numberKeys: [...new Set(keysByLine.flat())] });
  const rank = (siteId: string) => chain.findIndex((s) => s.id === siteId);
  const legalBasis = lines.map((text, i) => {
    const hits = docs.filter((d) => keysByLine[i]!.includes(d.numberKey)).sort((a, b) => rank(a.siteId) - rank(b.siteId));
    const d = hits[0];
    return { text, document: d ? { host: chain[rank(d.siteId)]!.host, slug: d.slug, number: d.number, summary: d.summary } : null };
  });
  return {
    ...toSummary(row, siteOf(site)),
    applicants: row.applicants,
    steps: row.steps,
    channels: row.channels,
    dossier: row.dossier,
    timeLimit: row.timeLimit,
    fees: row.fees,
    result: row.result,
    conditions: row.conditions,
    legalBasis,
    forms: row.forms.map((f) => ({ id: f.id, title: f.title, url: mediaFileUrl(f.media), format: fileFormatLabel(f.media.mimeType, f.media.originalName), size: formatFileSize(f.media.size) })),
    stats: row.stats.slice(0, 12).map(toStatDto),
  };
}

// ── Console ──────────────────────────────────────────────────────────────────

export function requireServiceEditor(actor: Actor, siteId: string) {
  if (!canEditServices(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền biên tập thủ tục hành chính của trang này.');
}

export function serviceColumns(data: ServiceData) {
  return {
    code: data.code,
    name: data.name,
    field: data.field,
    level: data.level,
    implementingBody: data.implementingBody,
    applicants: data.applicants ?? null,
    steps: data.steps ?? null,
    channels: data.channels ?? null,
    dossier: data.dossier ?? null,
    timeLimit: data.timeLimit ?? null,
    fees: data.fees ?? null,
    result: data.result ?? null,
    conditions: data.conditions ?? null,
    legalBasis: data.legalBasis ?? null,
    onlineUrl: data.onlineUrl ?? null,
    searchKey: serviceSearchKey(data),
  };
}

/** A new procedure row inside the caller's transaction (console form and catalogue import). */
export async function insertServiceInTx(tx: Db, siteId: string, data: ServiceData) {
  const slug = await uniqueSlug(data.name, (s) => slugExists({ siteId, slug: s }, tx), 'thu-tuc');
  return insertService(tx, { siteId, slug, ...serviceColumns(data), status: 'DRAFT' });
}

function duplicateCode(e: unknown, code: string): never {
  if ((e as { code?: string })?.code === 'P2002') throw new AppError('CONFLICT', `Mã thủ tục ${code} đã có trên trang này.`, { code: `Mã thủ tục ${code} đã có trên trang này.` });
  throw e;
}

/** Saves a new procedure as a draft; publishing is a separate step (setServicePublished). */
export async function createService(actor: Actor, siteId: string, input: ServiceInput) {
  requireServiceEditor(actor, siteId);
  const data = parseInput(ServiceInputSchema, input);
  return withTransaction(async (tx) => {
    const row = await insertServiceInTx(tx, siteId, data).catch((e) => duplicateCode(e, data.code));
    await recordAudit(tx, actor, { siteId, action: 'service.create', entity: 'service', entityId: row.id, after: { code: row.code, name: row.name } });
    return { id: row.id, slug: row.slug, status: row.status };
  });
}

export async function updateService(actor: Actor, siteId: string, serviceId: string, input: ServiceInput) {
  requireServiceEditor(actor, siteId);
  const data = parseInput(ServiceInputSchema, input);
  const before = /^[0-9a-f-]{36}$/.test(serviceId) ? await findServiceForConsole({ siteId, id: serviceId }) : null;
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy thủ tục.');
  if (before.status === 'PUBLISHED' && !canPublishServices(actor, siteId)) throw new AppError('FORBIDDEN', 'Thủ tục đã đăng chỉ ban biên tập được sửa.');
  await withTransaction(async (tx) => {
    // The slug stays so links keep working; the code may be corrected.
    await updateServiceRow(tx, { siteId, id: serviceId, data: serviceColumns(data) }).catch((e) => duplicateCode(e, data.code));
    await recordAudit(tx, actor, { siteId, action: 'service.update', entity: 'service', entityId: serviceId, before: { code: before.code, name: before.name }, after: { code: data.code, name: data.name } });
    if (before.status === 'PUBLISHED') await contentChanged(tx, { siteId, type: 'service', id: serviceId, change: 'published' });
  });
}

/**
 * Publish or withdraw a procedure: the one place its public state changes (console, import, seed), so the
 * editorial workflow can take it over by replacing this function. Rules: content.policy's publishers.
 */
export async function publishServiceInTx(tx: Db, actor: Actor, siteId: string, row: { id: string; status: string; publishedAt: Date | null }, publish: boolean) {
  if (!canPublishServices(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng hoặc gỡ thủ tục.');
  if ((row.status === 'PUBLISHED') === publish) return false;
  await updateServiceRow(tx, { siteId, id: row.id, data: publish ? { status: 'PUBLISHED', publishedAt: row.publishedAt ?? new Date() } : { status: 'UNPUBLISHED' } });
  await recordAudit(tx, actor, { siteId, action: publish ? 'service.publish' : 'service.unpublish', entity: 'service', entityId: row.id, before: { status: row.status }, after: { status: publish ? 'PUBLISHED' : 'UNPUBLISHED' } });
  await contentChanged(tx, { siteId, type: 'service', id: row.id, change: publish ? 'published' : 'unpublished' });
  return true;
}

export async function setServicePublished(actor: Actor, siteId: string, serviceId: string, publish: boolean) {
  if (!canPublishServices(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng hoặc gỡ thủ tục.');
  const before = /^[0-9a-f-]{36}$/.test(serviceId) ? await findServiceForConsole({ siteId, id: serviceId }) : null;
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy thủ tục.');
  await withTransaction((tx) => publishServiceInTx(tx, actor, siteId, before, publish));
}

export async function deleteService(actor: Actor, siteId: string, serviceId: string) {
  if (!canPublishServices(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền xóa thủ tục.');
  const before = /^[0-9a-f-]{36}$/.test(serviceId) ? await findServiceForConsole({ siteId, id: serviceId }) : null;
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy thủ tục.');
  await withTransaction(async (tx) => {
    await deleteServiceRow(tx, { siteId, id: serviceId });
    await recordAudit(tx, actor, { siteId, action: 'service.delete', entity: 'service', entityId: serviceId, before: { code: before.code, name: before.name, status: before.status } });
    await contentChanged(tx, { siteId, type: 'service', id: serviceId, change: 'deleted' });
  });
}

export async function listServicesForConsole(actor: Actor, siteId: string, params: { page: number; q?: string }) {
  requireServiceEditor(actor, siteId);
  const pageSize = 50;
  const folded = params.q ? foldQuery(params.q) : undefined;
  const [rows, total] = await findServicesForConsole({ siteId, folded: folded || undefined, skip: (params.page - 1) * pageSize, take: pageSize });
  return { items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })), total, page: params.page, pageSize, canPublish: canPublishServices(actor, siteId) };
}

export async function getServiceForEditing(actor: Actor, siteId: string, serviceId: string) {
  requireServiceEditor(actor, siteId);
  const row = /^[0-9a-f-]{36}$/.test(serviceId) ? await findServiceForConsole({ siteId, id: serviceId }) : null;
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    code: row.code,
    name: row.name,
    field: row.field,
    level: row.level,
    implementingBody: row.implementingBody,
    applicants: row.applicants,
    steps: row.steps,
    channels: row.channels,
    dossier: row.dossier,
    timeLimit: row.timeLimit,
    fees: row.fees,
    result: row.result,
    conditions: row.conditions,
    legalBasis: row.legalBasis,
    onlineUrl: row.onlineUrl,
    forms: row.forms.map((f) => ({ id: f.id, title: f.title, url: mediaFileUrl(f.media), format: fileFormatLabel(f.media.mimeType, f.media.originalName), size: formatFileSize(f.media.size) })),
    stats: row.stats.map(toStatDto),
    canPublish: canPublishServices(actor, siteId),
  };
}
