import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { PageForm } from '@/modules/intro/components/page-form';
import { getPageForEditing } from '@/modules/intro/pages.service';

export const metadata: Metadata = { title: 'Thêm trang giới thiệu' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ 'ban-dich-cua'?: string }> };

/** New introduction page; with ?ban-dich-cua=<id> it is the English version of that page (C11). */
export default async function NewIntroPage({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const originalId = (await searchParams)['ban-dich-cua'];
  const original = originalId && /^[0-9a-f-]{36}$/.test(originalId) ? await getPageForEditing(actor, site.id, originalId) : null;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/gioi-thieu`}>← Trang giới thiệu</a></p>
      <h1>{original ? `Bản tiếng Anh của: ${original.title}` : 'Thêm trang giới thiệu'}</h1>
      <PageForm
        siteId={site.id}
        pageId={null}
        initial={original ? { lang: 'en', kind: original.kind, position: original.position } : {}}
        translationOfId={original?.id}
        canSubmit
      />
    </>
  );
}
