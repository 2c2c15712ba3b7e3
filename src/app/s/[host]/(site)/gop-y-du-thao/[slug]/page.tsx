import type { Metadata } from 'next';
import { ConsultationDetailPage, loadConsultation } from '@/modules/consultations/components/consultation-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  const { c } = await loadConsultation(host, slug);
  return { title: c.title, description: c.summary.slice(0, 200) };
}

/** A draft under consultation: full text, files, receiving unit, dates, comments, report (I2). */
export default async function ConsultationPage({ params }: Props) {
  const { host, slug } = await params;
  return <ConsultationDetailPage host={host} slug={slug} />;
}
