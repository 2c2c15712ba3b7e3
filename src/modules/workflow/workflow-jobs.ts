import { z } from 'zod';
import { isAppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { onJobFailed, PermanentJobError, registerJobHandler } from '@/modules/jobs/job-registry';
import type { WorkflowAdapter } from './workflow-adapter';
import { notifyScheduleFailure } from './workflow-notices';
import { findEditorialItem, updateEditorialItem } from './workflow.repository';
import { SCHEDULER_ACTOR, transition, WORKFLOW_PUBLISH_JOB, WORKFLOW_UNPUBLISH_JOB } from './workflow.service';

const PayloadSchema = z.object({ entity: z.string(), siteId: z.uuid(), entityId: z.uuid(), at: z.iso.datetime({ offset: true }) });

/**
 * Timed publish and unpublish (E4) as durable jobs: they survive restarts (the queue lives in PostgreSQL and
 * every instance polls it), run once (SKIP LOCKED), and a job whose time was changed or cancelled finds the
 * item no longer matching and does nothing. The scheduler goes through `transition()` like a person, so the
 * forbidden-material guard and every rule apply to it too.
 */
export function registerWorkflowJobs(adapters: Record<string, WorkflowAdapter>): void {
  const adapterFor = (entity: string) => {
    const adapter = adapters[entity];
    if (!adapter) throw new PermanentJobError(`Không có loại nội dung "${entity}".`);
    return adapter;
  };

  registerJobHandler(WORKFLOW_PUBLISH_JOB, async (payload) => {
    const p = PayloadSchema.safeParse(payload);
    if (!p.success) throw new PermanentJobError('Công việc đăng theo lịch không hợp lệ.');
    const adapter = adapterFor(p.data.entity);
    const item = await findEditorialItem({ siteId: p.data.siteId, entity: p.data.entity, entityId: p.data.entityId });
    if (!item || item.state !== 'SCHEDULED' || item.scheduledAt?.getTime() !== new Date(p.data.at).getTime()) return;
    try {
      await transition(SCHEDULER_ACTOR, adapter, { siteId: p.data.siteId, entityId: p.data.entityId, action: 'publishScheduled' }, { system: true });
    } catch (e) {
      if (isAppError(e)) throw new PermanentJobError(e.message);
      throw e;
    }
  });

  registerJobHandler(WORKFLOW_UNPUBLISH_JOB, async (payload) => {
    const p = PayloadSchema.safeParse(payload);
    if (!p.success) throw new PermanentJobError('Công việc gỡ theo lịch không hợp lệ.');
    const adapter = adapterFor(p.data.entity);
    const item = await findEditorialItem({ siteId: p.data.siteId, entity: p.data.entity, entityId: p.data.entityId });
    if (!item || item.unpublishAt?.getTime() !== new Date(p.data.at).getTime()) return;
    try {
      await transition(SCHEDULER_ACTOR, adapter, { siteId: p.data.siteId, entityId: p.data.entityId, action: 'unpublish', reason: 'Hết thời hạn hiển thị đã hẹn khi duyệt.' }, { system: true });
    } catch (e) {
      if (isAppError(e)) throw new PermanentJobError(e.message);
      throw e;
    }
  });

  onJobFailed(async (job, error) => {
    if (job.kind !== WORKFLOW_PUBLISH_JOB && job.kind !== WORKFLOW_UNPUBLISH_JOB) return;
    const p = PayloadSchema.safeParse(job.payload);
    if (!p.success || !adapters[p.data.entity]) return;
    const adapter = adapters[p.data.entity]!;
    await withTransaction(async (tx) => {
      const item = await findEditorialItem({ siteId: p.data.siteId, entity: p.data.entity, entityId: p.data.entityId }, tx);
      if (!item) return;
      // A failed timed publish goes back to "waiting for approval" with the reason shown in the console.
      const back = job.kind === WORKFLOW_PUBLISH_JOB && item.state === 'SCHEDULED' ? { state: 'REVIEWED' as const, scheduledAt: null } : {};
      await updateEditorialItem(tx, { siteId: item.siteId, entity: item.entity, entityId: item.entityId, data: { lastError: error, ...back } });
      const facts = await adapter.loadFacts(tx, item.siteId, item.entityId);
      if (job.kind === WORKFLOW_PUBLISH_JOB && facts?.publicStatus === 'SCHEDULED') await adapter.setPublic(tx, item.siteId, item.entityId, { status: 'REVIEWED' });
      await recordAudit(tx, SCHEDULER_ACTOR, {
        siteId: item.siteId,
        action: `${item.entity}.schedule-failed`,
        entity: item.entity,
        entityId: item.entityId,
        before: { state: item.state },
        after: { error },
      });
      await contentChanged(tx, { siteId: item.siteId, type: adapter.entity, id: item.entityId, change: 'saved' });
      await notifyScheduleFailure(tx, { adapter, siteId: item.siteId, entityId: item.entityId, title: item.title, authorId: item.authorId, error });
    });
  });
}
