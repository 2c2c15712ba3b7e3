import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Pagination, pageParam } from '@/components/public/pagination';
import { ArticleList } from '@/modules/articles/components/article-list';
import { getPublicCategory, listPublishedArticles } from '@/modules/articles/articles.service';
import { getRequestSite } from '@/server/request-site';

type Props = { params: Promise<{ host: string; slug: string }>; searchParams: Promise<{ trang?: string }> };

async function load(props: Props) {
  const { host, slug } = await props.params;
  const site = await getRequestSite(host);
  const category = await getPublicCategory({ siteId: site.id, slug: decodeURIComponent(slug) });
  if (!category) notFound();
  return { site, category };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { site, category } = await load(props);
  return { title: `${category.name} – ${site.name}`, alternates: { types: { 'application/rss+xml': `/chuyen-muc/${category.slug}/rss.xml` } } };
}

export default async function CategoryPage(props: Props) {
  const { site, category } = await load(props);
  const result = await listPublishedArticles({ siteId: site.id, categoryId: category.id, page: pageParam((await props.searchParams).trang) });
  return (
    <>
      <h1>{category.name}</h1>
      {category.description ? <p className="lead">{category.description}</p> : null}
      {result.items.length === 0 ? <p>Chuyên mục chưa có tin bài.</p> : <ArticleList items={result.items} />}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(p) => `/chuyen-muc/${category.slug}?trang=${p}`} />
      <p>
        <a href={`/chuyen-muc/${category.slug}/rss.xml`}>Nhận tin RSS của chuyên mục</a>
      </p>
    </>
  );
}
