import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { DocumentForm } from '@/modules/documents/components/document-form';
import { getDocumentEditorOptions, getDocumentForEditing } from '@/modules/documents/document-editing';

export const metadata: Metadata = { title: 'Thêm văn bản' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ 'ban-dich-cua'?: string }> };

/** New document; with ?ban-dich-cua=<id> it is the English version of that document (C11). */
export default async function NewDocument({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const options = await getDocumentEditorOptions(actor, site.id);
  const originalId = (await searchParams)['ban-dich-cua'];
  const original = originalId && /^[0-9a-f-]{36}$/.test(originalId) ? await getDocumentForEditing(actor, site.id, originalId) : null;
  const initial = original?.lang === 'vi' ? { ...original, lang: 'en', summary: '', body: null, relatedIds: [], replacedById: null, classification: undefined, forbiddenSubject: undefined } : {};
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/van-ban`}>← Văn bản</a></p>
      <h1>{original ? `Bản tiếng Anh của văn bản ${original.number}` : 'Thêm văn bản'}</h1>
      {original ? <p className="hint">Số ký hiệu, loại, ngày và tình trạng được chép từ bản tiếng Việt; hãy dịch trích yếu, cơ quan ban hành và lĩnh vực.</p> : null}
      <DocumentForm siteId={site.id} documentId={null} initial={initial} translationOfId={original?.lang === 'vi' ? original.id : null} {...options} canSubmit />
    </>
  );
}
