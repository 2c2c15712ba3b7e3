import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { EditorialSummary } from '@/modules/content/components/editorial-summary';
import { PageForm } from '@/modules/intro/components/page-form';
import { pageWorkflowAction } from '@/modules/intro/pages.actions';
import { getPageForEditing } from '@/modules/intro/pages.service';
import { EditLock, WorkflowPanel } from '@/modules/workflow/components/workflow-panel';
import { workflowLockAction } from '@/modules/workflow/workflow.actions';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa trang giới thiệu' };

export default async function EditIntroPage({ params }: { params: Promise<{ siteId: string; id: string }> }) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const page = /^[0-9a-f-]{36}$/.test(id) ? await getPageForEditing(actor, site.id, id) : null;
  if (!page) notFound();
  const e = page.editorial;
  const base = `/quan-tri/trang/${site.id}/gioi-thieu`;
  const publicUrl = `${(await originResolver())(site.host)}${page.lang === 'en' ? '/en' : ''}/gioi-thieu/${page.publicSlug}`;
  const role = actor.memberships.find((m) => m.siteId === site.id)?.role;
  const canDelete = role === 'BOARD_HEAD' && page.status !== 'PUBLISHED' && page.status !== 'SCHEDULED';
  return (
    <>
      <p><a href={base}>← Trang giới thiệu</a></p>
      <h1>{page.title}</h1>
      <EditorialSummary
        status={page.status}
        publicUrl={publicUrl}
        publicTitle={page.publicTitle}
        editorial={e}
        noun="trang"
        revisionsHref={`${base}/${page.id}/phien-ban`}
        facts={
          <>
            <dt>Ngôn ngữ</dt>
            <dd>
              {page.lang === 'en' ? 'Bản tiếng Anh' : 'Bản tiếng Việt'}
              {page.translationOf ? <> · Bản gốc: <a href={`${base}/${page.translationOf.id}`}>{page.translationOf.title}</a></> : null}
              {page.lang === 'vi' && page.translation ? <> · <a href={`${base}/${page.translation.id}`}>Sửa bản tiếng Anh</a></> : null}
              {page.lang === 'vi' && !page.translation ? <> · <a href={`${base}/moi?ban-dich-cua=${page.id}`}>Thêm bản tiếng Anh</a></> : null}
            </dd>
          </>
        }
      />
      <EditLock lock={workflowLockAction.bind(null, 'page', site.id, page.id)} formId="page-form" />
      <WorkflowPanel
        step={pageWorkflowAction.bind(null, site.id, page.id)}
        actions={e.actions}
        extra={canDelete ? [{ command: 'delete', label: 'Xóa trang', warning: true }] : []}
      />
      <h2>Sửa nội dung</h2>
      <PageForm siteId={site.id} pageId={page.id} initial={page} canSubmit={e.actions.some((a) => a.action === 'submit') || e.state === 'PUBLISHED'} autosave={e.state === 'DRAFT' || e.state === 'RETURNED'} />
    </>
  );
}
