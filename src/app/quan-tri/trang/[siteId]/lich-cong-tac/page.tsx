import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { ConsoleScheduleWeek } from '@/modules/schedule/components/console-schedule-week';

export const metadata: Metadata = { title: 'Lịch công tác' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ tuan?: string | string[]; 'da-luu'?: string; 'da-duyet'?: string }> };

/** A site's schedule in the console, one week at a time (C4). */
export default async function ConsoleSchedule({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const query = await searchParams;
  return <ConsoleScheduleWeek actor={actor} site={site} tuan={query.tuan} saved={query['da-luu'] === '1'} approved={Number(query['da-duyet']) || 0} />;
}
