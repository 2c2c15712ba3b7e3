import type { Db } from '@/server/db';
import { db } from '@/server/db';

export type JobRow = {
  id: string;
  kind: string;
  payload: unknown;
  siteId: string | null;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
};

export const JOBS_CHANNEL = 'cong_so_jobs';

/**
 * Adds a job inside the caller's transaction, so it exists exactly when the change that caused it
 * commits (outbox). With a dedupe key, a pending job of the same key is updated instead of doubled.
 * The NOTIFY is delivered at commit and wakes idle workers at once.
 */
export async function insertJob(
  tx: Db,
  job: { kind: string; payload: unknown; siteId?: string | null; runAt?: Date; dedupeKey?: string | null; maxAttempts?: number },
): Promise<void> {
  const runAt = job.runAt ?? new Date();
  const payload = JSON.stringify(job.payload ?? {});
  if (job.dedupeKey) {
    await tx.$executeRaw`
      INSERT INTO jobs (id, kind, payload, "siteId", "runAt", "dedupeKey", "maxAttempts")
      VALUES (gen_random_uuid(), ${job.kind}, ${payload}::jsonb, ${job.siteId ?? null}::uuid, ${runAt}, ${job.dedupeKey}, ${job.maxAttempts ?? 8})
      ON CONFLICT ("dedupeKey") WHERE status = 'PENDING' AND "dedupeKey" IS NOT NULL
      DO UPDATE SET payload = EXCLUDED.payload, "runAt" = EXCLUDED."runAt", kind = EXCLUDED.kind`;
  } else {
    await tx.$executeRaw`
      INSERT INTO jobs (id, kind, payload, "siteId", "runAt", "maxAttempts")
      VALUES (gen_random_uuid(), ${job.kind}, ${payload}::jsonb, ${job.siteId ?? null}::uuid, ${runAt}, ${job.maxAttempts ?? 8})`;
  }
  await tx.$executeRaw`SELECT pg_notify(${JOBS_CHANNEL}, ${job.kind})`;
}

/** Takes up to `limit` due jobs for this worker; other workers skip the locked rows. */
export function claimDueJobs(workerId: string, limit: number, kinds: string[]): Promise<JobRow[]> {
  return db().$queryRaw<JobRow[]>`
    UPDATE jobs SET status = 'RUNNING', "lockedAt" = now(), "lockedBy" = ${workerId}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM jobs
      WHERE status = 'PENDING' AND "runAt" <= now() AND kind = ANY(${kinds}::text[])
      ORDER BY "runAt"
      FOR UPDATE SKIP LOCKED
      LIMIT ${limit}
    )
    RETURNING id, kind, payload, "siteId", attempts, "maxAttempts", "runAt"`;
}

export async function markJobDone(id: string): Promise<void> {
  await db().$executeRaw`UPDATE jobs SET status = 'DONE', "finishedAt" = now(), "lockedAt" = NULL, "lastError" = NULL WHERE id = ${id}::uuid`;
}

export async function markJobRetry(id: string, runAt: Date, error: string): Promise<void> {
  await db().$executeRaw`UPDATE jobs SET status = 'PENDING', "runAt" = ${runAt}, "lockedAt" = NULL, "lockedBy" = NULL, "lastError" = ${error} WHERE id = ${id}::uuid`;
}

export async function markJobFailed(id: string, error: string): Promise<void> {
  await db().$executeRaw`UPDATE jobs SET status = 'FAILED', "finishedAt" = now(), "lockedAt" = NULL, "lastError" = ${error} WHERE id = ${id}::uuid`;
}

/** Jobs whose worker died mid-run (RUNNING for too long) go back to the queue. */
export function releaseStaleJobs(olderThanSeconds: number): Promise<number> {
  return db().$executeRaw`
    UPDATE jobs SET status = 'PENDING', "lockedAt" = NULL, "lockedBy" = NULL, "lastError" = 'Tiến trình xử lý bị dừng giữa chừng; chạy lại.'
    WHERE status = 'RUNNING' AND "lockedAt" < now() - make_interval(secs => ${olderThanSeconds})`;
}

export function findJobs(params: { siteIds?: string[]; status?: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED'; skip: number; take: number }) {
  const where = {
    ...(params.siteIds ? { siteId: { in: params.siteIds } } : {}),
    ...(params.status ? { status: params.status } : {}),
  };
  return db().$transaction([
    db().job.findMany({ where, orderBy: { createdAt: 'desc' }, skip: params.skip, take: params.take }),
    db().job.count({ where }),
  ]);
}

export function findJob(id: string) {
  return db().job.findUnique({ where: { id } });
}

export function requeueJob(id: string) {
  return db().job.updateMany({ where: { id, status: 'FAILED' }, data: { status: 'PENDING', attempts: 0, runAt: new Date(), finishedAt: null } });
}

/** Pending and failed counts per kind, for /api/health and the console. */
export function countOpenJobs() {
  return db().job.groupBy({ by: ['kind', 'status'], where: { status: { in: ['PENDING', 'FAILED', 'RUNNING'] } }, _count: { _all: true } });
}
