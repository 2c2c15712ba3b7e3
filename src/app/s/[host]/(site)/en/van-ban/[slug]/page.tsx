import type { Metadata } from 'next';
import { DocumentDetailPage, documentPageMetadata } from '@/modules/documents/components/document-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return documentPageMetadata(host, slug, 'en');
}

export default async function EnglishDocumentPage({ params }: Props) {
  const { host, slug } = await params;
  return <DocumentDetailPage host={host} slug={slug} lang="en" />;
}
