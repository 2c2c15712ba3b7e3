import type { Metadata } from 'next';
import { LeaderProfilePage, leaderProfileMetadata } from '@/modules/intro/components/leaders-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return leaderProfileMetadata(host, slug, 'vi');
}

export default async function LeaderProfile({ params }: Props) {
  const { host, slug } = await params;
  return <LeaderProfilePage host={host} slug={slug} lang="vi" />;
}
