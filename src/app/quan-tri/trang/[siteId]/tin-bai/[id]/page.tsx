import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleForm } from '@/modules/articles/components/article-form';
import { EditLock, WorkflowPanel } from '@/modules/workflow/components/workflow-panel';
import { articleWorkflowAction } from '@/modules/articles/articles.actions';
import { workflowLockAction } from '@/modules/workflow/workflow.actions';
import { getArticleForEditing, getEditorOptions } from '@/modules/articles/articles.service';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { EditorialSummary } from '@/modules/content/components/editorial-summary';
import { getSiteById } from '@/modules/sites/sites.service';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa bài viết' };

type Props = { params: Promise<{ siteId: string; id: string }> };

export default async function EditArticle({ params }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const article = /^[0-9a-f-]{36}$/.test(id) ? await getArticleForEditing(actor, site.id, id) : null;
  if (!article) notFound();
  const options = await getEditorOptions(actor, site.id);
  const e = article.editorial;
  const publicUrl = `${(await originResolver())(site.host)}/${article.lang === 'en' ? 'en/' : ''}tin-tuc/${article.slug}`;
  const role = actor.memberships.find((m) => m.siteId === site.id)?.role;
  const parent = site.parentId ? await getSiteById(site.parentId) : null;
  const published = article.status === 'PUBLISHED';
  const base = `/quan-tri/trang/${site.id}/tin-bai/${article.id}`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/tin-bai`}>← Tin bài</a></p>
      <h1>{article.title}</h1>
      <EditorialSummary
        editorial={e}
        status={article.status}
        publicUrl={publicUrl}
        publicTitle={article.publicTitle}
        noun="bài"
        revisionsHref={`${base}/phien-ban`}
        facts={
          article.sourceUrl ? (
            <>
              <dt>Đề xuất từ trang thành phần</dt>
              <dd><a href={article.sourceUrl}>{article.sourceUrl}</a></dd>
            </>
          ) : null
        }
        links={
          <>
            {e.canGradeRoyalty ? <> · <a href={`/quan-tri/trang/${site.id}/nhuan-but?bai=${article.id}`}>Chấm nhuận bút</a></> : null}
            {article.lang === 'vi' ? <> · <a href={`/quan-tri/trang/${site.id}/tin-bai/moi?ban-dich-cua=${article.id}`}>Thêm bản tiếng Anh</a></> : null}
          </>
        }
      />
      <EditLock lock={workflowLockAction.bind(null, 'article', site.id, article.id)} formId="article-form" />
      <WorkflowPanel
        step={articleWorkflowAction.bind(null, site.id, article.id)}
        actions={e.actions}
        extra={[
          ...(published && parent && role && ['EDITOR', 'BOARD_HEAD', 'BOARD_DEPUTY'].includes(role) ? [{ command: 'propose', label: `Đề xuất lên ${parent.name}` }] : []),
          ...(role === 'BOARD_HEAD' && !published && article.status !== 'SCHEDULED' ? [{ command: 'delete', label: 'Xóa bài', warning: true }] : []),
        ]}
      />
      <details style={{ margin: '1.5rem 0' }}>
        <summary>Xem trước nội dung</summary>
        <div className="article__body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      </details>
      <h2>Sửa nội dung</h2>
      <ArticleForm
        siteId={site.id}
        articleId={article.id}
        initial={{ ...article, classification: e.classification, forbiddenSubject: e.forbiddenSubject }}
        {...options}
        articles={options.articles.filter((a) => a.id !== article.id)}
        canSubmit={e.actions.some((a) => a.action === 'submit') || e.state === 'PUBLISHED'}
        autosave={e.state === 'DRAFT' || e.state === 'RETURNED'}
      />
    </>
  );
}
