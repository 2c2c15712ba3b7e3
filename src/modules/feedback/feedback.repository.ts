import type { Db } from '@/server/db';
import { db } from '@/server/db';

export function insertRating(tx: Db, data: { siteId: string; interface: number | null; content: number | null; quality: number | null; support: number | null }) {
  return tx.siteRating.create({ data, select: { id: true } });
}

export function insertPageFeedback(tx: Db, data: { siteId: string; path: string; helpful: boolean }) {
  return tx.pageFeedback.create({ data, select: { id: true } });
}

export async function aggregateRatings(siteId: string) {
  const r = await db().siteRating.aggregate({
    where: { siteId },
    _count: { _all: true, interface: true, content: true, quality: true, support: true },
    _avg: { interface: true, content: true, quality: true, support: true },
  });
  return r;
}

/** Yes/no answers per page, most answered first. */
export async function aggregatePageFeedback(siteId: string, take = 50) {
  const rows = await db().pageFeedback.groupBy({ by: ['path', 'helpful'], where: { siteId }, _count: { _all: true } });
  const byPath = new Map<string, { path: string; yes: number; no: number }>();
  for (const r of rows) {
    const e = byPath.get(r.path) ?? { path: r.path, yes: 0, no: 0 };
    if (r.helpful) e.yes += r._count._all;
    else e.no += r._count._all;
    byPath.set(r.path, e);
  }
  return [...byPath.values()].sort((a, b) => b.yes + b.no - (a.yes + a.no) || a.path.localeCompare(b.path)).slice(0, take);
}
