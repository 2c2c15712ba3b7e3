import type { Metadata } from 'next';
import { DocumentDetailPage, documentPageMetadata } from '@/modules/documents/components/document-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return documentPageMetadata(host, slug, 'vi');
}

export default async function DocumentPage({ params }: Props) {
  const { host, slug } = await params;
  return <DocumentDetailPage host={host} slug={slug} lang="vi" />;
}
