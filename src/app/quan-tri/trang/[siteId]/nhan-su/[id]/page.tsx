import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { PersonCommands, PersonForm } from '@/modules/intro/components/person-form';
import { getPersonForEditing, getPersonFormOptions } from '@/modules/intro/people.service';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa thông tin người' };

export default async function EditPerson({ params }: { params: Promise<{ siteId: string; id: string }> }) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const person = /^[0-9a-f-]{36}$/.test(id) ? await getPersonForEditing(actor, site.id, id) : null;
  if (!person) notFound();
  const options = await getPersonFormOptions(actor, site.id);
  const base = `/quan-tri/trang/${site.id}/nhan-su`;
  const publicPath = person.isLeader ? `${person.lang === 'en' ? '/en' : ''}/gioi-thieu/lanh-dao/${person.slug}` : `${person.lang === 'en' ? '/en' : ''}/lien-he`;
  return (
    <>
      <p><a href={base}>← Lãnh đạo và người liên hệ</a></p>
      <h1>{person.name}</h1>
      <p>
        {person.lang === 'en' ? 'Bản tiếng Anh' : 'Bản tiếng Việt'} · Trạng thái: <strong>{STATUS_LABELS[person.status]}</strong>
        {person.status === 'PUBLISHED' ? <> · <a href={`${(await originResolver())(site.host)}${publicPath}`}>Xem trên trang công khai</a></> : null}
        {person.translationOf ? <> · Bản gốc: <a href={`${base}/${person.translationOf.id}`}>{person.translationOf.name}</a></> : null}
        {person.lang === 'vi' && person.translation ? <> · <a href={`${base}/${person.translation.id}`}>Sửa bản tiếng Anh</a></> : null}
        {person.lang === 'vi' && !person.translation ? <> · <a href={`${base}/moi?ban-dich-cua=${person.id}`}>Thêm bản tiếng Anh</a></> : null}
      </p>
      <PersonCommands siteId={site.id} personId={person.id} status={person.status} canPublish={options.canPublish} />
      <PersonForm siteId={site.id} personId={person.id} initial={person} {...options} />
    </>
  );
}
