import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { projectWorkflow } from '@/modules/projects/project-workflow';
import { getProjectForEditing } from '@/modules/projects/projects.service';
import { RevisionsView } from '@/modules/workflow/components/revisions-view';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ trai?: string; phai?: string }> };

export default async function ProjectRevisions({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const project = /^[0-9a-f-]{36}$/.test(id) ? await getProjectForEditing(actor, site.id, id) : null;
  if (!project) notFound();
  return <RevisionsView actor={actor} adapter={projectWorkflow} siteId={site.id} entityId={project.id} title={project.name} sp={await searchParams} />;
}
