import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { EditorialSummary } from '@/modules/content/components/editorial-summary';
import { dayLabel, formatIsoWeek, isoWeekOfDate } from '@/modules/schedule/iso-week';
import { scheduleEntryCommandAction } from '@/modules/schedule/schedule.actions';
import { getScheduleEntryForEditing } from '@/modules/schedule/schedule.service';
import { ScheduleEntryForm } from '@/modules/schedule/components/schedule-entry-form';
import { EditLock, WorkflowPanel } from '@/modules/workflow/components/workflow-panel';
import { workflowLockAction } from '@/modules/workflow/workflow.actions';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa lịch công tác' };

type Props = { params: Promise<{ siteId: string; id: string }> };

export default async function EditScheduleEntry({ params }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const entry = /^[0-9a-f-]{36}$/.test(id) ? await getScheduleEntryForEditing(actor, site.id, id) : null;
  if (!entry) notFound();
  const e = entry.editorial;
  const week = formatIsoWeek(isoWeekOfDate(entry.date));
  const base = `/quan-tri/trang/${site.id}/lich-cong-tac`;
  const publicUrl = `${(await originResolver())(site.host)}/${entry.lang === 'en' ? 'en/' : ''}lich-cong-tac?tuan=${week}`;
  const role = actor.memberships.find((m) => m.siteId === site.id)?.role;
  const published = entry.status === 'PUBLISHED';
  return (
    <>
      <p><a href={`${base}?tuan=${week}`}>← Lịch công tác tuần {week.slice(-2)}</a></p>
      <h1>Sửa lịch công tác: {dayLabel(entry.date)}</h1>
      <EditorialSummary
        editorial={e}
        status={entry.status}
        publicUrl={publicUrl}
        publicTitle={entry.publicContent}
        noun="mục lịch"
        revisionsHref={`${base}/${entry.id}/phien-ban`}
        facts={entry.lang === 'en' ? <><dt>Ngôn ngữ</dt><dd>Tiếng Anh</dd></> : null}
      />
      <EditLock lock={workflowLockAction.bind(null, 'schedule', site.id, entry.id)} formId="schedule-entry-form" />
      <WorkflowPanel
        step={scheduleEntryCommandAction.bind(null, site.id, entry.id)}
        actions={e.actions}
        extra={role === 'BOARD_HEAD' && !published && entry.status !== 'SCHEDULED' ? [{ command: 'delete', label: 'Xóa mục lịch', warning: true }] : []}
      />
      <h2>Sửa nội dung</h2>
      <ScheduleEntryForm
        siteId={site.id}
        entryId={entry.id}
        initial={{ ...entry, classification: e.classification, forbiddenSubject: e.forbiddenSubject }}
        canSubmit={e.actions.some((a) => a.action === 'submit') || e.state === 'PUBLISHED'}
      />
    </>
  );
}
