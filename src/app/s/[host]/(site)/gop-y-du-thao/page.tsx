import type { Metadata } from 'next';
import { ConsultationIndexPage } from '@/modules/consultations/components/consultation-pages';

export const metadata: Metadata = { title: 'Lấy ý kiến dự thảo văn bản' };

type Props = { params: Promise<{ host: string }>; searchParams: Promise<{ trang?: string | string[] }> };

/** GET /gop-y-du-thao (I2). */
export default async function ConsultationsPage({ params, searchParams }: Props) {
  return <ConsultationIndexPage host={(await params).host} page={(await searchParams).trang} />;
}
