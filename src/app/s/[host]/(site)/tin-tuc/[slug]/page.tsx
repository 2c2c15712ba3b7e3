import type { Metadata } from 'next';
import { ArticleDetailPage, articlePageMetadata } from '@/modules/articles/components/article-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return articlePageMetadata(host, slug, 'vi');
}

export default async function ArticlePage({ params }: Props) {
  const { host, slug } = await params;
  return <ArticleDetailPage host={host} slug={slug} lang="vi" />;
}
