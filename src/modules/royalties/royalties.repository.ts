import type { Db } from '@/server/db';
import { db } from '@/server/db';

export function findGradableArticle(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.article.findFirst({ where: { siteId: params.siteId, id: params.id }, select: { id: true, title: true, author: true, status: true, publishedAt: true } });
}

/** The first author (who takes the rounding remainder) has the largest share, so this keeps the split's order. */
const SHARE_ORDER = [{ amount: 'desc' as const }, { percent: 'desc' as const }, { author: 'asc' as const }];

export function findRoyalty(params: { siteId: string; entity: string; entityId: string }, tx: Db = db()) {
  return tx.royalty.findUnique({ where: { siteId_entity_entityId: params }, include: { shares: { orderBy: SHARE_ORDER } } });
}

export async function replaceRoyalty(
  tx: Db,
  data: { siteId: string; entity: string; entityId: string; title: string; publishedAt: Date; coefficient: number | null; unitValue: bigint | null; total: bigint; note: string | null; gradedById: string | null; gradedBy: string },
  shares: { author: string; percent: number; amount: bigint }[],
) {
  await tx.royalty.deleteMany({ where: { siteId: data.siteId, entity: data.entity, entityId: data.entityId } });
  const row = await tx.royalty.create({ data: { ...data, coefficient: data.coefficient === null ? null : data.coefficient.toFixed(2) } });
  await tx.royaltyShare.createMany({ data: shares.map((s) => ({ ...s, siteId: data.siteId, royaltyId: row.id })) });
  return row;
}

export function findLastUnitValue(siteId: string) {
  return db().royalty.findFirst({ where: { siteId, unitValue: { not: null } }, orderBy: { gradedAt: 'desc' }, select: { unitValue: true } });
}

/** Published articles of a period with their grade, newest first. */
export function findPublishedInPeriod(params: { siteId: string; from: Date; to: Date }) {
  return db().article.findMany({
    where: { siteId: params.siteId, status: 'PUBLISHED', publishedAt: { gte: params.from, lt: params.to } },
    select: { id: true, title: true, author: true, publishedAt: true },
    orderBy: { publishedAt: 'desc' },
    take: 1000,
  });
}

export function findRoyaltiesInPeriod(params: { siteId: string; from: Date; to: Date }) {
  return db().royalty.findMany({
    where: { siteId: params.siteId, publishedAt: { gte: params.from, lt: params.to } },
    include: { shares: { orderBy: SHARE_ORDER } },
    orderBy: [{ publishedAt: 'asc' }, { title: 'asc' }],
  });
}
