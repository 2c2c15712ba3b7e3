import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { ProjectCommands, ProjectForm } from '@/modules/projects/components/project-form';
import { getProjectForEditing } from '@/modules/projects/projects.service';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa dự án' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ 'da-luu'?: string }> };

export default async function EditProject({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const project = /^[0-9a-f-]{36}$/.test(id) ? await getProjectForEditing(actor, site.id, id) : null;
  if (!project) notFound();
  const publicUrl = `${(await originResolver())(site.host)}/${project.lang === 'en' ? 'en/' : ''}du-an/${project.slug}`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/du-an`}>← Dự án</a></p>
      <h1>{project.name}</h1>
      {(await searchParams)['da-luu'] === '1' ? <div className="notice" role="status">Đã lưu dự án.</div> : null}
      <p>
        Trạng thái: <strong>{STATUS_LABELS[project.status]}</strong>
        {project.status === 'PUBLISHED' ? <> · <a href={publicUrl}>Xem trên trang công khai</a></> : null}
        {project.lang === 'vi' && !project.hasEnglish ? <> · <a href={`/quan-tri/trang/${site.id}/du-an/moi?ban-dich-cua=${project.id}`}>Thêm bản tiếng Anh</a></> : null}
      </p>
      {project.canPublish ? <ProjectCommands siteId={site.id} projectId={project.id} status={project.status} /> : null}
      {project.status === 'PUBLISHED' && !project.canPublish ? (
        <p>Dự án đã đăng chỉ ban biên tập được sửa.</p>
      ) : (
        <ProjectForm siteId={site.id} projectId={project.id} initial={project} canPublish={project.canPublish} status={project.status} />
      )}
    </>
  );
}
