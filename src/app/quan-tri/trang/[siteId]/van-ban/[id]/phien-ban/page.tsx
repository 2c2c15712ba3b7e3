import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { documentWorkflow } from '@/modules/documents/document-workflow';
import { getDocumentForEditing } from '@/modules/documents/document-editing';
import { RevisionsView } from '@/modules/workflow/components/revisions-view';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ trai?: string; phai?: string }> };

export default async function DocumentRevisions({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const doc = /^[0-9a-f-]{36}$/.test(id) ? await getDocumentForEditing(actor, site.id, id) : null;
  if (!doc) notFound();
  return <RevisionsView actor={actor} adapter={documentWorkflow} siteId={site.id} entityId={doc.id} title={`Văn bản ${doc.number}`} sp={await searchParams} />;
}
