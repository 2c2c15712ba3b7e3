import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleForm } from '@/modules/articles/components/article-form';
import { EditLock, WorkflowPanel } from '@/modules/workflow/components/workflow-panel';
import { articleWorkflowAction } from '@/modules/articles/articles.actions';
import { workflowLockAction } from '@/modules/workflow/workflow.actions';
import { getArticleForEditing, getEditorOptions } from '@/modules/articles/articles.service';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { getSiteById } from '@/modules/sites/sites.service';
import { formatDateTimeVi } from '@/lib/dates';
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
      <dl className="facts">
        <dt>Trên trang công khai</dt>
        <dd>
          {STATUS_LABELS[article.status]}
          {published ? <> · <a href={publicUrl}>Xem bài đang đăng</a></> : null}
        </dd>
        <dt>Phiên bản đang xử lý</dt>
        <dd>
          <strong>{e.stateLabel}</strong>
          {e.author ? <> · tác giả: {e.author}</> : null}
          {e.scheduledAt ? <> · đăng lúc {formatDateTimeVi(e.scheduledAt)}</> : null}
          {e.unpublishAt ? <> · tự gỡ lúc {formatDateTimeVi(e.unpublishAt)}</> : null}
        </dd>
        {article.sourceUrl ? (
          <>
            <dt>Đề xuất từ trang thành phần</dt>
            <dd><a href={article.sourceUrl}>{article.sourceUrl}</a></dd>
          </>
        ) : null}
      </dl>
      {e.pendingVersion ? (
        <p className="warning-text">Bài đang đăng là bản đã duyệt trước đây («{article.publicTitle}»). Phiên bản mới dưới đây chỉ thay thế khi được duyệt.</p>
      ) : null}
      {e.note && (e.state === 'RETURNED' || e.state === 'UNPUBLISHED' || article.status === 'UNPUBLISHED') ? (
        <p className="warning-text"><strong>Lý do {e.state === 'RETURNED' ? 'trả lại' : 'gỡ bài'}:</strong> {e.note}</p>
      ) : null}
      {e.lastError ? (
        <p className="warning-text" role="alert"><strong>Đăng/gỡ theo lịch không thực hiện được:</strong> {e.lastError}</p>
      ) : null}
      {e.classification !== 'NONE' || e.forbiddenSubject ? (
        <p className="warning-text">Bài được đánh dấu {e.classification !== 'NONE' ? 'có độ mật' : 'thuộc chủ đề không được công khai'}: không bao giờ được đăng.</p>
      ) : null}
      <p>
        <a href={`${base}/phien-ban`}>Lịch sử phiên bản và so sánh</a>
        {e.canGradeRoyalty ? <> · <a href={`/quan-tri/trang/${site.id}/nhuan-but?bai=${article.id}`}>Chấm nhuận bút</a></> : null}
        {article.lang === 'vi' ? <> · <a href={`/quan-tri/trang/${site.id}/tin-bai/moi?ban-dich-cua=${article.id}`}>Thêm bản tiếng Anh</a></> : null}
      </p>
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
