import type { Metadata } from 'next';
import { LeaderProfilePage, leaderProfileMetadata } from '@/modules/intro/components/leaders-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return leaderProfileMetadata(host, slug, 'en');
}

export default async function EnglishLeaderProfile({ params }: Props) {
  const { host, slug } = await params;
  return <LeaderProfilePage host={host} slug={slug} lang="en" />;
}
