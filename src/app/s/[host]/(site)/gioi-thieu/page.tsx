import type { Metadata } from 'next';
import { IntroIndexPage, introIndexMetadata } from '@/modules/intro/components/intro-index';

type Props = { params: Promise<{ host: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return introIndexMetadata((await params).host, 'vi');
}

export default async function IntroPage({ params }: Props) {
  return <IntroIndexPage host={(await params).host} lang="vi" />;
}
