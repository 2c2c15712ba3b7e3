/**
 * Runs once when a Next.js server instance starts: starts this instance's background job worker
 * (several instances share the queue safely). JOB_WORKER=0 turns it off, e.g. for a web-only instance
 * when a separate worker process runs.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOB_WORKER === '0') return;
  const { registerAllJobHandlers } = await import('@/server/job-handlers');
  const { startJobWorker } = await import('@/modules/jobs/job-worker');
  const { prepareSearchEngine } = await import('@/modules/search/search-index');
  registerAllJobHandlers();
  startJobWorker();
  // Index settings applied by code at start (Meilisearch); never blocks the start.
  void prepareSearchEngine();
}
