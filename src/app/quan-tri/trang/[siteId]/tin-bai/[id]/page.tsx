import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCommands, ArticleForm } from '@/modules/articles/components/article-form';
import { getArticleForEditing, getEditorOptions } from '@/modules/articles/articles.service';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa bài viết' };

type Props = { params: Promise<{ siteId: string; id: string }> };

export default async function EditArticle({ params }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const article = /^[0-9a-f-]{36}$/.test(id) ? await getArticleForEditing(actor, site.id, id) : null;
  if (!article) notFound();
  const options = await getEditorOptions(actor, site.id);
  const publicUrl = `${(await originResolver())(site.host)}/${article.lang === 'en' ? 'en/' : ''}tin-tuc/${article.slug}`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/tin-bai`}>← Tin bài</a></p>
      <h1>{article.title}</h1>
      <p>
        Trạng thái: <strong>{STATUS_LABELS[article.status]}</strong>
        {article.status === 'PUBLISHED' ? <> · <a href={publicUrl}>Xem trên trang công khai</a></> : null}
        {article.lang === 'vi' ? <> · <a href={`/quan-tri/trang/${site.id}/tin-bai/moi?ban-dich-cua=${article.id}`}>Thêm bản tiếng Anh</a></> : null}
      </p>
      <ArticleCommands siteId={site.id} articleId={article.id} status={article.status} canPublish={options.canPublish} />
      <details style={{ marginBottom: '1.5rem' }}>
        <summary>Xem trước nội dung</summary>
        <div className="article__body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      </details>
      <ArticleForm siteId={site.id} articleId={article.id} initial={article} {...options} articles={options.articles.filter((a) => a.id !== article.id)} />
    </>
  );
}
