import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { STATUS_LABELS } from '@/modules/content/status-labels';
import { GalleryCommands, GalleryForm } from '@/modules/galleries/components/gallery-form';
import { getGalleryEditorOptions, getGalleryForEditing } from '@/modules/galleries/galleries.service';
import { galleryPath } from '@/modules/galleries/gallery-paths';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa album' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ 'da-luu'?: string }> };

export default async function EditGallery({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const gallery = await getGalleryForEditing(actor, site.id, id);
  if (!gallery) notFound();
  const [options, origin, saved] = await Promise.all([getGalleryEditorOptions(actor, site.id), originResolver(), searchParams.then((s) => s['da-luu'])]);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/thu-vien-anh`}>← Thư viện ảnh, video</a></p>
      <h1>{gallery.title}</h1>
      {saved ? <div className="notice" role="status">{saved === 'dang' ? 'Đã lưu và đăng album.' : 'Đã lưu album.'}</div> : null}
      <p>
        {gallery.kind === 'PHOTO' ? 'Album ảnh' : 'Album video'} · Trạng thái: <strong>{STATUS_LABELS[gallery.status]}</strong>
        {gallery.status === 'PUBLISHED' ? <> · <a href={`${origin(site.host)}${galleryPath(gallery)}`}>Xem trên trang công khai</a></> : null}
        {gallery.lang === 'vi' ? <> · <a href={`/quan-tri/trang/${site.id}/thu-vien-anh/moi?ban-dich-cua=${gallery.id}`}>Thêm bản tiếng Anh</a></> : null}
      </p>
      <GalleryCommands siteId={site.id} galleryId={gallery.id} status={gallery.status} canPublish={options.canPublish} />
      <GalleryForm key={gallery.updatedAt} siteId={site.id} galleryId={gallery.id} kind={gallery.kind} initial={gallery} {...options} />
    </>
  );
}
