import type { Actor } from '@/server/actor';
import { createBanner } from '@/modules/banners/banners.service';
import { createLink, createLinkGroup } from '@/modules/links/links.service';
import type { SeedContext } from './seed-context';
import { demoBanner } from './media';

type Group = { name: string; nameEn?: string; links: { label: string; labelEn?: string; url: string }[] };

/** Links to state portals (C8) of the province portal: real addresses of national portals. */
const ROOT_GROUPS: Group[] = [
  {
    name: 'Cổng thông tin Chính phủ',
    nameEn: 'Government portals',
    links: [
      { label: 'Cổng Thông tin điện tử Chính phủ', labelEn: 'Government Portal', url: 'https://chinhphu.vn' },
      { label: 'Cổng Dịch vụ công quốc gia', labelEn: 'National Public Service Portal', url: 'https://dichvucong.gov.vn' },
      { label: 'Báo Điện tử Chính phủ', labelEn: 'Government News', url: 'https://baochinhphu.vn' },
      { label: 'Công báo Chính phủ', labelEn: 'Official Gazette', url: 'https://congbao.chinhphu.vn' },
      { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', labelEn: 'National legal documents database', url: 'https://vbpl.vn' },
    ],
  },
  {
    name: 'Các bộ, ngành',
    nameEn: 'Ministries',
    links: [
      { label: 'Bộ Thông tin và Truyền thông', labelEn: 'Ministry of Information and Communications', url: 'https://mic.gov.vn' },
      { label: 'Bộ Khoa học và Công nghệ', labelEn: 'Ministry of Science and Technology', url: 'https://most.gov.vn' },
      { label: 'Bộ Nội vụ', labelEn: 'Ministry of Home Affairs', url: 'https://moha.gov.vn' },
      { label: 'Bộ Tài chính', labelEn: 'Ministry of Finance', url: 'https://mof.gov.vn' },
      { label: 'Bộ Tư pháp', labelEn: 'Ministry of Justice', url: 'https://moj.gov.vn' },
    ],
  },
  {
    name: 'Các tỉnh, thành phố',
    nameEn: 'Provinces and cities',
    links: [
      { label: 'Thành phố Hà Nội', labelEn: 'Hanoi', url: 'https://hanoi.gov.vn' },
      { label: 'Thành phố Hồ Chí Minh', labelEn: 'Ho Chi Minh City', url: 'https://hochiminhcity.gov.vn' },
      { label: 'Thành phố Đà Nẵng', labelEn: 'Da Nang', url: 'https://danang.gov.vn' },
      { label: 'Tỉnh Lâm Đồng', labelEn: 'Lam Dong', url: 'https://lamdong.gov.vn' },
      { label: 'Tỉnh Đắk Lắk', labelEn: 'Dak Lak', url: 'https://daklak.gov.vn' },
    ],
  },
];

/** The shorter set every component site carries. */
const COMPONENT_GROUPS: Group[] = [
  {
    name: 'Liên kết',
    links: [
      { label: 'Cổng thông tin điện tử tỉnh Khánh Hòa', url: 'https://khanhhoa.gov.vn' },
      { label: 'Cổng Dịch vụ công tỉnh Khánh Hòa', url: 'https://dichvucong.khanhhoa.gov.vn' },
      { label: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
      { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
    ],
  },
];

async function seedGroups(actor: Actor, siteId: string, groups: Group[]) {
  for (const [gi, g] of groups.entries()) {
    const { id } = await createLinkGroup(actor, siteId, { name: g.name, nameEn: g.nameEn, position: gi * 10 });
    for (const [li, l] of g.links.entries()) await createLink(actor, siteId, { groupId: id, label: l.label, labelEn: l.labelEn, url: l.url, position: li * 10 });
  }
}

const DAY = 86_400_000;

/** Link groups on every site (C8) and scheduled banners (C9): one showing now, one expired, one not yet due. */
export async function seedLinksAndBanners(ctx: SeedContext): Promise<void> {
  for (const key of ['root', 'stttt', 'stc', 'khanhson', 'sonthai', 'thanhson', 'nhatrang']) {
    const siteId = ctx.siteIds.get(key);
    if (siteId) await seedGroups(ctx.actorFor(key), siteId, key === 'root' ? ROOT_GROUPS : COMPONENT_GROUPS);
  }

  const now = Date.now();
  const root = ctx.siteIds.get('root')!;
  const actor = ctx.actorFor('root');
  const banners = [
    {
      slot: 'HOME_TOP' as const,
      key: 'dich-vu-cong',
      title: 'Cổng Dịch vụ công quốc gia',
      subtitle: 'Nộp hồ sơ, thanh toán trực tuyến 24/7',
      alt: 'Cổng Dịch vụ công quốc gia: nộp hồ sơ, thanh toán trực tuyến 24/7',
      hue: 355,
      url: 'https://dichvucong.gov.vn',
      startsAt: new Date(now - 7 * DAY),
      endsAt: new Date(now + 365 * DAY),
    },
    {
      slot: 'HOME_TOP' as const,
      key: 'ngay-cds-2026',
      title: 'Ngày Chuyển đổi số quốc gia',
      subtitle: 'Hưởng ứng ngày 10 tháng 10 năm 2026',
      alt: 'Hưởng ứng Ngày Chuyển đổi số quốc gia 10 tháng 10 năm 2026 (banner đã hết hạn)',
      hue: 210,
      url: 'https://chinhphu.vn',
      startsAt: new Date(now - 60 * DAY),
      endsAt: new Date(now - 10 * DAY),
    },
    {
      slot: 'HOME_TOP' as const,
      key: 'tet-2027',
      title: 'Chào mừng Xuân Đinh Mùi 2027',
      subtitle: 'Mừng Đảng, mừng Xuân',
      alt: 'Chào mừng Xuân Đinh Mùi 2027, mừng Đảng, mừng Xuân (banner chưa đến ngày)',
      hue: 20,
      url: null,
      startsAt: new Date(now + 30 * DAY),
      endsAt: new Date(now + 60 * DAY),
    },
    {
      slot: 'SIDEBAR' as const,
      key: 'van-ban-phap-luat',
      title: 'Văn bản pháp luật',
      subtitle: 'Tra cứu tại vbpl.vn',
      alt: 'Tra cứu văn bản pháp luật tại vbpl.vn',
      hue: 140,
      url: 'https://vbpl.vn',
      startsAt: null,
      endsAt: null,
    },
  ];
  for (const [i, b] of banners.entries()) {
    const image = await demoBanner(actor, root, { key: b.key, title: b.title, subtitle: b.subtitle, hue: b.hue, alt: b.alt, compact: b.slot === 'SIDEBAR' });
    await createBanner(actor, root, { slot: b.slot, title: b.title, imageId: image.id, alt: b.alt, url: b.url, startsAt: b.startsAt, endsAt: b.endsAt, position: i });
  }

  const stttt = ctx.siteIds.get('stttt')!;
  const image = await demoBanner(ctx.actorFor('stttt'), stttt, {
    key: 'canh-giac-lua-dao',
    title: 'Cảnh giác lừa đảo trên mạng',
    subtitle: 'Tra cứu cảnh báo tại khonggianmang.vn',
    hue: 30,
    alt: 'Cảnh giác lừa đảo trên mạng: tra cứu cảnh báo tại khonggianmang.vn',
    compact: true,
  });
  await createBanner(ctx.actorFor('stttt'), stttt, {
    slot: 'SIDEBAR',
    title: 'Cảnh giác lừa đảo trên mạng',
    imageId: image.id,
    alt: 'Cảnh giác lừa đảo trên mạng: tra cứu cảnh báo tại khonggianmang.vn',
    url: 'https://khonggianmang.vn',
  });
}
