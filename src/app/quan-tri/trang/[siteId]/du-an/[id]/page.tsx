import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { EditorialSummary } from '@/modules/content/components/editorial-summary';
import { ProjectForm } from '@/modules/projects/components/project-form';
import { projectCommandAction } from '@/modules/projects/projects.actions';
import { getProjectForEditing } from '@/modules/projects/projects.service';
import { EditLock, WorkflowPanel } from '@/modules/workflow/components/workflow-panel';
import { workflowLockAction } from '@/modules/workflow/workflow.actions';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa dự án' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ 'da-luu'?: string }> };

export default async function EditProject({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const project = /^[0-9a-f-]{36}$/.test(id) ? await getProjectForEditing(actor, site.id, id) : null;
  if (!project) notFound();
  const e = project.editorial;
  const base = `/quan-tri/trang/${site.id}/du-an`;
  const publicUrl = `${(await originResolver())(site.host)}/${project.lang === 'en' ? 'en/' : ''}du-an/${project.slug}`;
  const role = actor.memberships.find((m) => m.siteId === site.id)?.role;
  const published = project.status === 'PUBLISHED';
  return (
    <>
      <p><a href={base}>← Dự án</a></p>
      <h1>{project.name}</h1>
      {(await searchParams)['da-luu'] === '1' ? <div className="notice" role="status">Đã lưu dự án.</div> : null}
      <EditorialSummary
        editorial={e}
        status={project.status}
        publicUrl={publicUrl}
        publicTitle={project.publicName}
        noun="dự án"
        revisionsHref={`${base}/${project.id}/phien-ban`}
        facts={project.lang === 'en' ? <><dt>Ngôn ngữ</dt><dd>Bản tiếng Anh</dd></> : null}
        links={project.lang === 'vi' && !project.hasEnglish ? <> · <a href={`${base}/moi?ban-dich-cua=${project.id}`}>Thêm bản tiếng Anh</a></> : null}
      />
      <EditLock lock={workflowLockAction.bind(null, 'project', site.id, project.id)} formId="project-form" />
      <WorkflowPanel
        step={projectCommandAction.bind(null, site.id, project.id)}
        actions={e.actions}
        extra={role === 'BOARD_HEAD' && !published && project.status !== 'SCHEDULED' ? [{ command: 'delete', label: 'Xóa dự án', warning: true }] : []}
      />
      <h2>Sửa nội dung</h2>
      <ProjectForm
        siteId={site.id}
        projectId={project.id}
        initial={{ ...project, classification: e.classification, forbiddenSubject: e.forbiddenSubject }}
        canSubmit={e.actions.some((a) => a.action === 'submit') || e.state === 'PUBLISHED'}
        autosave={e.state === 'DRAFT' || e.state === 'RETURNED'}
      />
    </>
  );
}
