import type { Metadata } from 'next';
import { LeadershipPage, leadershipMetadata } from '@/modules/intro/components/leaders-pages';

type Props = { params: Promise<{ host: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return leadershipMetadata((await params).host, 'en');
}

export default async function EnglishLeadership({ params }: Props) {
  return <LeadershipPage host={(await params).host} lang="en" />;
}
