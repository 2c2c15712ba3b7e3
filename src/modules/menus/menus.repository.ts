import type { Db } from '@/server/db';
import { db } from '@/server/db';

export function findMenuItems(siteId: string, tx: Db = db()) {
  return tx.menuItem.findMany({ where: { siteId }, orderBy: [{ position: 'asc' }, { label: 'asc' }] });
}

export async function insertMenuItems(tx: Db, siteId: string, items: { label: string; labelEn?: string; href: string }[]) {
  await tx.menuItem.createMany({
    data: items.map((item, position) => ({ siteId, label: item.label, labelEn: item.labelEn, href: item.href, position })),
  });
}
