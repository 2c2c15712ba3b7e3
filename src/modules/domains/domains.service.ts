import { z } from 'zod';
import type { Actor } from '@/server/actor';
import { AppError, isUniqueViolation } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canManageSites } from '@/modules/sites/sites.policy';
import { HostnameSchema } from '@/modules/sites/sites.schemas';
import { findSiteById } from '@/modules/sites/sites.repository';
import { deleteAliasDomain, findDomainByHost, findDomainsOfSite, insertDomain, setPrimaryDomain } from './domains.repository';

const AddAliasSchema = z.object({ host: HostnameSchema });
const DomainRefSchema = z.object({ domainId: z.uuid({ error: 'Tên miền không hợp lệ.' }) });

function requireManager(actor: Actor) {
  if (!canManageSites(actor)) throw new AppError('FORBIDDEN', 'Chỉ quản trị nền tảng mới được quản lý tên miền.');
}

async function requireSite(siteId: string) {
  const site = await findSiteById(siteId);
  if (!site) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  return site;
}

/** Adds an alias domain; it answers 301 to the primary host (T2, seed 000 Đ5.3-4). */
export async function addAliasDomain(actor: Actor, siteId: string, input: { host: string }) {
  requireManager(actor);
  const { host } = parseInput(AddAliasSchema, input);
  await requireSite(siteId);
  if (await findDomainByHost(host)) throw new AppError('CONFLICT', `Tên miền ${host} đã thuộc về một trang.`, { host: 'Tên miền đã được dùng.' });
  try {
    await withTransaction(async (tx) => {
      const d = await insertDomain(tx, { siteId, host, isPrimary: false });
      await recordAudit(tx, actor, { siteId, action: 'domain.add', entity: 'domain', entityId: d.id, after: { host } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', `Tên miền ${host} đã thuộc về một trang.`);
    throw e;
  }
}

export async function removeAliasDomain(actor: Actor, siteId: string, input: { domainId: string }) {
  requireManager(actor);
  const { domainId } = parseInput(DomainRefSchema, input);
  const domains = await findDomainsOfSite(siteId);
  const target = domains.find((d) => d.id === domainId);
  if (!target) throw new AppError('NOT_FOUND', 'Tên miền không thuộc đơn vị này.');
  if (target.isPrimary) throw new AppError('RULE_VIOLATION', 'Không thể xóa tên miền chính; hãy đặt tên miền khác làm chính trước.');
  await withTransaction(async (tx) => {
    await deleteAliasDomain(tx, { siteId, domainId });
    await recordAudit(tx, actor, { siteId, action: 'domain.remove', entity: 'domain', entityId: domainId, before: { host: target.host } });
  });
}

/** Makes an alias the primary host; the old primary becomes an alias (redirecting). */
export async function makePrimaryDomain(actor: Actor, siteId: string, input: { domainId: string }) {
  requireManager(actor);
  const { domainId } = parseInput(DomainRefSchema, input);
  const before = (await findDomainsOfSite(siteId)).find((d) => d.isPrimary);
  await withTransaction(async (tx) => {
    const target = await setPrimaryDomain(tx, { siteId, domainId });
    if (!target) throw new AppError('NOT_FOUND', 'Tên miền không thuộc đơn vị này.');
    await recordAudit(tx, actor, {
      siteId,
      action: 'domain.make-primary',
      entity: 'domain',
      entityId: domainId,
      before: { primary: before?.host ?? null },
      after: { primary: target.host },
    });
  });
}
