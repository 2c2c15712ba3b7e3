import type { Metadata } from 'next';
import { pageParam } from '@/components/public/pagination';
import { ArticleIndexPage } from '@/modules/articles/components/article-pages';

export const metadata: Metadata = { title: 'Tin tức' };

type Props = { params: Promise<{ host: string }>; searchParams: Promise<{ trang?: string }> };

export default async function NewsPage({ params, searchParams }: Props) {
  return <ArticleIndexPage host={(await params).host} page={pageParam((await searchParams).trang)} lang="vi" />;
}
