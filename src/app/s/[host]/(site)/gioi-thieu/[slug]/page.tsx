import type { Metadata } from 'next';
import { IntroPageDetail, introPageMetadata } from '@/modules/intro/components/intro-page-view';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return introPageMetadata(host, slug, 'vi');
}

export default async function IntroDetailPage({ params }: Props) {
  const { host, slug } = await params;
  return <IntroPageDetail host={host} slug={slug} lang="vi" />;
}
