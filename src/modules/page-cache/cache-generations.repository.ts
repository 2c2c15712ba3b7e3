import type { Db } from '@/server/db';

export const CACHE_CHANNEL = 'cong_so_cache';

/**
 * Bumps the cache generation of a site and of every site above it (the root portal aggregates its units' news),
 * or the global one, in the caller's transaction; the NOTIFY reaches every instance's page cache at commit.
 */
export async function bumpGenerations(tx: Db, target: { siteId: string } | 'global'): Promise<void> {
  if (target === 'global') {
    await tx.$executeRaw`
      INSERT INTO cache_generations (scope, gen, "updatedAt") VALUES ('global', 1, now())
      ON CONFLICT (scope) DO UPDATE SET gen = cache_generations.gen + 1, "updatedAt" = now()`;
    await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, 'global')`;
    return;
  }
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up(id, "parentId", depth) AS (
      SELECT id, "parentId", 0 FROM sites WHERE id = ${target.siteId}::uuid
      UNION ALL SELECT s.id, s."parentId", up.depth + 1 FROM sites s JOIN up ON s.id = up."parentId" WHERE up.depth < 10
    )
    SELECT id::text AS id FROM up`;
  const scopes = rows.map((r) => r.id);
  if (scopes.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO cache_generations (scope, gen, "updatedAt") SELECT unnest(${scopes}::text[]), 1, now()
    ON CONFLICT (scope) DO UPDATE SET gen = cache_generations.gen + 1, "updatedAt" = now()`;
  await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${scopes.join(',')})`;
}
