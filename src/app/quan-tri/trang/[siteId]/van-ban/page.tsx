import type { Metadata } from 'next';
import { pageParam } from '@/components/public/pagination';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { ConsoleDocumentList } from '@/modules/documents/components/console-document-list';
import { listDocumentsForConsole } from '@/modules/documents/document-editing';

export const metadata: Metadata = { title: 'Văn bản' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ trang?: string; q?: string }> };

export default async function ConsoleDocuments({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const { trang, q } = await searchParams;
  const list = await listDocumentsForConsole(actor, site.id, { page: pageParam(trang), q: typeof q === 'string' ? q.slice(0, 200) : undefined });
  return <ConsoleDocumentList site={site} list={list} q={typeof q === 'string' ? q : ''} />;
}
