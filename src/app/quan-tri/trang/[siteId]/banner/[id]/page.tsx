import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { BANNER_STATE_LABELS } from '@/modules/banners/banner-schedule';
import { BannerForm, DeleteBannerButton } from '@/modules/banners/components/banner-form';
import { getBannerForEditing, listBannerImageChoices } from '@/modules/banners/banners.service';
import { canManageSiteStructure } from '@/modules/content/content.policy';
import { mediaVariantUrl } from '@/modules/media/media-url';

export const metadata: Metadata = { title: 'Sửa banner' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ 'da-luu'?: string }> };

export default async function EditBanner({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  if (!canManageSiteStructure(actor, site.id)) notFound();
  const banner = await getBannerForEditing(actor, site.id, id);
  if (!banner) notFound();
  const images = await listBannerImageChoices(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/banner`}>← Banner</a></p>
      <h1>{banner.title}</h1>
      {(await searchParams)['da-luu'] ? <div className="notice" role="status">Đã lưu banner.</div> : null}
      <p>Trạng thái: <strong>{BANNER_STATE_LABELS[banner.state]}</strong></p>
      {banner.image ? <img src={mediaVariantUrl(banner.image, 640)} alt={banner.alt} width={480} style={{ height: 'auto', marginBottom: '1.5rem' }} /> : null}
      <BannerForm key={`${banner.imageId}-${banner.startsAt}-${banner.endsAt}`} siteId={site.id} banner={banner} images={images} />
      <DeleteBannerButton siteId={site.id} bannerId={banner.id} />
    </>
  );
}
