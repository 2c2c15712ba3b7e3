import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { personWorkflow } from '@/modules/intro/person-workflow';
import { getPersonForEditing } from '@/modules/intro/people.service';
import { RevisionsView } from '@/modules/workflow/components/revisions-view';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ trai?: string; phai?: string }> };

export default async function PersonRevisions({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const person = /^[0-9a-f-]{36}$/.test(id) ? await getPersonForEditing(actor, site.id, id) : null;
  if (!person) notFound();
  return <RevisionsView actor={actor} adapter={personWorkflow} siteId={site.id} entityId={person.id} title={person.name} sp={await searchParams} />;
}
