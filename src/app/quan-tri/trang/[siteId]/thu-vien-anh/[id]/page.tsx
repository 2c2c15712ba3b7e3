import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { EditorialSummary } from '@/modules/content/components/editorial-summary';
import { GalleryForm } from '@/modules/galleries/components/gallery-form';
import { galleryWorkflowAction } from '@/modules/galleries/galleries.actions';
import { getGalleryEditorOptions, getGalleryForEditing } from '@/modules/galleries/galleries.service';
import { galleryPath } from '@/modules/galleries/gallery-paths';
import { EditLock, WorkflowPanel } from '@/modules/workflow/components/workflow-panel';
import { workflowLockAction } from '@/modules/workflow/workflow.actions';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Sửa album' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ 'da-luu'?: string }> };

const SAVED: Record<string, string> = {
  '1': 'Đã lưu album.',
  gui: 'Đã lưu album và gửi duyệt.',
  'phien-ban': 'Đã lưu phiên bản mới. Album đang đăng không đổi cho đến khi phiên bản mới được duyệt.',
};

export default async function EditGallery({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const gallery = await getGalleryForEditing(actor, site.id, id);
  if (!gallery) notFound();
  const [options, origin, saved] = await Promise.all([getGalleryEditorOptions(actor, site.id), originResolver(), searchParams.then((s) => s['da-luu'])]);
  const e = gallery.editorial;
  const base = `/quan-tri/trang/${site.id}/thu-vien-anh`;
  const role = actor.memberships.find((m) => m.siteId === site.id)?.role;
  const canDelete = role === 'BOARD_HEAD' && gallery.status !== 'PUBLISHED' && gallery.status !== 'SCHEDULED';
  return (
    <>
      <p><a href={base}>← Thư viện ảnh, video</a></p>
      <h1>{gallery.title}</h1>
      {saved && SAVED[saved] ? <div className="notice" role="status">{SAVED[saved]}</div> : null}
      <EditorialSummary
        status={gallery.status}
        publicUrl={`${origin(site.host)}${galleryPath(gallery)}`}
        publicTitle={gallery.publicTitle}
        editorial={e}
        noun="album"
        revisionsHref={`${base}/${gallery.id}/phien-ban`}
        facts={
          <>
            <dt>Loại album</dt>
            <dd>
              {gallery.kind === 'PHOTO' ? 'Album ảnh' : 'Album video'} · {gallery.lang === 'en' ? 'bản tiếng Anh' : 'bản tiếng Việt'}
              {gallery.lang === 'vi' ? <> · <a href={`${base}/moi?ban-dich-cua=${gallery.id}`}>Thêm bản tiếng Anh</a></> : null}
            </dd>
          </>
        }
      />
      <EditLock lock={workflowLockAction.bind(null, 'gallery', site.id, gallery.id)} formId="gallery-form" />
      <WorkflowPanel
        step={galleryWorkflowAction.bind(null, site.id, gallery.id)}
        actions={e.actions}
        extra={canDelete ? [{ command: 'delete', label: 'Xóa album', warning: true }] : []}
      />
      <h2>Sửa album</h2>
      <GalleryForm
        key={gallery.version}
        siteId={site.id}
        galleryId={gallery.id}
        kind={gallery.kind}
        initial={gallery}
        {...options}
        canSubmit={e.actions.some((a) => a.action === 'submit') || e.state === 'PUBLISHED'}
      />
    </>
  );
}
