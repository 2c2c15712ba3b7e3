import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { EditorialSummary } from '@/modules/content/components/editorial-summary';
import { DocumentForm } from '@/modules/documents/components/document-form';
import { DocumentFilesForm } from '@/modules/documents/components/document-files-form';
import { DOCUMENT_FILE_ACCEPT } from '@/modules/documents/document-files';
import { documentCommandAction } from '@/modules/documents/documents.actions';
import { getDocumentEditorOptions, getDocumentForEditing } from '@/modules/documents/document-editing';
import { EditLock, WorkflowPanel } from '@/modules/workflow/components/workflow-panel';
import { workflowLockAction } from '@/modules/workflow/workflow.actions';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa văn bản' };

type Props = { params: Promise<{ siteId: string; id: string }> };

export default async function EditDocument({ params }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const doc = /^[0-9a-f-]{36}$/.test(id) ? await getDocumentForEditing(actor, site.id, id) : null;
  if (!doc) notFound();
  const options = await getDocumentEditorOptions(actor, site.id);
  const e = doc.editorial;
  const base = `/quan-tri/trang/${site.id}/van-ban`;
  const publicUrl = `${(await originResolver())(site.host)}/${doc.lang === 'en' ? 'en/' : ''}van-ban/${doc.slug}`;
  const role = actor.memberships.find((m) => m.siteId === site.id)?.role;
  const published = doc.status === 'PUBLISHED';
  return (
    <>
      <p><a href={base}>← Văn bản</a></p>
      <h1>Văn bản {doc.number}</h1>
      <EditorialSummary
        editorial={e}
        status={doc.status}
        publicUrl={publicUrl}
        publicTitle={doc.publicNumber}
        noun="văn bản"
        revisionsHref={`${base}/${doc.id}/phien-ban`}
        facts={doc.lang === 'en' ? <><dt>Ngôn ngữ</dt><dd>Bản tiếng Anh</dd></> : null}
        links={
          <>
            {doc.lang === 'vi' && !doc.englishVersionId ? <> · <a href={`${base}/moi?ban-dich-cua=${doc.id}`}>Thêm bản tiếng Anh</a></> : null}
            {doc.englishVersionId ? <> · <a href={`${base}/${doc.englishVersionId}`}>Sửa bản tiếng Anh</a></> : null}
            {doc.translationOfId ? <> · <a href={`${base}/${doc.translationOfId}`}>Bản tiếng Việt</a></> : null}
          </>
        }
      />
      <EditLock lock={workflowLockAction.bind(null, 'document', site.id, doc.id)} formId="document-form" />
      <WorkflowPanel
        step={documentCommandAction.bind(null, site.id, doc.id)}
        actions={e.actions}
        extra={role === 'BOARD_HEAD' && !published && doc.status !== 'SCHEDULED' ? [{ command: 'delete', label: 'Xóa văn bản', warning: true }] : []}
      />
      <DocumentFilesForm siteId={site.id} documentId={doc.id} files={doc.files} accept={DOCUMENT_FILE_ACCEPT} />
      <h2>Thông tin văn bản</h2>
      <DocumentForm
        siteId={site.id}
        documentId={doc.id}
        initial={{ ...doc, classification: e.classification, forbiddenSubject: e.forbiddenSubject }}
        {...options}
        canSubmit={e.actions.some((a) => a.action === 'submit') || e.state === 'PUBLISHED'}
        autosave={e.state === 'DRAFT' || e.state === 'RETURNED'}
      />
    </>
  );
}
