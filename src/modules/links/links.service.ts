import { cache } from 'react';
import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { canEditContent, canManageSiteStructure } from '@/modules/content/content.policy';
import {
  deleteLinkGroupRow,
  deleteLinkRow,
  findLink,
  findLinkGroup,
  findLinkGroups,
  insertLink,
  insertLinkGroup,
  updateLinkGroupRow,
  updateLinkRow,
} from './links.repository';
import { LinkGroupInputSchema, LinkInputSchema, type LinkGroupInput, type LinkInput } from './links.schemas';

export type PublicLinkGroup = { id: string; name: string; links: { id: string; label: string; url: string }[] };

export type ConsoleLinkGroup = {
  id: string;
  name: string;
  nameEn: string | null;
  position: number;
  links: { id: string; label: string; labelEn: string | null; url: string; position: number }[];
};

/**
 * Links to other state portals (C8, seed 003 Đ6.1b) as the public sees them: groups without links are
 * left out; English pages use the English names where they exist. Cached per request (the layout and a
 * page may both ask).
 */
export const listPublicLinkGroups = cache(async (siteId: string, lang: 'vi' | 'en' = 'vi'): Promise<PublicLinkGroup[]> => {
  const groups = await findLinkGroups(siteId);
  return groups
    .filter((g) => g.links.length > 0)
    .map((g) => ({
      id: g.id,
      name: lang === 'en' ? (g.nameEn ?? g.name) : g.name,
      links: g.links.map((l) => ({ id: l.id, label: lang === 'en' ? (l.labelEn ?? l.label) : l.label, url: l.url })),
    }));
});

function requireStructure(actor: Actor, siteId: string) {
  if (!canManageSiteStructure(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ quản trị trang hoặc trưởng ban biên tập được sửa liên kết website.');
}

/** Console: every group and link of the site (members may look; managing is checked per action). */
export async function listLinkGroupsForConsole(actor: Actor, siteId: string): Promise<ConsoleLinkGroup[]> {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền với trang này.');
  const groups = await findLinkGroups(siteId);
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    nameEn: g.nameEn,
    position: g.position,
    links: g.links.map((l) => ({ id: l.id, label: l.label, labelEn: l.labelEn, url: l.url, position: l.position })),
  }));
}

export async function createLinkGroup(actor: Actor, siteId: string, input: LinkGroupInput) {
  requireStructure(actor, siteId);
  const data = parseInput(LinkGroupInputSchema, input);
  return withTransaction(async (tx) => {
    const row = await insertLinkGroup(tx, { siteId, name: data.name, nameEn: data.nameEn ?? null, position: data.position });
    await recordAudit(tx, actor, { siteId, action: 'link-group.create', entity: 'link-group', entityId: row.id, after: { name: row.name } });
    await contentChanged(tx, { siteId, type: 'link', id: row.id, change: 'saved' });
    return { id: row.id };
  });
}

export async function updateLinkGroup(actor: Actor, siteId: string, groupId: string, input: LinkGroupInput) {
  requireStructure(actor, siteId);
  const data = parseInput(LinkGroupInputSchema, input);
  await withTransaction(async (tx) => {
    const before = await findLinkGroup({ siteId, id: groupId }, tx);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy nhóm liên kết.');
    await updateLinkGroupRow(tx, { siteId, id: groupId, data: { name: data.name, nameEn: data.nameEn ?? null, position: data.position } });
    await recordAudit(tx, actor, { siteId, action: 'link-group.update', entity: 'link-group', entityId: groupId, before: { name: before.name, position: before.position }, after: { name: data.name, position: data.position } });
    await contentChanged(tx, { siteId, type: 'link', id: groupId, change: 'saved' });
  });
}

/** Deletes a group and its links. */
export async function deleteLinkGroup(actor: Actor, siteId: string, groupId: string) {
  requireStructure(actor, siteId);
  await withTransaction(async (tx) => {
    const before = await findLinkGroup({ siteId, id: groupId }, tx);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy nhóm liên kết.');
    await deleteLinkGroupRow(tx, { siteId, id: groupId });
    await recordAudit(tx, actor, { siteId, action: 'link-group.delete', entity: 'link-group', entityId: groupId, before: { name: before.name } });
    await contentChanged(tx, { siteId, type: 'link', id: groupId, change: 'deleted' });
  });
}

async function requireGroup(siteId: string, groupId: string, tx?: Parameters<typeof findLinkGroup>[1]) {
  const group = await findLinkGroup({ siteId, id: groupId }, tx);
  if (!group) throw new AppError('VALIDATION', 'Nhóm liên kết không thuộc trang này.', { groupId: 'Nhóm liên kết không hợp lệ.' });
  return group;
}

export async function createLink(actor: Actor, siteId: string, input: LinkInput) {
  requireStructure(actor, siteId);
  const data = parseInput(LinkInputSchema, input);
  return withTransaction(async (tx) => {
    await requireGroup(siteId, data.groupId, tx);
    const row = await insertLink(tx, { siteId, groupId: data.groupId, label: data.label, labelEn: data.labelEn ?? null, url: data.url, position: data.position });
    await recordAudit(tx, actor, { siteId, action: 'link.create', entity: 'link', entityId: row.id, after: { label: row.label, url: row.url } });
    await contentChanged(tx, { siteId, type: 'link', id: row.id, change: 'saved' });
    return { id: row.id };
  });
}

export async function updateLink(actor: Actor, siteId: string, linkId: string, input: LinkInput) {
  requireStructure(actor, siteId);
  const data = parseInput(LinkInputSchema, input);
  await withTransaction(async (tx) => {
    const before = await findLink({ siteId, id: linkId }, tx);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy liên kết.');
    await requireGroup(siteId, data.groupId, tx);
    await updateLinkRow(tx, { siteId, id: linkId, data: { groupId: data.groupId, label: data.label, labelEn: data.labelEn ?? null, url: data.url, position: data.position } });
    await recordAudit(tx, actor, {
      siteId,
      action: 'link.update',
      entity: 'link',
      entityId: linkId,
      before: { label: before.label, url: before.url, position: before.position },
      after: { label: data.label, url: data.url, position: data.position },
    });
    await contentChanged(tx, { siteId, type: 'link', id: linkId, change: 'saved' });
  });
}

export async function deleteLink(actor: Actor, siteId: string, linkId: string) {
  requireStructure(actor, siteId);
  await withTransaction(async (tx) => {
    const before = await findLink({ siteId, id: linkId }, tx);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy liên kết.');
    await deleteLinkRow(tx, { siteId, id: linkId });
    await recordAudit(tx, actor, { siteId, action: 'link.delete', entity: 'link', entityId: linkId, before: { label: before.label, url: before.url } });
    await contentChanged(tx, { siteId, type: 'link', id: linkId, change: 'deleted' });
  });
}
