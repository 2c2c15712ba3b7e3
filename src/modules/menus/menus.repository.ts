import type { Db } from '@/server/db';
import { db } from '@/server/db';

export function findMenuItems(siteId: string, tx: Db = db()) {
  return tx.menuItem.findMany({ where: { siteId }, orderBy: [{ position: 'asc' }, { label: 'asc' }] });
}

export type NewMenuItem = { label: string; labelEn?: string; href: string; children?: NewMenuItem[] };

/** Inserts a menu tree in order (parents first so children can point to them). */
export async function insertMenuItems(tx: Db, siteId: string, items: NewMenuItem[], parentId: string | null = null) {
  for (const [position, item] of items.entries()) {
    const row = await tx.menuItem.create({ data: { siteId, parentId, label: item.label, labelEn: item.labelEn, href: item.href, position } });
    if (item.children?.length) await insertMenuItems(tx, siteId, item.children, row.id);
  }
}
