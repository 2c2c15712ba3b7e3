import { findMenuItems } from './menus.repository';

export type MenuItemDto = { id: string; label: string; href: string; children: MenuItemDto[] };

/** The public navigation of a site as a tree (T5). */
export async function getSiteMenu(siteId: string): Promise<MenuItemDto[]> {
  const rows = await findMenuItems(siteId);
  const byId = new Map<string, MenuItemDto>();
  for (const r of rows) byId.set(r.id, { id: r.id, label: r.label, href: r.href, children: [] });
  const roots: MenuItemDto[] = [];
  for (const r of rows) {
    const node = byId.get(r.id)!;
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The menu every new site starts with; editors reorganise it later. */
export const DEFAULT_MENU = [
  { label: 'Trang chủ', labelEn: 'Home', href: '/' },
  { label: 'Tin tức', labelEn: 'News', href: '/tin-tuc' },
  { label: 'Văn bản', labelEn: 'Documents', href: '/van-ban' },
  // C5 (chiến lược, quy hoạch, kế hoạch): the document search restricted to that group.
  { label: 'Chiến lược, quy hoạch', labelEn: 'Strategies and plans', href: '/van-ban?nhom=quy-hoach' },
  { label: 'Liên hệ', labelEn: 'Contact', href: '/lien-he' },
];
