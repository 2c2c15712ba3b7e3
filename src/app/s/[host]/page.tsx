import type { Metadata } from 'next';
import { SiteDirectoryTree } from '@/modules/sites/components/site-directory-tree';
import { ContactFacts } from '@/modules/sites/components/contact-facts';
import { listPublicChildren } from '@/modules/sites/sites.service';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';

type Props = { params: Promise<{ host: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getRequestSite((await params).host);
  return { title: `Trang chủ – ${site.name}` };
}

export default async function SiteHome({ params }: Props) {
  const site = await getRequestSite((await params).host);
  const [children, origin] = await Promise.all([listPublicChildren(site.id), originResolver()]);
  return (
    <div className="grid grid--2-1">
      <div>
        <h1>{site.name}</h1>
        <p className="lead">
          Thông tin chính thức của {site.governingBody ?? site.name}
          {site.parent ? `, trực thuộc ${site.parent.name}` : ''}.
        </p>
        {children.length > 0 ? (
          <section aria-labelledby="don-vi-truc-thuoc">
            <h2 id="don-vi-truc-thuoc">Đơn vị trực thuộc</h2>
            <SiteDirectoryTree nodes={children} originFor={origin} />
          </section>
        ) : null}
        {!site.parent ? (
          <p>
            <a href="/don-vi">Xem danh sách tất cả trang thành phần</a>
          </p>
        ) : null}
      </div>
      <aside className="panel" aria-labelledby="lien-he-nhanh">
        <h2 id="lien-he-nhanh">Thông tin liên hệ</h2>
        <ContactFacts site={site} />
        <p>
          <a href="/lien-he">Trang liên hệ</a>
        </p>
      </aside>
    </div>
  );
}
