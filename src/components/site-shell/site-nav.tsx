'use client';

import { useEffect, useState } from 'react';
import type { MenuItemDto } from '@/modules/menus/menus.service';

/**
 * The main menu. Without JavaScript every item is shown (wrapping on small screens); with it, small
 * screens get a "Danh mục" button that opens and closes the menu. Sub-items (e.g. categories under
 * "Tin tức") drop down on hover and on keyboard focus.
 *
 * The button is in the server HTML and CSS `@media (scripting: enabled)` collapses the menu from the first
 * paint, so hydration does not move the page (it did: Lighthouse CLS 0.12 on phones). Browsers without that
 * media feature collapse it on `site-nav--enhanced`, set after hydration, as before.
 */
export function SiteNav({ menu, currentPath }: { menu: MenuItemDto[]; currentPath?: string }) {
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return (
    <nav className={`site-nav${enhanced ? ' site-nav--enhanced' : ''}${open ? ' site-nav--open' : ''}`} aria-label="Chuyên mục chính">
      <div className="container">
        <button type="button" className="site-nav__toggle" aria-expanded={open} aria-controls="menu-chinh" onClick={() => setOpen((v) => !v)}>
          <span aria-hidden="true">☰</span> Danh mục
        </button>
        <ul id="menu-chinh">
          {menu.map((item) => (
            <li key={item.id} className={item.children.length > 0 ? 'site-nav__parent' : undefined}>
              <a href={item.href} aria-current={currentPath === item.href ? 'page' : undefined}>
                {item.label}
              </a>
              {item.children.length > 0 ? (
                <ul className="site-nav__sub">
                  {item.children.map((child) => (
                    <li key={child.id}>
                      <a href={child.href}>{child.label}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
