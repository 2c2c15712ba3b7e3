import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { ProjectForm } from '@/modules/projects/components/project-form';
import { getProjectForEditing } from '@/modules/projects/projects.service';

export const metadata: Metadata = { title: 'Thêm dự án' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ 'ban-dich-cua'?: string }> };

/** New project; with ?ban-dich-cua=<id> it is the English version of that project (C11). */
export default async function NewProject({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const originalId = (await searchParams)['ban-dich-cua'];
  const original = originalId && /^[0-9a-f-]{36}$/.test(originalId) ? await getProjectForEditing(actor, site.id, originalId) : null;
  const initial = original
    ? { lang: 'en', type: original.type, phase: original.phase, startDate: original.startDate, endDate: original.endDate, budget: original.budget }
    : {};
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/du-an`}>← Dự án</a></p>
      <h1>{original ? `Bản tiếng Anh của: ${original.name}` : 'Thêm dự án'}</h1>
      <ProjectForm siteId={site.id} projectId={null} initial={initial} translationOfId={original?.id} canSubmit />
    </>
  );
}
