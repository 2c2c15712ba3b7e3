import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { pageWorkflow } from '@/modules/intro/page-workflow';
import { getPageForEditing } from '@/modules/intro/pages.service';
import { RevisionsView } from '@/modules/workflow/components/revisions-view';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ trai?: string; phai?: string }> };

export default async function PageRevisions({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const page = /^[0-9a-f-]{36}$/.test(id) ? await getPageForEditing(actor, site.id, id) : null;
  if (!page) notFound();
  return <RevisionsView actor={actor} adapter={pageWorkflow} siteId={site.id} entityId={page.id} title={page.title} sp={await searchParams} />;
}
