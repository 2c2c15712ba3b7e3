import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { PageCommands, PageForm } from '@/modules/intro/components/page-form';
import { getPageForEditing } from '@/modules/intro/pages.service';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa trang giới thiệu' };

export default async function EditIntroPage({ params }: { params: Promise<{ siteId: string; id: string }> }) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const page = /^[0-9a-f-]{36}$/.test(id) ? await getPageForEditing(actor, site.id, id) : null;
  if (!page) notFound();
  const base = `/quan-tri/trang/${site.id}/gioi-thieu`;
  const publicUrl = `${(await originResolver())(site.host)}${page.lang === 'en' ? '/en' : ''}/gioi-thieu/${page.slug}`;
  return (
    <>
      <p><a href={base}>← Trang giới thiệu</a></p>
      <h1>{page.title}</h1>
      <p>
        {page.lang === 'en' ? 'Bản tiếng Anh' : 'Bản tiếng Việt'} · Trạng thái: <strong>{STATUS_LABELS[page.status]}</strong>
        {page.status === 'PUBLISHED' ? <> · <a href={publicUrl}>Xem trên trang công khai</a></> : null}
        {page.translationOf ? <> · Bản gốc: <a href={`${base}/${page.translationOf.id}`}>{page.translationOf.title}</a></> : null}
        {page.lang === 'vi' && page.translation ? <> · <a href={`${base}/${page.translation.id}`}>Sửa bản tiếng Anh</a></> : null}
        {page.lang === 'vi' && !page.translation ? <> · <a href={`${base}/moi?ban-dich-cua=${page.id}`}>Thêm bản tiếng Anh</a></> : null}
      </p>
      <PageCommands siteId={site.id} pageId={page.id} status={page.status} canPublish={page.canPublish} />
      <PageForm siteId={site.id} pageId={page.id} initial={page} canPublish={page.canPublish} />
    </>
  );
}
