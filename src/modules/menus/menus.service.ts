import { listCategories } from '@/modules/articles/categories.service';
import { findMenuItems, type NewMenuItem } from './menus.repository';

export type MenuItemDto = { id: string; label: string; href: string; children: MenuItemDto[] };

/**
 * The public navigation of a site as a tree (T5). The news item carries the site's category tree
 * (C1: the categories are also the site's menu), so a new category appears without editing the menu.
 */
export async function getSiteMenu(siteId: string): Promise<MenuItemDto[]> {
  const [rows, categories] = await Promise.all([findMenuItems(siteId), listCategories(siteId)]);
  const byId = new Map<string, MenuItemDto>();
  for (const r of rows) byId.set(r.id, { id: r.id, label: r.label, href: r.href, children: [] });
  const roots: MenuItemDto[] = [];
  for (const r of rows) {
    const node = byId.get(r.id)!;
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const news = roots.find((r) => r.href === '/tin-tuc');
  if (news && news.children.length === 0) {
    const catById = new Map(categories.map((c) => [c.id, { id: `cat-${c.id}`, label: c.name, href: `/chuyen-muc/${c.slug}`, children: [] as MenuItemDto[] }]));
    for (const c of categories) {
      const node = catById.get(c.id)!;
      const parent = c.parentId ? catById.get(c.parentId) : undefined;
      (parent ? parent.children : news.children).push(node);
    }
  }
  return roots;
}

/** The menu every new site starts with; editors reorganise it later. */
export const DEFAULT_MENU: NewMenuItem[] = [
  { label: 'Trang chủ', labelEn: 'Home', href: '/' },
  { label: 'Giới thiệu', labelEn: 'About us', href: '/gioi-thieu' },
  { label: 'Tin tức', labelEn: 'News', href: '/tin-tuc' },
  {
    label: 'Văn bản',
    labelEn: 'Documents',
    href: '/van-ban',
    // C5 (chiến lược, quy hoạch, kế hoạch): the document search restricted to that group.
    children: [{ label: 'Chiến lược, quy hoạch, kế hoạch', labelEn: 'Strategies and plans', href: '/van-ban?nhom=quy-hoach' }],
  },
  { label: 'Lịch công tác', labelEn: 'Work schedule', href: '/lich-cong-tac' },
  { label: 'Dự án', labelEn: 'Projects', href: '/du-an' },
  { label: 'Dịch vụ công', labelEn: 'Public services', href: '/dich-vu-cong' },
  { label: 'Hỏi đáp', labelEn: 'Questions and answers', href: '/hoi-dap' },
  { label: 'Góp ý dự thảo', labelEn: 'Draft consultations', href: '/gop-y-du-thao' },
  { label: 'Thư viện ảnh', labelEn: 'Photos', href: '/thu-vien-anh' },
  { label: 'Liên hệ', labelEn: 'Contact', href: '/lien-he' },
];
