import type { Db } from '@/server/db';
import { insertJob, type JobRow } from './jobs.repository';

/**
 * What a kind of job does. Handlers are idempotent: a job may run again after a crash. Throwing
 * means "try again later"; a PermanentJobError means "no use retrying".
 */
export type JobHandler = (payload: unknown, job: JobRow) => Promise<void>;

export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

const handlers = new Map<string, JobHandler>();
const failureListeners: ((job: JobRow, error: string) => Promise<void>)[] = [];

export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}

export function registeredKinds(): string[] {
  return [...handlers.keys()];
}

/** Called once a job has failed for good (e.g. to notify the site's board): never silent. */
export function onJobFailed(listener: (job: JobRow, error: string) => Promise<void>): void {
  failureListeners.push(listener);
}

export function failureHandlers() {
  return failureListeners;
}

/** Queue work in the caller's transaction (see insertJob). */
export function enqueueJob(
  tx: Db,
  job: { kind: string; payload: unknown; siteId?: string | null; runAt?: Date; dedupeKey?: string | null; maxAttempts?: number },
): Promise<void> {
  return insertJob(tx, job);
}
