import type { Metadata } from 'next';
import { ServiceCataloguePage } from '@/modules/services/components/service-pages';
import type { CatalogueQuery } from '@/modules/services/services.schemas';

export const metadata: Metadata = { title: 'Thủ tục hành chính, dịch vụ công trực tuyến' };

type Props = { params: Promise<{ host: string }>; searchParams: Promise<CatalogueQuery> };

/** GET /dich-vu-cong[?q=&linh-vuc=&muc-do=&don-vi=&trang=] (P1, P3). */
export default async function ServicesPage({ params, searchParams }: Props) {
  return <ServiceCataloguePage host={(await params).host} query={await searchParams} />;
}
