import type { Metadata } from 'next';
import { ComponentNewsBlock, LatestNewsBlock } from '@/modules/articles/components/home-news';
import { LatestDocumentsBlock } from '@/modules/documents/components/latest-documents';
import { BannerSlot } from '@/modules/banners/components/banner-slot';
import { SiteDirectoryTree } from '@/modules/sites/components/site-directory-tree';
import { ContactFacts } from '@/modules/sites/components/contact-facts';
import { listPublicChildren } from '@/modules/sites/sites.service';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';

type Props = { params: Promise<{ host: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getRequestSite((await params).host);
  return { title: `Trang chủ – ${site.name}`, alternates: { types: { 'application/rss+xml': '/rss.xml' } } };
}

export default async function SiteHome({ params }: Props) {
  const site = await getRequestSite((await params).host);
  const [children, origin] = await Promise.all([listPublicChildren(site.id), originResolver()]);
  return (
    <>
      <h1 className="visually-hidden">{site.name}</h1>
      <BannerSlot siteId={site.id} slot="HOME_TOP" />
      <div className="grid grid--2-1">
        <div>
          <LatestNewsBlock siteId={site.id} />
          {!site.parentId ? <ComponentNewsBlock descendants={children} originFor={origin} /> : null}
        </div>
        <aside aria-label="Thông tin bên lề">
          <BannerSlot siteId={site.id} slot="SIDEBAR" />
          <LatestDocumentsBlock siteId={site.id} />
          {children.length > 0 ? (
            <section className="panel" aria-labelledby="don-vi-truc-thuoc">
              <h2 id="don-vi-truc-thuoc">Đơn vị trực thuộc</h2>
              <SiteDirectoryTree nodes={children} originFor={origin} />
              {!site.parentId ? <a href="/don-vi">Tất cả trang thành phần</a> : null}
            </section>
          ) : null}
          <section className="panel" aria-labelledby="lien-he-nhanh" style={{ marginTop: '1.25rem' }}>
            <h2 id="lien-he-nhanh">Thông tin liên hệ</h2>
            <ContactFacts site={site} />
            <a href="/lien-he">Trang liên hệ</a>
          </section>
        </aside>
      </div>
    </>
  );
}
