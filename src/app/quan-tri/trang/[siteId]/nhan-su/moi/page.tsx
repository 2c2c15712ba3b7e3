import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { PersonForm } from '@/modules/intro/components/person-form';
import { getPersonForEditing, getPersonFormOptions } from '@/modules/intro/people.service';

export const metadata: Metadata = { title: 'Thêm người' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ 'ban-dich-cua'?: string }> };

/** New leader or contact person; with ?ban-dich-cua=<id> the English version of that person (C11). */
export default async function NewPerson({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const options = await getPersonFormOptions(actor, site.id);
  const originalId = (await searchParams)['ban-dich-cua'];
  const original = originalId && /^[0-9a-f-]{36}$/.test(originalId) ? await getPersonForEditing(actor, site.id, originalId) : null;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/nhan-su`}>← Lãnh đạo và người liên hệ</a></p>
      <h1>{original ? `Bản tiếng Anh: ${original.name}` : 'Thêm người'}</h1>
      <PersonForm siteId={site.id} personId={null} initial={original ? { lang: 'en', name: original.name } : { isLeader: true }} translationOfId={original?.id} canSubmit {...options} />
    </>
  );
}
