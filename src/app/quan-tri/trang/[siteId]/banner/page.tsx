import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { BannerForm } from '@/modules/banners/components/banner-form';
import { BannerTable } from '@/modules/banners/components/banner-table';
import { listBannerImageChoices, listBannersForConsole } from '@/modules/banners/banners.service';
import { canManageSiteStructure } from '@/modules/content/content.policy';

export const metadata: Metadata = { title: 'Banner' };

export default async function ConsoleBanners({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const canManage = canManageSiteStructure(actor, site.id);
  const [banners, images] = await Promise.all([listBannersForConsole(actor, site.id), canManage ? listBannerImageChoices(actor, site.id) : []]);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Banner</h1>
      <p>Banner chỉ hiện trên trang công khai trong khoảng thời gian đã đặt (giờ Việt Nam).</p>
      <BannerTable siteId={site.id} banners={banners} />
      {canManage ? (
        <section aria-labelledby="them-banner">
          <h2 id="them-banner">Thêm banner</h2>
          <BannerForm siteId={site.id} images={images} />
        </section>
      ) : (
        <p className="hint">Chỉ quản trị trang hoặc trưởng ban biên tập được thêm, sửa banner.</p>
      )}
    </>
  );
}
