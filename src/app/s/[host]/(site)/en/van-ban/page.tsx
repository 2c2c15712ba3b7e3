import type { Metadata } from 'next';
import { DocumentIndexPage, documentIndexMetadata, type SearchParams } from '@/modules/documents/components/document-pages';

type Props = { params: Promise<{ host: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return documentIndexMetadata(await searchParams, 'en');
}

export default async function EnglishDocumentsPage({ params, searchParams }: Props) {
  return <DocumentIndexPage host={(await params).host} searchParams={await searchParams} lang="en" />;
}
