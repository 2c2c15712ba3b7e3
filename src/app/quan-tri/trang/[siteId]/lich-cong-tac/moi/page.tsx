import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { isCalendarDate, vietnamDate } from '@/modules/schedule/iso-week';
import { ScheduleEntryForm } from '@/modules/schedule/components/schedule-entry-form';

export const metadata: Metadata = { title: 'Thêm lịch công tác' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ ngay?: string }> };

/** New schedule entry; ?ngay=YYYY-MM-DD pre-fills the day chosen in the week view. */
export default async function NewScheduleEntry({ params, searchParams }: Props) {
  const { site } = await requireSiteEditor((await params).siteId);
  const day = (await searchParams).ngay;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/lich-cong-tac`}>← Lịch công tác</a></p>
      <h1>Thêm lịch công tác</h1>
      <ScheduleEntryForm siteId={site.id} entryId={null} initial={{ date: day && isCalendarDate(day) ? day : vietnamDate() }} canSubmit />
    </>
  );
}
