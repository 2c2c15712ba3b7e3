import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { EditorialSummary } from '@/modules/content/components/editorial-summary';
import { PersonForm } from '@/modules/intro/components/person-form';
import { personWorkflowAction } from '@/modules/intro/people.actions';
import { getPersonForEditing, getPersonFormOptions } from '@/modules/intro/people.service';
import { EditLock, WorkflowPanel } from '@/modules/workflow/components/workflow-panel';
import { workflowLockAction } from '@/modules/workflow/workflow.actions';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa thông tin người' };

export default async function EditPerson({ params }: { params: Promise<{ siteId: string; id: string }> }) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const person = /^[0-9a-f-]{36}$/.test(id) ? await getPersonForEditing(actor, site.id, id) : null;
  if (!person) notFound();
  const options = await getPersonFormOptions(actor, site.id);
  const e = person.editorial;
  const base = `/quan-tri/trang/${site.id}/nhan-su`;
  const en = person.lang === 'en' ? '/en' : '';
  const publicPath = person.publicIsLeader ? `${en}/gioi-thieu/lanh-dao/${person.slug}` : `${en}/lien-he`;
  const role = actor.memberships.find((m) => m.siteId === site.id)?.role;
  const canDelete = role === 'BOARD_HEAD' && person.status !== 'PUBLISHED' && person.status !== 'SCHEDULED';
  return (
    <>
      <p><a href={base}>← Lãnh đạo và người liên hệ</a></p>
      <h1>{person.name}</h1>
      <EditorialSummary
        status={person.status}
        publicUrl={`${(await originResolver())(site.host)}${publicPath}`}
        publicTitle={person.publicName}
        editorial={e}
        noun="thông tin"
        revisionsHref={`${base}/${person.id}/phien-ban`}
        facts={
          <>
            <dt>Ngôn ngữ</dt>
            <dd>
              {person.lang === 'en' ? 'Bản tiếng Anh' : 'Bản tiếng Việt'}
              {person.translationOf ? <> · Bản gốc: <a href={`${base}/${person.translationOf.id}`}>{person.translationOf.name}</a></> : null}
              {person.lang === 'vi' && person.translation ? <> · <a href={`${base}/${person.translation.id}`}>Sửa bản tiếng Anh</a></> : null}
              {person.lang === 'vi' && !person.translation ? <> · <a href={`${base}/moi?ban-dich-cua=${person.id}`}>Thêm bản tiếng Anh</a></> : null}
            </dd>
          </>
        }
      />
      <EditLock lock={workflowLockAction.bind(null, 'person', site.id, person.id)} formId="person-form" />
      <WorkflowPanel
        step={personWorkflowAction.bind(null, site.id, person.id)}
        actions={e.actions}
        extra={canDelete ? [{ command: 'delete', label: 'Xóa', warning: true }] : []}
      />
      <h2>Sửa thông tin</h2>
      <PersonForm siteId={site.id} personId={person.id} initial={person} {...options} canSubmit={e.actions.some((a) => a.action === 'submit') || e.state === 'PUBLISHED'} />
    </>
  );
}
