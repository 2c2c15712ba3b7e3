import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { logError, logInfo } from '@/server/log';
import { failureHandlers, jobHandler, PermanentJobError, registeredKinds } from './job-registry';
import { claimDueJobs, JOBS_CHANNEL, markJobDone, markJobFailed, markJobRetry, releaseStaleJobs, type JobRow } from './jobs.repository';

const WORKER_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** 2 s, 4 s, 8 s … capped at one hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(3600_000, 1000 * 2 ** Math.max(1, attempt));
}

/** The reason kept with the job and shown in the console: no e-mail addresses (citizens' data stay out of logs). */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[địa chỉ thư]').slice(0, 1000);
}

async function runOne(job: JobRow): Promise<void> {
  const handler = jobHandler(job.kind);
  try {
    if (!handler) throw new PermanentJobError(`Không có bộ xử lý cho loại công việc "${job.kind}".`);
    await handler(job.payload, job);
    await markJobDone(job.id);
  } catch (error) {
    const message = describe(error);
    if (error instanceof PermanentJobError || job.attempts >= job.maxAttempts) {
      await markJobFailed(job.id, message);
      logError('job failed for good', new Error(message), { kind: job.kind, jobId: job.id, attempts: job.attempts });
      for (const listener of failureHandlers()) await listener(job, message).catch((e) => logError('job failure listener failed', e, { jobId: job.id }));
    } else {
      await markJobRetry(job.id, new Date(Date.now() + retryDelayMs(job.attempts)), message);
    }
  }
}

/** Runs the jobs due now (one batch after another) and says how many ran. Safe on several instances at once. */
export async function runDueJobs(options: { batchSize?: number; maxBatches?: number } = {}): Promise<number> {
  const kinds = registeredKinds();
  if (kinds.length === 0) return 0;
  let ran = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch++) {
    const jobs = await claimDueJobs(WORKER_ID, options.batchSize ?? 20, kinds);
    if (jobs.length === 0) break;
    for (const job of jobs) await runOne(job);
    ran += jobs.length;
  }
  return ran;
}

export type WorkerHandle = { stop: () => Promise<void> };

/**
 * The background worker of an app instance: woken by NOTIFY when work is queued, polling every
 * `pollMs` in any case (timed jobs, lost notifications, databases without LISTEN), and giving back
 * jobs of crashed workers.
 */
export function startJobWorker(options: { pollMs?: number; databaseUrl?: string } = {}): WorkerHandle {
  const pollMs = options.pollMs ?? 1000;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let listener: pg.Client | undefined;

  const tick = () => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    again = true;
    running = running.then(async () => {
      while (again && !stopped) {
        again = false;
        try {
          await releaseStaleJobs(300);
          await runDueJobs();
        } catch (e) {
          logError('job worker pass failed', e);
        }
      }
      if (!stopped) timer = setTimeout(tick, pollMs);
    });
  };

  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    client.on('error', (e) => logError('job listener connection lost; polling continues', e));
    client
      .connect()
      .then(() => client.query(`LISTEN ${JOBS_CHANNEL}`))
      .then(() => {
        listener = client;
        client.on('notification', tick);
      })
      .catch((e) => {
        logInfo('job worker: no LISTEN on this database, polling only', { reason: describe(e) });
        void client.end().catch(() => undefined);
      });
  }
  tick();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await listener?.end().catch(() => undefined);
    },
  };
}
