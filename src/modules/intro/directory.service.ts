import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { knownId } from './known-id';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { canEditContent, canPublishContent } from '@/modules/content/content.policy';
import { DirectoryEntryInputSchema, MoveSchema, type DirectoryEntryInput } from './intro.schemas';
import {
  deleteDirectoryEntryRow,
  findDirectoryEntries,
  findDirectoryEntry,
  insertDirectoryEntry,
  updateDirectoryEntryRow,
  writeDirectoryOrder,
} from './directory.repository';


const NOT_FOUND = 'Không tìm thấy mục danh bạ.';

export type DirectoryEntryDto = { id: string; unit: string; unitEn: string | null; holder: string | null; email: string; phone: string | null; position: number };

/** A row of the public directory: `lang` is the language of the unit's name as shown (C11 fallback). */
export type PublicDirectoryEntry = { id: string; unit: string; unitLang: 'vi' | 'en'; holder: string | null; email: string; phone: string | null };

const toDto = (r: DirectoryEntryDto): DirectoryEntryDto => ({ id: r.id, unit: r.unit, unitEn: r.unitEn, holder: r.holder, email: r.email, phone: r.phone, position: r.position });

/** The official e-mail directory of a site (C7, seed 002 Đ8.7); it has no drafts: entries are public once saved. */
export async function listDirectory(params: { siteId: string; lang: 'vi' | 'en' }): Promise<PublicDirectoryEntry[]> {
  const rows = await findDirectoryEntries(params.siteId);
  return rows.map((r) => {
    const english = params.lang === 'en' && !!r.unitEn;
    return { id: r.id, unit: english ? r.unitEn! : r.unit, unitLang: english ? 'en' : 'vi', holder: r.holder, email: r.email, phone: r.phone };
  });
}

// ── Console ──────────────────────────────────────────────────────────────────

/** Directory entries are public as soon as they are saved, so changing them is a publishing right. */
function requirePublisher(actor: Actor, siteId: string) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ quản trị trang và ban biên tập được sửa danh bạ thư điện tử.');
}

export async function listDirectoryForConsole(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền với trang này.');
  return { entries: (await findDirectoryEntries(siteId)).map(toDto), canManage: canPublishContent(actor, siteId) };
}

export async function getDirectoryEntryForEditing(actor: Actor, siteId: string, entryId: string) {
  requirePublisher(actor, siteId);
  const row = await findDirectoryEntry({ siteId, id: knownId(entryId, NOT_FOUND) });
  return row ? toDto(row) : null;
}

export async function createDirectoryEntry(actor: Actor, siteId: string, input: DirectoryEntryInput) {
  requirePublisher(actor, siteId);
  const data = parseInput(DirectoryEntryInputSchema, input);
  return withTransaction(async (tx) => {
    const existing = await findDirectoryEntries(siteId, tx);
    const row = await insertDirectoryEntry(tx, {
      siteId,
      unit: data.unit,
      unitEn: data.unitEn ?? null,
      holder: data.holder ?? null,
      email: data.email,
      phone: data.phone ?? null,
      position: existing.length === 0 ? 0 : Math.max(...existing.map((e) => e.position)) + 1,
    });
    await recordAudit(tx, actor, { siteId, action: 'directory.create', entity: 'directory_entry', entityId: row.id, after: { unit: row.unit, email: row.email } });
    await contentChanged(tx, { siteId, type: 'directory', id: row.id, change: 'saved' });
    return { id: row.id };
  });
}

export async function updateDirectoryEntry(actor: Actor, siteId: string, entryId: string, input: DirectoryEntryInput) {
  requirePublisher(actor, siteId);
  const data = parseInput(DirectoryEntryInputSchema, input);
  const before = await findDirectoryEntry({ siteId, id: knownId(entryId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  await withTransaction(async (tx) => {
    await updateDirectoryEntryRow(tx, {
      siteId,
      id: entryId,
      data: { unit: data.unit, unitEn: data.unitEn ?? null, holder: data.holder ?? null, email: data.email, phone: data.phone ?? null },
    });
    await recordAudit(tx, actor, {
      siteId,
      action: 'directory.update',
      entity: 'directory_entry',
      entityId: entryId,
      before: { unit: before.unit, email: before.email },
      after: { unit: data.unit, email: data.email },
    });
    await contentChanged(tx, { siteId, type: 'directory', id: entryId, change: 'saved' });
  });
}

export async function deleteDirectoryEntry(actor: Actor, siteId: string, entryId: string) {
  requirePublisher(actor, siteId);
  const before = await findDirectoryEntry({ siteId, id: knownId(entryId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  await withTransaction(async (tx) => {
    await deleteDirectoryEntryRow(tx, { siteId, id: entryId });
    await recordAudit(tx, actor, { siteId, action: 'directory.delete', entity: 'directory_entry', entityId: entryId, before: { unit: before.unit, email: before.email } });
    await contentChanged(tx, { siteId, type: 'directory', id: entryId, change: 'deleted' });
  });
}

/** Moves an entry one place up or down; positions are rewritten 0…n-1 so gaps and ties disappear. */
export async function moveDirectoryEntry(actor: Actor, siteId: string, entryId: string, direction: unknown) {
  requirePublisher(actor, siteId);
  const dir = parseInput(MoveSchema, direction);
  await withTransaction(async (tx) => {
    const ids = (await findDirectoryEntries(siteId, tx)).map((e) => e.id);
    const index = ids.indexOf(entryId);
    if (index < 0) throw new AppError('NOT_FOUND', NOT_FOUND);
    const target = dir === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    await writeDirectoryOrder(tx, { siteId, ids });
    await recordAudit(tx, actor, { siteId, action: 'directory.move', entity: 'directory_entry', entityId: entryId, before: { position: index }, after: { position: target } });
    await contentChanged(tx, { siteId, type: 'directory', id: entryId, change: 'saved' });
  });
}
