import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { GalleryForm } from '@/modules/galleries/components/gallery-form';
import { getGalleryEditorOptions, getGalleryForEditing } from '@/modules/galleries/galleries.service';

export const metadata: Metadata = { title: 'Tạo album' };

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ loai?: string; 'ban-dich-cua'?: string }> };

/** New album; ?loai=video for videos; ?ban-dich-cua=<id> starts the English version of an album (C11). */
export default async function NewGallery({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const sp = await searchParams;
  const options = await getGalleryEditorOptions(actor, site.id);
  const original = sp['ban-dich-cua'] ? await getGalleryForEditing(actor, site.id, sp['ban-dich-cua']) : null;
  const kind = original?.kind ?? (sp.loai === 'video' ? 'VIDEO' : 'PHOTO');
  const initial = original ? { lang: 'en', coverId: original.coverId, items: original.items } : {};
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/thu-vien-anh`}>← Thư viện ảnh, video</a></p>
      <h1>{original ? `Bản tiếng Anh của: ${original.title}` : kind === 'PHOTO' ? 'Tạo album ảnh' : 'Tạo album video'}</h1>
      <GalleryForm siteId={site.id} galleryId={null} kind={kind} initial={initial} translationOfId={original?.lang === 'vi' ? original.id : null} {...options} canSubmit />
    </>
  );
}
