import { CLI_ACTOR } from '@/server/actor';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import type { ProjectInput } from '@/modules/projects/projects.schemas';
import { createProject } from '@/modules/projects/projects.service';
import type { SeedContext } from './seed-context';

type P = Omit<ProjectInput, 'body'> & { body?: string[]; draft?: boolean; en?: Omit<ProjectInput, 'body' | 'type' | 'phase'> & { body?: string[] } };

const ROOT: P[] = [
  {
    name: 'Đường ven biển Cam Lâm – Cam Ranh (giai đoạn 2)',
    objective: 'Hoàn thiện tuyến đường ven biển nối khu du lịch Bắc bán đảo Cam Ranh với trung tâm phường Cam Ranh, dài 14,6 km, quy mô 4 làn xe, góp phần phát triển du lịch và kết nối Cảng hàng không quốc tế Cam Ranh.',
    type: 'PROJECT',
    phase: 'IN_PROGRESS',
    field: 'Giao thông',
    location: 'Các xã, phường ven biển từ Cam Lâm đến Cam Ranh, tỉnh Khánh Hòa',
    startDate: '2024-03-01',
    endDate: '2027-12-31',
    durationText: '2024–2027',
    budget: '1.856.000.000.000',
    fundingType: 'Ngân sách trung ương và ngân sách tỉnh',
    sponsor: 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh',
    body: [
      'Dự án gồm nền, mặt đường bê tông nhựa, 03 cầu vượt cửa lạch, hệ thống thoát nước, chiếu sáng và cây xanh.',
      'Đến nay đã hoàn thành 62% khối lượng xây lắp; giải ngân đạt 58% kế hoạch vốn năm.',
    ],
    en: {
      name: 'Cam Lam – Cam Ranh coastal road (phase 2)',
      objective: 'Complete the 14.6 km, four-lane coastal road linking the northern Cam Ranh peninsula tourist area with central Cam Ranh and Cam Ranh International Airport.',
      field: 'Transport',
      location: 'Coastal communes and wards from Cam Lam to Cam Ranh, Khanh Hoa',
      durationText: '2024–2027',
      fundingType: 'Central and provincial budget',
      sponsor: 'Provincial Transport Construction Project Management Board',
      body: ['The project covers the road, three bridges, drainage, lighting and landscaping. 62% of the construction work is complete.'],
    },
  },
  {
    name: 'Kêu gọi đầu tư Khu du lịch sinh thái Hòn Bà',
    objective: 'Thu hút nhà đầu tư xây dựng khu du lịch sinh thái, nghỉ dưỡng núi trên diện tích 320 ha, bảo tồn rừng và di tích nhà bác sĩ Alexandre Yersin.',
    type: 'INVESTMENT',
    phase: 'PREPARING',
    field: 'Du lịch',
    location: 'Khu bảo tồn thiên nhiên Hòn Bà, tỉnh Khánh Hòa',
    durationText: 'Dự kiến 2027–2031',
    budget: '3.200.000.000.000',
    fundingType: 'Vốn của nhà đầu tư (ngoài ngân sách)',
    sponsor: 'Nhà đầu tư được lựa chọn theo quy định của Luật Đầu tư',
    body: ['Hồ sơ đề xuất dự án được tiếp nhận tại Sở Tài chính (bộ phận xúc tiến đầu tư) đến hết ngày 31/3/2027.'],
  },
  {
    name: 'Gói thầu số 05: Xây lắp Bệnh viện Đa khoa khu vực Cam Ranh (cơ sở 2)',
    objective: 'Lựa chọn nhà thầu thi công xây lắp khối nhà điều trị nội trú 250 giường và hạ tầng kỹ thuật của bệnh viện.',
    type: 'TENDER',
    phase: 'IN_PROGRESS',
    field: 'Y tế',
    location: 'Phường Cam Ranh, tỉnh Khánh Hòa',
    durationText: '540 ngày kể từ ngày hợp đồng có hiệu lực',
    budget: '245.600.000.000',
    fundingType: 'Ngân sách tỉnh',
    sponsor: 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh',
    body: [
      'Hình thức lựa chọn nhà thầu: đấu thầu rộng rãi trong nước, qua mạng, một giai đoạn hai túi hồ sơ.',
      'Hồ sơ mời thầu phát hành miễn phí trên Hệ thống mạng đấu thầu quốc gia; thời điểm đóng thầu theo thông báo mời thầu trên hệ thống.',
    ],
  },
  {
    name: 'Dự án nâng cấp hệ thống thoát nước phường Nha Trang (dự thảo)',
    objective: 'Bản nháp đang hoàn thiện, chưa được ban biên tập duyệt.',
    type: 'PROJECT',
    phase: 'PREPARING',
    field: 'Hạ tầng đô thị',
    draft: true,
  },
];

const STTTT: P[] = [
  {
    name: 'Mua sắm thiết bị cho Trung tâm giám sát, điều hành đô thị thông minh (IOC)',
    objective: 'Trang bị màn hình ghép, máy chủ và thiết bị mạng cho Trung tâm IOC của tỉnh.',
    type: 'PROCUREMENT',
    phase: 'COMPLETED',
    field: 'Chuyển đổi số',
    location: 'Trung tâm IOC tỉnh, phường Nha Trang',
    startDate: '2025-04-01',
    endDate: '2025-09-30',
    budget: '18.750.000.000',
    fundingType: 'Ngân sách tỉnh (chi thường xuyên)',
    sponsor: 'Sở Thông tin và Truyền thông',
    body: ['Thiết bị đã được nghiệm thu, bàn giao và đưa vào vận hành từ tháng 10/2025.'],
  },
  {
    name: 'Nâng cấp nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)',
    objective: 'Nâng cấp nền tảng LGSP đáp ứng kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia và cơ sở dữ liệu quốc gia về dân cư.',
    type: 'PROJECT',
    phase: 'PREPARING',
    field: 'Chuyển đổi số',
    location: 'Tỉnh Khánh Hòa',
    durationText: '12 tháng',
    budget: '12.400.000.000',
    fundingType: 'Ngân sách tỉnh',
    sponsor: 'Sở Thông tin và Truyền thông',
  },
];

const KHANHSON: P[] = [
  {
    name: 'Đường giao thông liên xã Sơn Thái – Thành Sơn',
    objective: 'Xây dựng tuyến đường bê tông dài 9,2 km nối xã Sơn Thái với xã Thành Sơn, phục vụ đi lại và vận chuyển nông sản của đồng bào dân tộc thiểu số.',
    type: 'PROJECT',
    phase: 'COMPLETED',
    field: 'Giao thông',
    location: 'Xã Sơn Thái và xã Thành Sơn, huyện Khánh Sơn',
    startDate: '2024-02-15',
    endDate: '2025-11-30',
    budget: '38.500.000.000',
    fundingType: 'Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi',
    sponsor: 'Ban Quản lý dự án đầu tư xây dựng huyện Khánh Sơn',
  },
  {
    name: 'Mua sắm bàn ghế học sinh cho các trường tiểu học năm học 2026–2027',
    objective: 'Trang bị 1.200 bộ bàn ghế đúng tiêu chuẩn cho 8 trường tiểu học trên địa bàn huyện.',
    type: 'PROCUREMENT',
    phase: 'PREPARING',
    field: 'Giáo dục',
    location: 'Huyện Khánh Sơn',
    budget: '2.150.000.000',
    fundingType: 'Ngân sách huyện',
    sponsor: 'Phòng Giáo dục và Đào tạo huyện Khánh Sơn',
  },
];

async function seedSite(ctx: SeedContext, key: string, projects: P[]) {
  const siteId = ctx.siteIds.get(key)!;
  // Demo projects stand for what the board approved before the platform existed: imported as published (drafts as drafts).
  const importer = CLI_ACTOR;
  // Last first, so the first one listed is the newest.
  for (const p of [...projects].reverse()) {
    const { body, draft, en, ...input } = p;
    const created = await createProject(importer, siteId, { ...input, body: body ? paragraphsToDoc(body) : null }, { imported: draft ? 'DRAFT' : 'PUBLISHED' });
    if (en) {
      const { body: enBody, ...enInput } = en;
      await createProject(
        importer,
        siteId,
        { ...input, ...enInput, body: enBody ? paragraphsToDoc(enBody) : null, lang: 'en', translationOfId: created.id },
        { imported: 'PUBLISHED' },
      );
    }
  }
}

/** Demo projects, investment calls, tenders and procurement (C6) on three sites, one draft, one English version. */
export async function seedProjects(ctx: SeedContext): Promise<void> {
  await seedSite(ctx, 'root', ROOT);
  await seedSite(ctx, 'stttt', STTTT);
  await seedSite(ctx, 'khanhson', KHANHSON);
}
