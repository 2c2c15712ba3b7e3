import type { Metadata } from 'next';
import { ServiceDetailPage, servicePageMetadata } from '@/modules/services/components/service-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return servicePageMetadata(host, slug);
}

/** GET /dich-vu-cong/<slug or mã thủ tục> (P1, P2). */
export default async function ServicePage({ params }: Props) {
  const { host, slug } = await params;
  return <ServiceDetailPage host={host} slug={slug} />;
}
