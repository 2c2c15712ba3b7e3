import type { Metadata } from 'next';
import { PrintButton } from '@/modules/articles/components/print-button';
import { ArticleView } from '@/modules/articles/components/article-view';
import { loadArticle } from '@/modules/articles/components/article-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  const { article } = await loadArticle(host, slug, 'vi');
  return { title: `${article.title} (bản in)`, robots: { index: false } };
}

/** Print view (C1, seed 003 Đ6.1c): the article alone, with the site's name and the source URL. */
export default async function PrintArticlePage({ params }: Props) {
  const { host, slug } = await params;
  const { site, article, url } = await loadArticle(host, slug, 'vi');
  return (
    <main id="noi-dung" className="container print-view">
      <p>
        <strong>{site.name}</strong>
      </p>
      <PrintButton />
      <ArticleView article={article} basePath="/tin-tuc" />
      <p className="meta">Địa chỉ bài viết: {url}</p>
    </main>
  );
}
