import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_ACTOR } from '@/server/actor';
import { attachServiceForms } from '@/modules/services/service-forms';
import { importServiceCatalogue, importServiceStats } from '@/modules/services/service-import';
import type { ServiceInput } from '@/modules/services/services.schemas';
import { getSiteById } from '@/modules/sites/sites.service';
import { createService, getPublishedService, setServicePublished } from '@/modules/services/services.service';
import { minimalPdf } from './pdf';
import type { SeedContext } from './seed-context';

/**
 * Demo procedures (P1–P3) of the province portal, two departments and two communes, their forms and
 * usage figures. The communes' catalogues and every figure come in through the same import as
 * `npm run portal -- services:import[-stats]`, from the sample files in docs/samples/.
 */

const SAMPLES = join(import.meta.dirname, '..', '..', 'docs', 'samples');
const national = (code: string) => `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`;

type S = ServiceInput & { draft?: boolean; forms?: { title: string; file: string; lines: string[] }[] };

const ROOT: S[] = [
  {
    code: '1.004227',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    field: 'Đất đai',
    level: 'PARTIAL',
    implementingBody: 'Văn phòng Đăng ký đất đai tỉnh Khánh Hòa (Sở Nông nghiệp và Môi trường)',
    applicants: 'Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất',
    steps: 'Bước 1: Nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.\nBước 2: Văn phòng Đăng ký đất đai kiểm tra hồ sơ, xác nhận nội dung biến động.\nBước 3: Cập nhật cơ sở dữ liệu đất đai và trao Giấy chứng nhận.',
    channels: 'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia\nNộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh\nNộp qua dịch vụ bưu chính công ích',
    dossier: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 11/ĐK\nBản gốc Giấy chứng nhận đã cấp\nHợp đồng, văn bản về việc chuyển quyền sử dụng đất',
    timeLimit: 'Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    fees: 'Lệ phí cấp Giấy chứng nhận theo Nghị quyết của Hội đồng nhân dân tỉnh',
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được xác nhận thay đổi',
    legalBasis: 'Luật Đất đai số 31/2024/QH15 ngày 18/01/2024\nNghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ',
    onlineUrl: national('1.004227'),
    forms: [{ title: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)', file: 'mau-11-dk.pdf', lines: ['DON DANG KY BIEN DONG DAT DAI, TAI SAN GAN LIEN VOI DAT', 'Mau so 11/DK'] }],
  },
  {
    code: '1.012790',
    name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân',
    field: 'Đất đai',
    level: 'PARTIAL',
    implementingBody: 'Văn phòng Đăng ký đất đai tỉnh Khánh Hòa (Sở Nông nghiệp và Môi trường)',
    applicants: 'Hộ gia đình, cá nhân đang sử dụng đất',
    dossier: 'Đơn đăng ký đất đai, tài sản gắn liền với đất theo Mẫu số 04/ĐK\nGiấy tờ về quyền sử dụng đất (nếu có)',
    timeLimit: 'Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    legalBasis: 'Luật Đất đai số 31/2024/QH15 ngày 18/01/2024',
    onlineUrl: national('1.012790'),
  },
  {
    code: '1.009974',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II',
    field: 'Hoạt động xây dựng',
    level: 'PARTIAL',
    implementingBody: 'Sở Xây dựng tỉnh Khánh Hòa',
    applicants: 'Chủ đầu tư xây dựng công trình',
    steps: 'Bước 1: Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng.\nBước 2: Sở Xây dựng thẩm định hồ sơ, lấy ý kiến cơ quan liên quan.\nBước 3: Cấp giấy phép xây dựng.',
    dossier: 'Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 01\nBản sao giấy tờ chứng minh quyền sử dụng đất\nHồ sơ thiết kế xây dựng đã được thẩm định',
    timeLimit: '20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.',
    fees: 'Lệ phí cấp giấy phép xây dựng công trình: 150.000 đồng/giấy phép',
    result: 'Giấy phép xây dựng',
    legalBasis:
      'Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014\nNghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ\nQuyết định số 18/2022/QĐ-UBND của UBND tỉnh quy định phân cấp quản lý nhà nước về chất lượng công trình xây dựng',
    onlineUrl: 'https://dichvucong.khanhhoa.gov.vn/thu-tuc/1.009974',
  },
  {
    code: '2.001417',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    field: 'Lý lịch tư pháp',
    level: 'FULL',
    implementingBody: 'Sở Tư pháp tỉnh Khánh Hòa',
    applicants: 'Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam',
    steps: 'Bước 1: Khai Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID hoặc Cổng Dịch vụ công.\nBước 2: Nộp phí trực tuyến.\nBước 3: Nhận Phiếu lý lịch tư pháp điện tử hoặc bản giấy qua bưu chính.',
    channels: 'Trực tuyến qua ứng dụng VNeID hoặc Cổng Dịch vụ công quốc gia',
    dossier: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (khai trực tuyến)',
    timeLimit: 'Không quá 10 ngày kể từ ngày nhận yêu cầu hợp lệ.',
    fees: 'Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần; sinh viên, người có công: 100.000 đồng/lần',
    result: 'Phiếu lý lịch tư pháp số 1 hoặc số 2',
    legalBasis: 'Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009',
    onlineUrl: national('2.001417'),
  },
  {
    code: '1.001973',
    name: 'Giải quyết hưởng trợ cấp thất nghiệp',
    field: 'Việc làm',
    level: 'PARTIAL',
    implementingBody: 'Trung tâm Dịch vụ việc làm tỉnh Khánh Hòa',
    applicants: 'Người lao động đang đóng bảo hiểm thất nghiệp bị chấm dứt hợp đồng lao động',
    dossier: 'Đề nghị hưởng trợ cấp thất nghiệp theo mẫu\nBản sao quyết định thôi việc hoặc văn bản chấm dứt hợp đồng lao động',
    timeLimit: '20 ngày kể từ ngày nhận đủ hồ sơ.',
    fees: 'Không',
    result: 'Quyết định hưởng trợ cấp thất nghiệp',
    legalBasis: 'Luật Việc làm số 38/2013/QH13 ngày 16/11/2013',
    onlineUrl: national('1.001973'),
  },
  {
    code: '1.004253',
    name: 'Thủ tục nháp: Cấp giấy phép khai thác tài nguyên nước (đang soạn)',
    field: 'Tài nguyên nước',
    level: 'INFO',
    implementingBody: 'Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa',
    draft: true,
  },
];

const STC: S[] = [
  {
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    field: 'Thành lập và hoạt động của doanh nghiệp',
    level: 'FULL',
    implementingBody: 'Phòng Đăng ký kinh doanh, Sở Tài chính tỉnh Khánh Hòa',
    applicants: 'Cá nhân thành lập doanh nghiệp tư nhân',
    steps: 'Bước 1: Kê khai hồ sơ và nộp trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.\nBước 2: Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ.\nBước 3: Cấp Giấy chứng nhận đăng ký doanh nghiệp.',
    dossier: 'Giấy đề nghị đăng ký doanh nghiệp\nBản sao giấy tờ pháp lý của chủ doanh nghiệp tư nhân',
    timeLimit: '03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.',
    fees: 'Miễn lệ phí khi đăng ký qua mạng điện tử',
    result: 'Giấy chứng nhận đăng ký doanh nghiệp',
    legalBasis: 'Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020\nNghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ',
    onlineUrl: 'https://dangkykinhdoanh.gov.vn',
    forms: [{ title: 'Giấy đề nghị đăng ký doanh nghiệp tư nhân', file: 'giay-de-nghi-dang-ky-dntn.pdf', lines: ['GIAY DE NGHI DANG KY DOANH NGHIEP TU NHAN'] }],
  },
  {
    code: '2.002042',
    name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    field: 'Thành lập và hoạt động của doanh nghiệp',
    level: 'FULL',
    implementingBody: 'Phòng Đăng ký kinh doanh, Sở Tài chính tỉnh Khánh Hòa',
    dossier: 'Giấy đề nghị đăng ký doanh nghiệp\nĐiều lệ công ty\nBản sao giấy tờ pháp lý của chủ sở hữu công ty',
    timeLimit: '03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.',
    fees: 'Miễn lệ phí khi đăng ký qua mạng điện tử',
    result: 'Giấy chứng nhận đăng ký doanh nghiệp',
    legalBasis: 'Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020',
    onlineUrl: 'https://dangkykinhdoanh.gov.vn',
  },
  {
    code: '1.010008',
    name: 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp',
    field: 'Thành lập và hoạt động của doanh nghiệp',
    level: 'FULL',
    implementingBody: 'Phòng Đăng ký kinh doanh, Sở Tài chính tỉnh Khánh Hòa',
    timeLimit: '03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.',
    result: 'Giấy chứng nhận đăng ký doanh nghiệp (cấp lại)',
    legalBasis: 'Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020',
    onlineUrl: 'https://dangkykinhdoanh.gov.vn',
  },
  {
    code: '1.009645',
    name: 'Quyết định chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
    field: 'Đầu tư tại Việt Nam',
    level: 'INFO',
    implementingBody: 'Sở Tài chính tỉnh Khánh Hòa (tham mưu Ủy ban nhân dân tỉnh)',
    applicants: 'Nhà đầu tư trong nước và nước ngoài',
    timeLimit: '35 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.',
    result: 'Quyết định chấp thuận chủ trương đầu tư',
    legalBasis: 'Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020',
  },
];

const STTTT: S[] = [
  {
    code: '2.002536',
    name: 'Đăng ký kết nối trang thông tin điện tử thành phần với Cổng thông tin điện tử tỉnh',
    field: 'Công nghệ thông tin',
    level: 'PARTIAL',
    implementingBody: 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa',
    applicants: 'Cơ quan chuyên môn thuộc UBND tỉnh, UBND cấp xã',
    steps: 'Bước 1: Cơ quan gửi văn bản đề nghị kèm thông tin tên miền, người chịu trách nhiệm.\nBước 2: Sở Thông tin và Truyền thông khởi tạo trang thành phần và cấp tài khoản quản trị.',
    dossier: 'Văn bản đề nghị của cơ quan\nDanh sách Ban Biên tập trang thành phần',
    timeLimit: '05 ngày làm việc.',
    fees: 'Không',
    result: 'Trang thông tin điện tử thành phần được kết nối, tài khoản quản trị',
    legalBasis:
      'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ\nQuyết định số 28/2025/QĐ-UBND ngày 12/9/2025 của UBND tỉnh ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh',
    onlineUrl: 'https://dichvucong.khanhhoa.gov.vn/thu-tuc/2.002536',
  },
  {
    code: '1.003660',
    name: 'Cấp giấy phép xuất bản bản tin',
    field: 'Báo chí',
    level: 'PARTIAL',
    implementingBody: 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa',
    applicants: 'Cơ quan, tổ chức có tư cách pháp nhân tại địa phương',
    dossier: 'Tờ khai đề nghị cấp giấy phép xuất bản bản tin theo mẫu\nMẫu trình bày tên gọi và măng-sét bản tin',
    timeLimit: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.',
    fees: 'Không',
    result: 'Giấy phép xuất bản bản tin',
    legalBasis: 'Luật Báo chí số 103/2016/QH13 ngày 05/4/2016',
    onlineUrl: national('1.003660'),
  },
];

async function seedSite(ctx: SeedContext, key: string, services: S[]) {
  const siteId = ctx.siteIds.get(key)!;
  const actor = ctx.actorFor(key);
  for (const { draft, forms, ...input } of services) {
    const created = await createService(actor, siteId, input);
    for (const f of forms ?? []) await attachServiceForms(actor, siteId, created.id, [new File([minimalPdf([...f.lines, '(Mau do Cong So tao)'])], f.file, { type: 'application/pdf' })], f.title);
    if (!draft) await setServicePublished(actor, siteId, created.id, true);
  }
}

function sample(name: string) {
  return { bytes: new Uint8Array(readFileSync(join(SAMPLES, name))), name };
}

export async function seedServices(ctx: SeedContext): Promise<void> {
  await seedSite(ctx, 'root', ROOT);
  await seedSite(ctx, 'stc', STC);
  await seedSite(ctx, 'stttt', STTTT);
  const sonthai = ctx.siteIds.get('sonthai')!;
  const reports: { rejected: { line: number; column: string; message: string }[] }[] = [
    await importServiceCatalogue(ctx.actorFor('sonthai'), sonthai, sample('thu-tuc-hanh-chinh.csv'), { publish: true }),
    await importServiceCatalogue(ctx.actorFor('nhatrang'), ctx.siteIds.get('nhatrang')!, sample('thu-tuc-hanh-chinh.json'), { publish: true }),
  ];
  const site = (await getSiteById(sonthai))!;
  const birth = (await getPublishedService({ site, key: '1.001193' }))!;
  const form = new File([minimalPdf(['TO KHAI DANG KY KHAI SINH', '(Mau do Cong So tao)'])], 'to-khai-dang-ky-khai-sinh.pdf', { type: 'application/pdf' });
  await attachServiceForms(ctx.actorFor('sonthai'), sonthai, birth.id, [form], 'Tờ khai đăng ký khai sinh');
  reports.push(await importServiceStats(CLI_ACTOR, sample('so-lieu-dich-vu-cong.csv')));
  // The samples are the documentation's examples: a rejected row there is a mistake to fix, not demo data.
  const rejected = reports.flatMap((r) => r.rejected);
  if (rejected.length) throw new Error(`Tệp mẫu docs/samples có dòng bị từ chối: ${rejected.map((r) => `dòng ${r.line} (${r.column}): ${r.message}`).join('; ')}`);
}
