import type { Metadata } from 'next';
import { SearchPage, searchPageMetadata, type SearchParams } from '@/modules/search/components/search-page';

type Props = { params: Promise<{ host: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchPageMetadata(await searchParams);
}

export default async function SearchRoute({ params, searchParams }: Props) {
  return <SearchPage host={(await params).host} searchParams={await searchParams} />;
}
