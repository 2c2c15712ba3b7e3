import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { issuesToFields } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { findSiteByReference } from '@/modules/sites/sites.service';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { CATALOGUE_COLUMNS, CATALOGUE_REQUIRED, COLUMN_LABELS, STATS_COLUMNS, STATS_REQUIRED, readRecords, type FileRecord } from './service-file';
import { isCommandLine } from './services.policy';
import { findServicesByCodes, findStatsOf, updateServiceRow, upsertStat, type ServiceRow } from './services.repository';
import { insertServiceInTx, publishServiceInTx, requireServiceEditor, serviceColumns } from './services.service';
import { ServiceInputSchema, StatRowSchema, type ServiceData, type StatRow } from './services.schemas';

/**
 * Imports from the province's systems: the procedure catalogue (P1, idempotent by mã thủ tục) and usage
 * figures (P2). Each row is validated on its own; rejected rows are reported with their line, column and
 * reason, and the valid ones are written in one transaction.
 */

/** Map.groupBy is Node 21+; the project runs on Node 20. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export type RejectedRow = { line: number; column: string; message: string };
export type ImportFile = { bytes: Uint8Array; name: string };

function rejectionsOf(record: FileRecord, issues: readonly { path: readonly PropertyKey[]; message: string }[]): RejectedRow[] {
  return Object.entries(issuesToFields(issues)).map(([key, message]) => ({ line: record.line, column: COLUMN_LABELS[key] ?? key, message }));
}

function validate<T>(record: FileRecord, parse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): { data: T } | { rejected: RejectedRow[] } {
  if (record.values.__invalid) return { rejected: [{ line: record.line, column: '(cả dòng)', message: record.values.__invalid }] };
  const r = parse(record.values);
  return r.success ? { data: r.data } : { rejected: rejectionsOf(record, r.error.issues) };
}

export type CatalogueImportReport = {
  format: 'csv' | 'json';
  rows: number;
  created: string[];
  updated: string[];
  unchanged: string[];
  published: string[];
  rejected: RejectedRow[];
  unknownColumns: string[];
};

const COMPARED = ['code', 'name', 'field', 'level', 'implementingBody', 'applicants', 'steps', 'channels', 'dossier', 'timeLimit', 'fees', 'result', 'conditions', 'legalBasis', 'onlineUrl'] as const;

function sameContent(row: ServiceRow, data: ServiceData): boolean {
  const cols = serviceColumns(data);
  return COMPARED.every((k) => (row[k] ?? null) === (cols[k] ?? null));
}

/**
 * `services:import`: creates procedures that are new by code, updates those whose content changed, leaves
 * identical ones untouched (a second run of the same file changes nothing). New procedures are drafts
 * unless `publish` is asked (the command line or a publisher); a published one stays published.
 */
export async function importServiceCatalogue(actor: Actor, siteId: string, file: ImportFile, options: { publish?: boolean } = {}): Promise<CatalogueImportReport> {
  requireServiceEditor(actor, siteId);
  const parsed = readRecords(file.bytes, file.name, CATALOGUE_COLUMNS, CATALOGUE_REQUIRED);
  const rejected: RejectedRow[] = [];
  const valid = new Map<string, { line: number; data: ServiceData }>();
  for (const record of parsed.records) {
    const r = validate(record, (v) => ServiceInputSchema.safeParse(v));
    if ('rejected' in r) {
      rejected.push(...r.rejected);
      continue;
    }
    const earlier = valid.get(r.data.code);
    if (earlier) {
      rejected.push({ line: record.line, column: COLUMN_LABELS.code!, message: `Mã thủ tục ${r.data.code} trùng với dòng ${earlier.line}; dòng này bị bỏ qua.` });
      continue;
    }
    valid.set(r.data.code, { line: record.line, data: r.data });
  }
  const report: CatalogueImportReport = { format: parsed.format, rows: parsed.records.length, created: [], updated: [], unchanged: [], published: [], rejected, unknownColumns: parsed.unknownColumns };
  if (valid.size === 0) return report;
  await withTransaction(async (tx) => {
    const existing = new Map((await findServicesByCodes({ siteId, codes: [...valid.keys()] }, tx)).map((r) => [r.code, r]));
    for (const { data } of valid.values()) {
      const row = existing.get(data.code);
      let target: { id: string; status: string; publishedAt: Date | null };
      if (!row) {
        target = await insertServiceInTx(tx, siteId, data);
        report.created.push(data.code);
      } else if (sameContent(row, data)) {
        target = row;
        report.unchanged.push(data.code);
      } else {
        await updateServiceRow(tx, { siteId, id: row.id, data: serviceColumns(data) });
        if (row.status === 'PUBLISHED') await contentChanged(tx, { siteId, type: 'service', id: row.id, change: 'published' });
        target = row;
        report.updated.push(data.code);
      }
      if (options.publish && (await publishServiceInTx(tx, actor, siteId, target, true))) report.published.push(data.code);
    }
    await recordAudit(tx, actor, {
      siteId,
      action: 'service.import',
      entity: 'service',
      after: { file: file.name, created: report.created.length, updated: report.updated.length, unchanged: report.unchanged.length, published: report.published.length, rejectedRows: new Set(rejected.map((r) => r.line)).size },
    });
  });
  return report;
}

export type StatsImportReport = {
  format: 'csv' | 'json';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  sites: string[];
  rejected: RejectedRow[];
  unknownColumns: string[];
};

/**
 * `services:import-stats`: figures per procedure and period, as exported by the province's service system.
 * With a site, every row is that site's (a row naming another unit is rejected); without one, each row
 * names its unit (host or code) and only the command line may write several sites at once.
 */
export async function importServiceStats(actor: Actor, file: ImportFile, options: { site?: SiteDto } = {}): Promise<StatsImportReport> {
  if (options.site) requireServiceEditor(actor, options.site.id);
  else if (!isCommandLine(actor)) throw new AppError('FORBIDDEN', 'Chỉ dòng lệnh mới nhập số liệu của nhiều trang cùng lúc; hãy chọn một trang.');
  const parsed = readRecords(file.bytes, file.name, STATS_COLUMNS, STATS_REQUIRED);
  const rejected: RejectedRow[] = [];
  const sites = new Map<string, SiteDto | null>();
  const resolveSite = async (ref: string) => {
    if (!sites.has(ref)) sites.set(ref, await findSiteByReference(ref));
    return sites.get(ref)!;
  };
  const rows: { line: number; site: SiteDto; data: StatRow }[] = [];
  for (const record of parsed.records) {
    const r = validate(record, (v) => StatRowSchema.safeParse(v));
    if ('rejected' in r) {
      rejected.push(...r.rejected);
      continue;
    }
    const named = r.data.site ? await resolveSite(r.data.site) : null;
    if (r.data.site && !named) {
      rejected.push({ line: record.line, column: COLUMN_LABELS.site!, message: `Không có trang "${r.data.site}" (dùng tên miền hoặc mã đơn vị).` });
      continue;
    }
    if (options.site && named && named.id !== options.site.id) {
      rejected.push({ line: record.line, column: COLUMN_LABELS.site!, message: `Dòng thuộc trang ${named.host}, không phải trang đang nhập ${options.site.host}.` });
      continue;
    }
    const site = options.site ?? named;
    if (!site) {
      rejected.push({ line: record.line, column: COLUMN_LABELS.site!, message: 'Thiếu đơn vị (cột don_vi) khi không chọn trang bằng --site.' });
      continue;
    }
    rows.push({ line: record.line, site, data: r.data });
  }

  const report: StatsImportReport = { format: parsed.format, rows: parsed.records.length, created: 0, updated: 0, unchanged: 0, sites: [], rejected, unknownColumns: parsed.unknownColumns };
  const bySite = groupBy(rows, (r) => r.site.id);
  const accepted: { siteId: string; service: ServiceRow; data: StatRow }[] = [];
  for (const [siteId, siteRows] of bySite) {
    const services = new Map((await findServicesByCodes({ siteId, codes: [...new Set(siteRows.map((r) => r.data.code))] })).map((s) => [s.code, s]));
    const seen = new Map<string, number>();
    for (const r of siteRows) {
      const service = services.get(r.data.code);
      if (!service) {
        rejected.push({ line: r.line, column: COLUMN_LABELS.code!, message: `Trang ${r.site.host} không có thủ tục mã ${r.data.code}.` });
        continue;
      }
      const key = `${r.data.code}|${r.data.period.start}|${r.data.period.end}`;
      if (seen.has(key)) {
        rejected.push({ line: r.line, column: COLUMN_LABELS.period!, message: `Số liệu của thủ tục ${r.data.code} kỳ ${r.data.period.label} trùng với dòng ${seen.get(key)}; dòng này bị bỏ qua.` });
        continue;
      }
      seen.set(key, r.line);
      accepted.push({ siteId, service, data: r.data });
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  if (accepted.length === 0) return report;

  await withTransaction(async (tx) => {
    for (const [siteId, list] of groupBy(accepted, (a) => a.siteId)) {
      const existing = await findStatsOf({ siteId, serviceIds: [...new Set(list.map((a) => a.service.id))] }, tx);
      const key = (serviceId: string, start: string, end: string) => `${serviceId}|${start}|${end}`;
      const old = new Map(existing.map((s) => [key(s.serviceId, s.periodStart.toISOString().slice(0, 10), s.periodEnd.toISOString().slice(0, 10)), s]));
      const changedServices = new Map<string, ServiceRow>();
      let written = 0;
      for (const { service, data } of list) {
        const figures = { timesUsed: data.timesUsed, received: data.received, onTime: data.onTime, late: data.late };
        const before = old.get(key(service.id, data.period.start, data.period.end));
        if (before && before.timesUsed === figures.timesUsed && before.received === figures.received && before.onTime === figures.onTime && before.late === figures.late) {
          report.unchanged++;
          continue;
        }
        await upsertStat(tx, { siteId, serviceId: service.id, periodStart: new Date(`${data.period.start}T00:00:00Z`), periodEnd: new Date(`${data.period.end}T00:00:00Z`), ...figures });
        if (before) report.updated++;
        else report.created++;
        written++;
        changedServices.set(service.id, service);
      }
      for (const s of changedServices.values()) if (s.status === 'PUBLISHED') await contentChanged(tx, { siteId, type: 'service', id: s.id, change: 'published' });
      report.sites.push(rows.find((r) => r.site.id === siteId)!.site.host);
      if (written > 0) await recordAudit(tx, actor, { siteId, action: 'service.stats.import', entity: 'service', after: { file: file.name, rows: written } });
    }
  });
  return report;
}
