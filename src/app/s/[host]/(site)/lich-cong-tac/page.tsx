import type { Metadata } from 'next';
import { SchedulePage, schedulePageMetadata } from '@/modules/schedule/components/schedule-pages';

type Props = { params: Promise<{ host: string }>; searchParams: Promise<{ tuan?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return schedulePageMetadata((await params).host, (await searchParams).tuan, 'vi');
}

/** GET /lich-cong-tac[?tuan=2026-W48]: the leaders' schedule of one week (C4). */
export default async function WorkSchedulePage({ params, searchParams }: Props) {
  return <SchedulePage host={(await params).host} tuan={(await searchParams).tuan} lang="vi" />;
}
