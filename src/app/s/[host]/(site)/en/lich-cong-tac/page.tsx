import type { Metadata } from 'next';
import { SchedulePage, schedulePageMetadata } from '@/modules/schedule/components/schedule-pages';

type Props = { params: Promise<{ host: string }>; searchParams: Promise<{ tuan?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return schedulePageMetadata((await params).host, (await searchParams).tuan, 'en');
}

/** GET /en/lich-cong-tac: the English schedule, only on sites that publish English entries (C11). */
export default async function EnglishWorkSchedulePage({ params, searchParams }: Props) {
  return <SchedulePage host={(await params).host} tuan={(await searchParams).tuan} lang="en" />;
}
