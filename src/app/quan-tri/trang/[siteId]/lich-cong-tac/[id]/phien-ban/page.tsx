import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { dayLabel } from '@/modules/schedule/iso-week';
import { scheduleWorkflow } from '@/modules/schedule/schedule-workflow';
import { getScheduleEntryForEditing } from '@/modules/schedule/schedule.service';
import { RevisionsView } from '@/modules/workflow/components/revisions-view';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ trai?: string; phai?: string }> };

export default async function ScheduleEntryRevisions({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const entry = /^[0-9a-f-]{36}$/.test(id) ? await getScheduleEntryForEditing(actor, site.id, id) : null;
  if (!entry) notFound();
  return <RevisionsView actor={actor} adapter={scheduleWorkflow} siteId={site.id} entityId={entry.id} title={`Lịch công tác ${dayLabel(entry.date)}`} sp={await searchParams} />;
}
