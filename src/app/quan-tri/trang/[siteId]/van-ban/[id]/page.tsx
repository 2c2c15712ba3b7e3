import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { DocumentCommands, DocumentForm } from '@/modules/documents/components/document-form';
import { DocumentFilesForm } from '@/modules/documents/components/document-files-form';
import { DOCUMENT_FILE_ACCEPT } from '@/modules/documents/document-files';
import { getDocumentEditorOptions, getDocumentForEditing } from '@/modules/documents/document-editing';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa văn bản' };

type Props = { params: Promise<{ siteId: string; id: string }> };

export default async function EditDocument({ params }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const doc = /^[0-9a-f-]{36}$/.test(id) ? await getDocumentForEditing(actor, site.id, id) : null;
  if (!doc) notFound();
  const options = await getDocumentEditorOptions(actor, site.id);
  const base = `/quan-tri/trang/${site.id}/van-ban`;
  const publicUrl = `${(await originResolver())(site.host)}/${doc.lang === 'en' ? 'en/' : ''}van-ban/${doc.slug}`;
  return (
    <>
      <p><a href={base}>← Văn bản</a></p>
      <h1>Văn bản {doc.number}</h1>
      <p>
        {doc.lang === 'en' ? 'Bản tiếng Anh · ' : null}
        Trạng thái: <strong>{STATUS_LABELS[doc.status]}</strong>
        {doc.status === 'PUBLISHED' ? <> · <a href={publicUrl}>Xem trên trang công khai</a></> : null}
        {doc.lang === 'vi' && !doc.englishVersionId ? <> · <a href={`${base}/moi?ban-dich-cua=${doc.id}`}>Thêm bản tiếng Anh</a></> : null}
        {doc.englishVersionId ? <> · <a href={`${base}/${doc.englishVersionId}`}>Sửa bản tiếng Anh</a></> : null}
        {doc.translationOfId ? <> · <a href={`${base}/${doc.translationOfId}`}>Bản tiếng Việt</a></> : null}
      </p>
      <DocumentCommands siteId={site.id} documentId={doc.id} status={doc.status} canPublish={options.canPublish} />
      <DocumentFilesForm siteId={site.id} documentId={doc.id} files={doc.files} accept={DOCUMENT_FILE_ACCEPT} />
      <h2>Thông tin văn bản</h2>
      <DocumentForm siteId={site.id} documentId={doc.id} initial={doc} {...options} />
    </>
  );
}
