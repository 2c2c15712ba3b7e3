import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { withTransaction } from '@/server/transaction';
import { enqueueJob, onJobFailed, PermanentJobError, registerJobHandler } from '@/modules/jobs/job-registry';
import { retryDelayMs, runDueJobs, startJobWorker } from '@/modules/jobs/job-worker';
import { releaseStaleJobs } from '@/modules/jobs/jobs.repository';
import { resetDatabase, sql } from '../helpers/db';

beforeEach(resetDatabase);

const seen: unknown[] = [];
let flaky = 0;
const failed: string[] = [];
registerJobHandler('test.record', async (payload) => {
  seen.push(payload);
});
registerJobHandler('test.flaky', async () => {
  flaky += 1;
  throw new Error('Máy chủ thư tạm thời không trả lời.');
});
registerJobHandler('test.permanent', async () => {
  throw new PermanentJobError('Địa chỉ nhận không hợp lệ.');
});
registerJobHandler('test.slow', async (payload) => {
  await new Promise((r) => setTimeout(r, 30));
  seen.push(payload);
});
onJobFailed(async (job, error) => {
  failed.push(`${job.kind}: ${error}`);
});

const jobs = () => sql<{ kind: string; status: string; attempts: number; lastError: string | null; runAt: Date }>('SELECT kind, status, attempts, "lastError", "runAt" FROM jobs ORDER BY "createdAt"');

describe('durable job queue', () => {
  beforeEach(() => {
    seen.length = 0;
    failed.length = 0;
    flaky = 0;
  });

  it('a job exists only if the transaction that queued it commits (outbox)', async () => {
    await expect(
      withTransaction(async (tx) => {
        await enqueueJob(tx, { kind: 'test.record', payload: { n: 1 } });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await jobs()).toHaveLength(0);
    await withTransaction((tx) => enqueueJob(tx, { kind: 'test.record', payload: { n: 2 } }));
    expect(await runDueJobs()).toBe(1);
    expect(seen).toEqual([{ n: 2 }]);
    expect((await jobs())[0]).toMatchObject({ status: 'DONE', attempts: 1 });
  });

  it('retries a failing job later with back-off, then keeps it as FAILED with its reason and tells the listeners', async () => {
    await withTransaction((tx) => enqueueJob(tx, { kind: 'test.flaky', payload: {}, maxAttempts: 2 }));
    await runDueJobs();
    let [row] = await jobs();
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'Máy chủ thư tạm thời không trả lời.' });
    expect(row!.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(await runDueJobs()).toBe(0); // not due yet
    await sql('UPDATE jobs SET "runAt" = now()');
    await runDueJobs();
    [row] = await jobs();
    expect(row).toMatchObject({ status: 'FAILED', attempts: 2 });
    expect(flaky).toBe(2);
    expect(failed).toEqual(['test.flaky: Máy chủ thư tạm thời không trả lời.']);
    expect([retryDelayMs(1), retryDelayMs(3), retryDelayMs(30)]).toEqual([2000, 8000, 3600_000]);
  });

  it('does not retry a permanent failure', async () => {
    await withTransaction((tx) => enqueueJob(tx, { kind: 'test.permanent', payload: {} }));
    await runDueJobs();
    expect((await jobs())[0]).toMatchObject({ status: 'FAILED', attempts: 1, lastError: 'Địa chỉ nhận không hợp lệ.' });
  });

  it('keeps one pending job per dedupe key and runs timed jobs only when due', async () => {
    await withTransaction(async (tx) => {
      await enqueueJob(tx, { kind: 'test.record', payload: { v: 1 }, dedupeKey: 'search:article:1' });
      await enqueueJob(tx, { kind: 'test.record', payload: { v: 2 }, dedupeKey: 'search:article:1' });
      await enqueueJob(tx, { kind: 'test.record', payload: { later: true }, runAt: new Date(Date.now() + 3600_000) });
    });
    expect(await jobs()).toHaveLength(2);
    await runDueJobs();
    expect(seen).toEqual([{ v: 2 }]);
  });

  it('two workers at once never run the same job twice', async () => {
    await withTransaction(async (tx) => {
      for (let i = 0; i < 30; i++) await enqueueJob(tx, { kind: 'test.slow', payload: i });
    });
    const [a, b] = await Promise.all([runDueJobs({ batchSize: 3 }), runDueJobs({ batchSize: 3 })]);
    expect(a + b).toBe(30);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect([...seen].sort((x, y) => Number(x) - Number(y))).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('gives back jobs of a worker that died mid-run', async () => {
    await withTransaction((tx) => enqueueJob(tx, { kind: 'test.record', payload: 'orphan' }));
    await sql(`UPDATE jobs SET status = 'RUNNING', "lockedAt" = now() - interval '10 minutes', attempts = 1`);
    expect(await releaseStaleJobs(300)).toBe(1);
    await runDueJobs();
    expect(seen).toEqual(['orphan']);
  });

  it('the running worker is woken by NOTIFY when work is queued', async () => {
    const worker = startJobWorker({ pollMs: 60_000 });
    try {
      // Let the worker's first pass and LISTEN settle, then queue.
      await new Promise((r) => setTimeout(r, 300));
      await withTransaction((tx) => enqueueJob(tx, { kind: 'test.record', payload: 'woken' }));
      for (let i = 0; i < 100 && !seen.includes('woken'); i++) await new Promise((r) => setTimeout(r, 50));
      expect(seen).toContain('woken');
    } finally {
      await worker.stop();
    }
    expect(await db().job.count({ where: { status: 'DONE' } })).toBe(1);
  });
});
