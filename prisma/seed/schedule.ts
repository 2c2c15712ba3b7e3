import { CLI_ACTOR } from '@/server/actor';
import { createScheduleEntry } from '@/modules/schedule/schedule.service';
import { addDays, currentIsoWeek, weekStart } from '@/modules/schedule/iso-week';
import type { SeedContext } from './seed-context';

/** One entry: `day` counts from Monday of the seed date's week (7 = next Monday). */
type E = { day: number; start?: string; end?: string; leader: string; content: string; place?: string; participants?: string; preparedBy?: string };

const CT = 'Chủ tịch UBND tỉnh Nguyễn Minh Khang';
const PCT_TT = 'Phó Chủ tịch Thường trực UBND tỉnh Trần Quốc Hòa';
const PCT_1 = 'Phó Chủ tịch UBND tỉnh Lê Thị Thu Trang';
const PCT_2 = 'Phó Chủ tịch UBND tỉnh Đinh Công Thành';
const HOP_1 = 'Phòng họp số 1, trụ sở UBND tỉnh, số 01 Trần Phú, phường Nha Trang';

const ROOT: E[] = [
  { day: 0, start: '07:30', end: '11:00', leader: CT, content: 'Chủ trì giao ban lãnh đạo UBND tỉnh đầu tuần', place: HOP_1, participants: 'Các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh', preparedBy: 'Văn phòng UBND tỉnh' },
  { day: 0, start: '14:00', end: '17:00', leader: PCT_TT, content: 'Làm việc với Sở Tài chính về tình hình giải ngân vốn đầu tư công năm {nam}', place: 'Phòng họp số 2, trụ sở UBND tỉnh', participants: 'Lãnh đạo Sở Tài chính, Kho bạc Nhà nước khu vực, các ban quản lý dự án', preparedBy: 'Sở Tài chính' },
  { day: 1, start: '08:00', end: '11:30', leader: CT, content: 'Dự Hội nghị xúc tiến đầu tư vào Khu kinh tế Vân Phong', place: 'Trung tâm Hội nghị tỉnh, số 02 Lê Lợi, phường Nha Trang', participants: 'Lãnh đạo các sở, ngành; Ban Quản lý Khu kinh tế Vân Phong; các nhà đầu tư', preparedBy: 'Ban Quản lý Khu kinh tế Vân Phong' },
  { day: 1, start: '14:00', leader: PCT_1, content: 'Kiểm tra công tác chuẩn bị năm học và cơ sở vật chất trường học vùng miền núi', place: 'Huyện Khánh Sơn', participants: 'Lãnh đạo Sở Giáo dục và Đào tạo, UBND huyện Khánh Sơn', preparedBy: 'Sở Giáo dục và Đào tạo' },
  { day: 2, start: '07:30', end: '17:00', leader: CT, content: 'Họp UBND tỉnh thường kỳ tháng {thang} năm {nam}', place: HOP_1, participants: 'Thành viên UBND tỉnh; đại diện Thường trực HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh', preparedBy: 'Văn phòng UBND tỉnh' },
  { day: 3, start: '08:00', end: '10:00', leader: PCT_2, content: 'Tiếp và làm việc với Đoàn công tác của Bộ Nông nghiệp và Môi trường về phòng, chống thiên tai', place: 'Phòng họp số 3, trụ sở UBND tỉnh', participants: 'Ban Chỉ huy Phòng thủ dân sự tỉnh; Sở Nông nghiệp và Môi trường', preparedBy: 'Sở Nông nghiệp và Môi trường' },
  { day: 3, start: '14:00', end: '16:30', leader: PCT_TT, content: 'Kiểm tra tiến độ dự án Đường ven biển Cam Lâm – Cam Ranh (giai đoạn 2)', place: 'Hiện trường dự án, phường Cam Ranh', participants: 'Sở Xây dựng; Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh', preparedBy: 'Sở Xây dựng' },
  { day: 4, start: '08:00', end: '11:00', leader: CT, content: 'Tiếp công dân định kỳ tháng {thang}', place: 'Trụ sở Tiếp công dân tỉnh, số 01 Trần Phú, phường Nha Trang', participants: 'Thanh tra tỉnh; Ban Tiếp công dân tỉnh; các sở, ngành có liên quan', preparedBy: 'Ban Tiếp công dân tỉnh' },
  { day: 4, start: '14:00', leader: PCT_1, content: 'Dự Lễ khai mạc Tuần lễ Văn hóa – Du lịch biển Nha Trang', place: 'Quảng trường 2 Tháng 4, phường Nha Trang', preparedBy: 'Sở Văn hóa, Thể thao và Du lịch' },
  { day: 5, leader: PCT_2, content: 'Trực lãnh đạo UBND tỉnh ngày thứ Bảy', place: 'Trụ sở UBND tỉnh' },
  // Next week.
  { day: 7, start: '07:30', end: '11:00', leader: CT, content: 'Chủ trì giao ban lãnh đạo UBND tỉnh đầu tuần', place: HOP_1, participants: 'Các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh', preparedBy: 'Văn phòng UBND tỉnh' },
  { day: 8, start: '08:00', end: '11:30', leader: CT, content: 'Dự Kỳ họp thứ 12 Hội đồng nhân dân tỉnh khóa VIII', place: 'Hội trường HĐND tỉnh, số 01 Trần Phú, phường Nha Trang', participants: 'Thành viên UBND tỉnh; lãnh đạo các sở, ngành', preparedBy: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh' },
  { day: 9, start: '14:00', end: '16:00', leader: PCT_TT, content: 'Họp Ban Chỉ đạo chuyển đổi số tỉnh', place: 'Phòng họp trực tuyến, trụ sở UBND tỉnh', participants: 'Thành viên Ban Chỉ đạo; UBND các xã, phường (trực tuyến)', preparedBy: 'Sở Thông tin và Truyền thông' },
  { day: 10, start: '08:00', leader: PCT_1, content: 'Làm việc với Bệnh viện Đa khoa tỉnh về tự chủ tài chính', place: 'Bệnh viện Đa khoa tỉnh Khánh Hòa, số 19 Yersin, phường Nha Trang', participants: 'Sở Y tế; Sở Tài chính', preparedBy: 'Sở Y tế' },
  { day: 11, start: '07:30', end: '11:00', leader: CT, content: 'Kiểm tra công tác chuẩn bị cung ứng hàng hóa dịp cuối năm và Tết Nguyên đán', place: 'Chợ Đầm và một số siêu thị, phường Nha Trang', participants: 'Sở Công Thương; UBND phường Nha Trang', preparedBy: 'Sở Công Thương' },
];

const ROOT_EN: E[] = [
  { day: 0, start: '07:30', end: '11:00', leader: 'Chairman of the Provincial People’s Committee Nguyen Minh Khang', content: 'Weekly meeting of the Provincial People’s Committee leadership', place: 'Meeting room 1, 01 Tran Phu, Nha Trang', preparedBy: 'Office of the Provincial People’s Committee' },
  { day: 1, start: '08:00', end: '11:30', leader: 'Chairman of the Provincial People’s Committee Nguyen Minh Khang', content: 'Investment promotion conference for the Van Phong Economic Zone', place: 'Provincial Conference Centre, 02 Le Loi, Nha Trang', preparedBy: 'Van Phong Economic Zone Authority' },
  { day: 2, start: '07:30', end: '17:00', leader: 'Chairman of the Provincial People’s Committee Nguyen Minh Khang', content: 'Regular monthly meeting of the Provincial People’s Committee', place: 'Meeting room 1, 01 Tran Phu, Nha Trang' },
];

const GD = 'Giám đốc Sở Trương Đình Phúc';
const PGD = 'Phó Giám đốc Sở Lê Thị Thu Hà';
const SO = 'Phòng họp tầng 3, Sở Thông tin và Truyền thông, số 02 Hàn Thuyên, phường Nha Trang';

const STTTT: E[] = [
  { day: 0, start: '08:00', end: '09:30', leader: GD, content: 'Giao ban lãnh đạo Sở đầu tuần', place: SO, participants: 'Phó Giám đốc Sở; trưởng các phòng, đơn vị', preparedBy: 'Văn phòng Sở' },
  { day: 0, start: '14:00', end: '16:30', leader: PGD, content: 'Họp Hội đồng thẩm định dự án Nâng cấp nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)', place: SO, participants: 'Thành viên Hội đồng thẩm định', preparedBy: 'Phòng Chuyển đổi số' },
  { day: 1, start: '08:00', end: '11:00', leader: GD, content: 'Kiểm tra an toàn thông tin hệ thống cấp độ 3 tại Trung tâm giám sát, điều hành đô thị thông minh', place: 'Trung tâm IOC tỉnh, phường Nha Trang', participants: 'Trung tâm Công nghệ thông tin và Truyền thông; đoàn kiểm tra', preparedBy: 'Phòng Bưu chính – Viễn thông và An toàn thông tin' },
  { day: 2, start: '14:00', leader: PGD, content: 'Dự Hội nghị báo chí quý {quy} năm {nam}', place: 'Trung tâm Hội nghị tỉnh, số 02 Lê Lợi, phường Nha Trang', preparedBy: 'Phòng Thông tin – Báo chí – Xuất bản' },
  { day: 3, start: '07:30', end: '17:00', leader: GD, content: 'Khảo sát tổ công nghệ số cộng đồng tại các xã miền núi', place: 'Xã Sơn Thái và xã Thành Sơn, huyện Khánh Sơn', participants: 'Phòng Chuyển đổi số; UBND các xã', preparedBy: 'Phòng Chuyển đổi số' },
  { day: 4, start: '09:00', end: '11:00', leader: PGD, content: 'Tập huấn sử dụng chữ ký số cho cán bộ, công chức cấp xã', place: 'Hội trường Sở, số 02 Hàn Thuyên, phường Nha Trang', preparedBy: 'Trung tâm Công nghệ thông tin và Truyền thông' },
  { day: 7, start: '08:00', end: '09:30', leader: GD, content: 'Giao ban lãnh đạo Sở đầu tuần', place: SO, participants: 'Phó Giám đốc Sở; trưởng các phòng, đơn vị', preparedBy: 'Văn phòng Sở' },
  { day: 9, start: '14:00', end: '16:00', leader: GD, content: 'Báo cáo Ban Chỉ đạo chuyển đổi số tỉnh kết quả năm {nam}', place: 'Phòng họp trực tuyến, trụ sở UBND tỉnh', preparedBy: 'Phòng Chuyển đổi số' },
];

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** Fills {thang}, {nam}, {quy} from the entry's own date, so the demo reads right whenever it is loaded. */
function withDate(content: string, date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return content.replace('{thang}', String(m)).replace('{nam}', String(y)).replace('{quy}', QUARTERS[Math.floor((m - 1) / 3)]!);
}

async function seedSite(ctx: SeedContext, key: string, entries: E[], lang: 'vi' | 'en' = 'vi') {
  const siteId = ctx.siteIds.get(key)!;
  // Demo entries stand for a schedule the board approved before the platform existed: imported as published.
  const importer = CLI_ACTOR;
  const monday = weekStart(currentIsoWeek());
  for (const e of entries) {
    const { day, start, end, ...rest } = e;
    const date = addDays(monday, day);
    await createScheduleEntry(importer, siteId, { ...rest, content: withDate(rest.content, date), date, startTime: start, endTime: end, lang }, { imported: 'PUBLISHED' });
  }
}

/**
 * Demo work schedules (C4) for the seed date's week and the next one, so the public page is never
 * empty on a fresh install; one draft on the root portal that must never be shown.
 */
export async function seedSchedule(ctx: SeedContext): Promise<void> {
  await seedSite(ctx, 'root', ROOT);
  await seedSite(ctx, 'root', ROOT_EN, 'en');
  await seedSite(ctx, 'stttt', STTTT);
  const monday = weekStart(currentIsoWeek());
  await createScheduleEntry(
    CLI_ACTOR,
    ctx.siteIds.get('root')!,
    {
      date: addDays(monday, 2),
      startTime: '15:00',
      leader: PCT_2,
      content: 'Bản nháp: làm việc với đoàn thanh tra chuyên đề (chưa duyệt, không công bố)',
      place: 'Phòng họp số 3, trụ sở UBND tỉnh',
    },
    { imported: 'DRAFT' },
  );
}
