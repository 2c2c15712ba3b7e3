import type { CSSProperties, ReactNode } from 'react';
import { SiteFooter } from '@/components/site-shell/site-footer';
import { SiteHeader } from '@/components/site-shell/site-header';
import { BannerSlot } from '@/modules/banners/components/banner-slot';
import { SiteLinks } from '@/modules/links/components/site-links';
import { getSiteMenu } from '@/modules/menus/menus.service';
import { EmcScript } from '@/modules/sites/components/emc-script';
import { getRequestSite } from '@/server/request-site';

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ host: string }> }) {
  const site = await getRequestSite((await params).host);
  const menu = await getSiteMenu(site.id);
  const style = { '--brand': site.primaryColor, '--accent': site.accentColor } as CSSProperties;
  return (
    <div style={style}>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua, đến nội dung chính
      </a>
      <SiteHeader site={site} menu={menu} />
      <BannerSlot siteId={site.id} slot="HEADER" />
      <main id="noi-dung" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <BannerSlot siteId={site.id} slot="FOOTER" />
      <SiteLinks siteId={site.id} />
      <SiteFooter site={site} />
      <EmcScript code={site.emcCode} />
    </div>
  );
}
