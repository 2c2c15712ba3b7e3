import type { Db } from '@/server/db';
import { db } from '@/server/db';

/**
 * Counts one request in the current window and reads the previous window, in one statement. The upsert is atomic
 * in PostgreSQL (ON CONFLICT … DO UPDATE takes the row lock), so concurrent requests on any number of app
 * instances never lose a count. `client` lets tests use independent connections.
 */
export async function countRequest(
  params: { key: string; siteId: string; windowStart: Date; previousStart: Date; expiresAt: Date },
  client: Db = db(),
): Promise<{ current: number; previous: number }> {
  const rows = await client.$queryRaw<{ current: number; previous: number }[]>`
    WITH cur AS (
      INSERT INTO rate_limit_buckets (key, "siteId", "windowStart", count, "expiresAt")
      VALUES (${params.key}, ${params.siteId}::uuid, ${params.windowStart}, 1, ${params.expiresAt})
      ON CONFLICT (key, "windowStart") DO UPDATE SET count = rate_limit_buckets.count + 1
      RETURNING count
    )
    SELECT (SELECT count FROM cur)::int AS current,
           COALESCE((SELECT count FROM rate_limit_buckets WHERE key = ${params.key} AND "siteId" = ${params.siteId}::uuid AND "windowStart" = ${params.previousStart}), 0)::int AS previous`;
  return rows[0]!;
}

/** Old windows are useless once two windows have passed; deleted opportunistically, a few at a time. */
export async function deleteExpiredBuckets(params: { siteId: string; now: Date }, client: Db = db()): Promise<number> {
  return client.$executeRaw`
    DELETE FROM rate_limit_buckets WHERE ctid IN (
      SELECT ctid FROM rate_limit_buckets WHERE "siteId" = ${params.siteId}::uuid AND "expiresAt" < ${params.now} LIMIT 500)`;
}
