import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { canPublishContent } from '@/modules/content/content.policy';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { dayLabel, formatIsoWeek, isoWeekOfDate } from '@/modules/schedule/iso-week';
import { getScheduleEntryForEditing } from '@/modules/schedule/schedule.service';
import { ScheduleEntryCommands, ScheduleEntryForm } from '@/modules/schedule/components/schedule-entry-form';

export const metadata: Metadata = { title: 'Sửa lịch công tác' };

type Props = { params: Promise<{ siteId: string; id: string }> };

export default async function EditScheduleEntry({ params }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const entry = /^[0-9a-f-]{36}$/.test(id) ? await getScheduleEntryForEditing(actor, site.id, id) : null;
  if (!entry) notFound();
  const week = formatIsoWeek(isoWeekOfDate(entry.date));
  const canPublish = canPublishContent(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/lich-cong-tac?tuan=${week}`}>← Lịch công tác tuần {week.slice(-2)}</a></p>
      <h1>Sửa lịch công tác: {dayLabel(entry.date)}</h1>
      <p>Trạng thái: <strong>{STATUS_LABELS[entry.status]}</strong>{entry.lang === 'en' ? ' · Tiếng Anh' : null}</p>
      {canPublish ? <ScheduleEntryCommands siteId={site.id} entryId={entry.id} status={entry.status} week={week} /> : null}
      {entry.status === 'PUBLISHED' && !canPublish ? (
        <p>Lịch đã đăng chỉ ban biên tập được sửa. Hãy đề nghị trưởng ban hoặc phó trưởng ban gỡ lịch nếu cần sửa.</p>
      ) : (
        <ScheduleEntryForm siteId={site.id} entryId={entry.id} initial={entry} canPublish={canPublish} status={entry.status} />
      )}
    </>
  );
}
