/**
 * The demo province (CONTRACT "Demo province"): a root portal, two departments, a district with two
 * communes, a commune directly under the province (two-tier model since 2025), an archived commune
 * merged into another, and one account per role on the root portal and on one department.
 * Everything goes through the services, so the seed obeys the same rules as the console.
 *
 *   npm run db:seed [-- --if-empty] [-- --demo-accounts]
 */
import { parseArgs } from 'node:util';
import { CLI_ACTOR } from '@/server/actor';
import { closeResources } from '@/server/process';
import { isAppError } from '@/server/errors';
import { rootDomain } from '@/server/env';
import { archiveSite } from '@/modules/sites/site-lifecycle';
import { createSite, listAllSites } from '@/modules/sites/sites.service';
import { createUser } from '@/modules/users/users.service';
import type { SiteRoleName } from '@/modules/users/roles';
import { DEMO_PASSWORD, demoEmail } from '@/modules/sites/demo-accounts';
import type { Actor } from '@/server/actor';
import type { ContentSeeder } from './seed/seed-context';
import { seedArticles } from './seed/articles';
import { seedDocuments } from './seed/documents';
import { seedGalleries } from './seed/galleries';
import { seedIntro } from './seed/intro';
import { seedLinksAndBanners } from './seed/links';
import { seedProjects } from './seed/projects';
import { seedSchedule } from './seed/schedule';
import { seedServices } from './seed/services';
import { seedCitizens } from './seed/citizens';

/** Demo content of each area, loaded after the sites exist (prisma/seed/*.ts). */
const CONTENT_SEEDERS: ContentSeeder[] = [seedArticles, seedDocuments, seedIntro, seedSchedule, seedProjects, seedServices, seedGalleries, seedLinksAndBanners, seedCitizens];

/** Content is written as the site's own super-admin would write it (platform admins do not edit content). */
function siteActor(siteId: string): Actor {
  return { userId: null, label: 'dữ liệu mẫu', isPlatformAdmin: false, memberships: [{ siteId, role: 'SUPER_ADMIN' }] };
}

const { values } = parseArgs({ options: { 'if-empty': { type: 'boolean' }, 'demo-accounts': { type: 'boolean' }, quiet: { type: 'boolean' } } });
const log = (m: string) => values.quiet || console.log(m);

type SiteSpec = {
  key: string;
  name: string;
  nameEn?: string;
  kind: 'PROVINCE' | 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE' | 'UNIT';
  parent?: string;
  label: string;
  aliases?: string[];
  governingBody: string;
  responsiblePerson: string;
  address: string;
  phone: string;
  email: string;
  licence?: string;
};

const ROOT = rootDomain();

const SITES: SiteSpec[] = [
  {
    key: 'root',
    name: 'Cổng thông tin điện tử tỉnh Khánh Hòa',
    nameEn: 'Khanh Hoa Provincial Portal',
    kind: 'PROVINCE',
    label: ROOT.split('.')[0]!,
    aliases: [`congthongtin-${ROOT.split('.')[0]}.localhost`],
    governingBody: 'Ủy ban nhân dân tỉnh Khánh Hòa',
    responsiblePerson: 'Ông Trần Minh Đức, Chánh Văn phòng Ủy ban nhân dân tỉnh',
    address: 'Số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa',
    phone: '0258 3822 661',
    email: 'congthongtin@khanhhoa.gov.vn',
    licence: 'Giấy phép số 38/GP-TTĐT ngày 15/3/2024 của Cục Phát thanh, truyền hình và thông tin điện tử',
  },
  {
    key: 'stttt',
    name: 'Sở Thông tin và Truyền thông',
    nameEn: 'Department of Information and Communications',
    kind: 'DEPARTMENT',
    parent: 'root',
    label: 'stttt',
    aliases: [`stttt-${ROOT.split('.')[0]}.localhost`],
    governingBody: 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa',
    responsiblePerson: 'Bà Lê Thị Thu Hà, Phó Giám đốc Sở',
    address: 'Số 02 Hàn Thuyên, phường Nha Trang, tỉnh Khánh Hòa',
    phone: '0258 3560 789',
    email: 'stttt@khanhhoa.gov.vn',
  },
  {
    key: 'stc',
    name: 'Sở Tài chính',
    nameEn: 'Department of Finance',
    kind: 'DEPARTMENT',
    parent: 'root',
    label: 'stc',
    governingBody: 'Sở Tài chính tỉnh Khánh Hòa',
    responsiblePerson: 'Ông Nguyễn Văn Phúc, Phó Giám đốc Sở',
    address: 'Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa',
    phone: '0258 3822 420',
    email: 'stc@khanhhoa.gov.vn',
  },
  {
    key: 'khanhson',
    name: 'Huyện Khánh Sơn',
    nameEn: 'Khanh Son District',
    kind: 'DISTRICT',
    parent: 'root',
    label: 'khanhson',
    governingBody: 'Ủy ban nhân dân huyện Khánh Sơn',
    responsiblePerson: 'Ông Cao Văn Sáu, Chánh Văn phòng HĐND và UBND huyện',
    address: 'Thị trấn Tô Hạp, huyện Khánh Sơn, tỉnh Khánh Hòa',
    phone: '0258 3869 234',
    email: 'khanhson@khanhhoa.gov.vn',
  },
  {
    key: 'sonthai',
    name: 'Xã Sơn Thái',
    kind: 'COMMUNE',
    parent: 'khanhson',
    label: 'sonthai',
    governingBody: 'Ủy ban nhân dân xã Sơn Thái',
    responsiblePerson: 'Ông Mấu Văn Hùng, Chủ tịch UBND xã',
    address: 'Thôn Ko Róa, xã Sơn Thái, tỉnh Khánh Hòa',
    phone: '0258 3869 501',
    email: 'sonthai@khanhhoa.gov.vn',
  },
  {
    key: 'thanhson',
    name: 'Xã Thành Sơn',
    kind: 'COMMUNE',
    parent: 'khanhson',
    label: 'thanhson',
    governingBody: 'Ủy ban nhân dân xã Thành Sơn',
    responsiblePerson: 'Bà Bo Bo Thị Yên, Phó Chủ tịch UBND xã',
    address: 'Thôn Tà Giang, xã Thành Sơn, tỉnh Khánh Hòa',
    phone: '0258 3869 612',
    email: 'thanhson@khanhhoa.gov.vn',
  },
  {
    key: 'sonbinh',
    name: 'Xã Sơn Bình',
    kind: 'COMMUNE',
    parent: 'khanhson',
    label: 'sonbinh',
    governingBody: 'Ủy ban nhân dân xã Sơn Bình',
    responsiblePerson: 'Ông Nguyễn Văn Tư, Chủ tịch UBND xã',
    address: 'Thôn Tà Lương, xã Sơn Bình, tỉnh Khánh Hòa',
    phone: '0258 3869 700',
    email: 'sonbinh@khanhhoa.gov.vn',
  },
  {
    key: 'nhatrang',
    name: 'Phường Nha Trang',
    kind: 'COMMUNE',
    parent: 'root',
    label: 'nhatrang',
    governingBody: 'Ủy ban nhân dân phường Nha Trang',
    responsiblePerson: 'Bà Phạm Thị Ngọc Lan, Chánh Văn phòng HĐND và UBND phường',
    address: 'Số 28 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa',
    phone: '0258 3523 115',
    email: 'nhatrang@khanhhoa.gov.vn',
  },
];

/** One account per role on the root portal and on one department (CONTRACT). */
const ROLE_ACCOUNTS: { site: string; role: Exclude<SiteRoleName, 'SUPER_ADMIN'>; name: string }[] = [
  { site: 'root', role: 'BOARD_HEAD', name: 'Nguyễn Thị Mai Anh' },
  { site: 'root', role: 'BOARD_DEPUTY', name: 'Trần Quốc Bảo' },
  { site: 'root', role: 'EDITOR', name: 'Lê Hoàng Yến' },
  { site: 'root', role: 'CONTRIBUTOR', name: 'Phạm Đức Thắng' },
  { site: 'stttt', role: 'BOARD_HEAD', name: 'Võ Thị Hồng Nhung' },
  { site: 'stttt', role: 'BOARD_DEPUTY', name: 'Đặng Minh Khoa' },
  { site: 'stttt', role: 'EDITOR', name: 'Huỳnh Thanh Tâm' },
  { site: 'stttt', role: 'CONTRIBUTOR', name: 'Ngô Bảo Châu Anh' },
];

async function main() {
  if (process.env.NODE_ENV === 'production' && !values['demo-accounts']) {
    console.error('Không nạp dữ liệu mẫu khi NODE_ENV=production (tài khoản mẫu có mật khẩu công khai). Thêm --demo-accounts nếu thật sự cần.');
    return 1;
  }
  const existing = await listAllSites(CLI_ACTOR);
  if (existing.length > 0) {
    if (values['if-empty']) {
      log('Cơ sở dữ liệu đã có dữ liệu; không nạp lại dữ liệu mẫu.');
      return 0;
    }
    console.error('Cơ sở dữ liệu đã có trang; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống.');
    return 1;
  }

  await createUser(CLI_ACTOR, { email: demoEmail('platform'), name: 'Quản trị nền tảng', password: DEMO_PASSWORD, isPlatformAdmin: true });
  const ids = new Map<string, string>();
  for (const spec of SITES) {
    const site = await createSite(CLI_ACTOR, {
      name: spec.name,
      nameEn: spec.nameEn,
      kind: spec.kind,
      parentId: spec.parent ? ids.get(spec.parent)! : null,
      label: spec.label,
      code: spec.key === 'root' ? spec.label : undefined,
      aliases: spec.aliases ?? [],
      superAdmin: { email: demoEmail(spec.key, 'SUPER_ADMIN'), name: `Quản trị ${spec.name}`, password: DEMO_PASSWORD },
      governingBody: spec.governingBody,
      responsiblePerson: spec.responsiblePerson,
      address: spec.address,
      phone: spec.phone,
      email: spec.email,
      licence: spec.licence,
    });
    ids.set(spec.key, site.id);
    log(`  + ${site.name} — ${site.host}`);
  }
  for (const account of ROLE_ACCOUNTS) {
    await createUser(CLI_ACTOR, {
      email: demoEmail(account.site, account.role),
      name: account.name,
      password: DEMO_PASSWORD,
      siteId: ids.get(account.site),
      role: account.role,
    });
  }
  for (const seeder of CONTENT_SEEDERS) await seeder({ siteIds: ids, actorFor: (key) => siteActor(ids.get(key)!) });
  // Xã Sơn Bình merged into Xã Sơn Thái (2025 reorganisation): its host now redirects there.
  await archiveSite(CLI_ACTOR, ids.get('sonbinh')!, { successorId: ids.get('sonthai')! });
  log(`Đã nạp dữ liệu mẫu: ${SITES.length} trang, ${ROLE_ACCOUNTS.length + SITES.length + 1} tài khoản.`);
  return 0;
}

main()
  .then(async (code) => {
    await closeResources();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`Nạp dữ liệu mẫu thất bại: ${isAppError(e) ? e.message : (e as Error).message}`);
    await closeResources().catch(() => undefined);
    process.exit(1);
  });
