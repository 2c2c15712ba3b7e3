import type { Metadata } from 'next';
import { ArticleForm } from '@/modules/articles/components/article-form';
import { getArticleForEditing, getEditorOptions } from '@/modules/articles/articles.service';
import { requireSiteEditor } from '@/modules/content/console-guard';

export const metadata: Metadata = { title: 'Viết bài mới' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ 'ban-dich-cua'?: string }> };

/** New article; with ?ban-dich-cua=<id> it is the English version of that article (C11). */
export default async function NewArticle({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const options = await getEditorOptions(actor, site.id);
  const originalId = (await searchParams)['ban-dich-cua'];
  const original = originalId && /^[0-9a-f-]{36}$/.test(originalId) ? await getArticleForEditing(actor, site.id, originalId) : null;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/tin-bai`}>← Tin bài</a></p>
      <h1>{original ? `Bản tiếng Anh của: ${original.title}` : 'Viết bài mới'}</h1>
      <ArticleForm siteId={site.id} articleId={null} initial={original ? { lang: 'en', author: original.author, source: original.source, categoryIds: original.categoryIds } : {}} translationOfId={original?.id} {...options} canSubmit autosave={false} />
    </>
  );
}
