import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { getGalleryForEditing } from '@/modules/galleries/galleries.service';
import { galleryWorkflow } from '@/modules/galleries/gallery-workflow';
import { RevisionsView } from '@/modules/workflow/components/revisions-view';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ trai?: string; phai?: string }> };

export default async function GalleryRevisions({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const gallery = await getGalleryForEditing(actor, site.id, id);
  if (!gallery) notFound();
  return <RevisionsView actor={actor} adapter={galleryWorkflow} siteId={site.id} entityId={gallery.id} title={gallery.title} sp={await searchParams} />;
}
