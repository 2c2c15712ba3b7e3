import type { MenuItemDto } from '@/modules/menus/menus.service';
import { Emblem } from './emblem';
import { SiteNav } from './site-nav';
import { SiteSearch } from './site-search';

type Props = {
  site: { name: string; logoUrl: string | null; parent: { name: string } | null };
  menu: MenuItemDto[];
  currentPath?: string;
};

/** The banner every public page shares (T5): emblem or logo, parent body, unit name, search box (S1), menu. */
export function SiteHeader({ site, menu, currentPath }: Props) {
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <a className="site-header__brand" href="/">
          {site.logoUrl ? <img src={site.logoUrl} alt="" width={56} height={56} className="site-header__emblem" /> : <Emblem />}
          <span>
            {site.parent ? <span className="site-header__parent">{site.parent.name}</span> : null}
            <span className="site-header__name">{site.name}</span>
          </span>
        </a>
        <SiteSearch />
      </div>
      <SiteNav menu={menu} currentPath={currentPath} />
    </header>
  );
}
