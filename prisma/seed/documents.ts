import { paragraphsToDoc } from '@/modules/content/rich-text';
import { createDocument } from '@/modules/documents/document-editing';
import type { DocumentTypeCode, LegalStatusCode } from '@/modules/documents/document-types';
import { todayInVietnam } from '@/modules/documents/legal-status';
import type { SeedContext } from './seed-context';

/** Demo văn bản (C3) and strategies/plans (C5) of the root portal, a department and the district. */

type D = {
  key: string;
  number: string;
  type: DocumentTypeCode;
  issuer: string;
  signer?: string;
  issuedAt: string;
  effectiveAt?: string;
  expiresAt?: string;
  legalStatus?: LegalStatusCode;
  field?: string;
  summary: string;
  body?: string[];
  replacedBy?: string;
  related?: string[];
  draft?: boolean;
  en?: { issuer: string; field?: string; summary: string; body?: string[] };
};

/** A date `days` from today in Vietnam, "YYYY-MM-DD" (the "not yet in force" example stays so). */
function fromToday(days: number): string {
  const [y, m, d] = todayInVietnam().split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

const UBND_TINH = 'Ủy ban nhân dân tỉnh Khánh Hòa';
const CHU_TICH = 'Lê Minh Quang';
const PHO_CHU_TICH = 'Trần Thị Hồng Vân';

const ROOT_DOCUMENTS: D[] = [
  {
    key: 'nd42',
    number: '42/2022/NĐ-CP',
    type: 'NGHI_DINH',
    issuer: 'Chính phủ',
    issuedAt: '2022-06-24',
    effectiveAt: '2022-08-15',
    field: 'Công nghệ thông tin',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.',
  },
  {
    key: 'qc-cong-moi',
    number: '28/2025/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: UBND_TINH,
    signer: PHO_CHU_TICH,
    issuedAt: '2025-09-12',
    effectiveAt: '2025-09-25',
    field: 'Công nghệ thông tin',
    summary: 'Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Khánh Hòa và các trang thông tin điện tử thành phần.',
    body: [
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Khánh Hòa và các trang thông tin điện tử thành phần.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 9 năm 2025 và thay thế Quyết định số 05/2021/QĐ-UBND của Ủy ban nhân dân tỉnh.',
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.',
    ],
    related: ['nd42'],
  },
  {
    key: 'qc-cong-cu',
    number: '05/2021/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: UBND_TINH,
    signer: CHU_TICH,
    issuedAt: '2021-02-08',
    effectiveAt: '2021-02-20',
    legalStatus: 'REPLACED',
    field: 'Công nghệ thông tin',
    summary: 'Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Khánh Hòa.',
    replacedBy: 'qc-cong-moi',
  },
  {
    key: 'qc-lam-viec',
    number: '12/2024/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: UBND_TINH,
    signer: CHU_TICH,
    issuedAt: '2024-03-15',
    effectiveAt: '2024-03-25',
    field: 'Tổ chức bộ máy',
    summary: 'Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh Khánh Hòa nhiệm kỳ 2021–2026.',
    body: [
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân tỉnh Khánh Hòa nhiệm kỳ 2021–2026.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 3 năm 2024.',
    ],
    en: {
      issuer: 'Khanh Hoa Provincial People’s Committee',
      field: 'Organisation',
      summary: 'Promulgating the Working Regulation of the Khanh Hoa Provincial People’s Committee for the 2021–2026 term.',
      body: ['Article 1. The Working Regulation of the Khanh Hoa Provincial People’s Committee for the 2021–2026 term is promulgated together with this Decision.', 'Article 2. This Decision takes effect on 25 March 2024.'],
    },
  },
  {
    key: 'nq-cchc',
    number: '09/2024/NQ-HĐND',
    type: 'NGHI_QUYET',
    issuer: 'Hội đồng nhân dân tỉnh Khánh Hòa',
    signer: 'Nguyễn Khắc Toàn',
    issuedAt: '2024-07-11',
    effectiveAt: '2024-07-21',
    field: 'Tài chính',
    summary: 'Quy định mức chi bảo đảm cho công tác cải cách hành chính nhà nước trên địa bàn tỉnh Khánh Hòa.',
  },
  {
    key: 'qd-phan-cap',
    number: '18/2022/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: UBND_TINH,
    signer: PHO_CHU_TICH,
    issuedAt: '2022-05-30',
    effectiveAt: '2022-06-10',
    legalStatus: 'PARTLY_EXPIRED',
    field: 'Xây dựng',
    summary: 'Quy định phân cấp quản lý nhà nước về chất lượng công trình xây dựng trên địa bàn tỉnh Khánh Hòa.',
  },
  {
    key: 'qd-gia',
    number: '20/2023/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: UBND_TINH,
    signer: PHO_CHU_TICH,
    issuedAt: '2023-06-05',
    effectiveAt: '2023-06-15',
    expiresAt: '2025-12-31',
    field: 'Giá',
    summary: 'Quy định giá dịch vụ sử dụng đò, phà trên địa bàn tỉnh Khánh Hòa giai đoạn 2023–2025.',
  },
  {
    key: 'qd-ho-tro',
    number: '35/2026/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: UBND_TINH,
    signer: CHU_TICH,
    issuedAt: fromToday(-6),
    effectiveAt: fromToday(25),
    field: 'Lao động – Thương binh và Xã hội',
    summary: 'Quy định mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ gia đình cận nghèo trên địa bàn tỉnh Khánh Hòa.',
  },
  {
    key: 'kh-cds',
    number: '45/KH-UBND',
    type: 'KE_HOACH',
    issuer: UBND_TINH,
    signer: PHO_CHU_TICH,
    issuedAt: '2026-01-20',
    field: 'Chuyển đổi số',
    summary: 'Kế hoạch chuyển đổi số tỉnh Khánh Hòa năm 2026.',
    body: [
      'I. Mục đích, yêu cầu: phát triển chính quyền số, kinh tế số, xã hội số; 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.',
      'II. Nhiệm vụ trọng tâm: hoàn thiện hạ tầng số, nền tảng dùng chung, cơ sở dữ liệu chuyên ngành; bảo đảm an toàn thông tin theo cấp độ.',
      'III. Tổ chức thực hiện: Sở Thông tin và Truyền thông chủ trì, theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh hằng quý.',
    ],
  },
  {
    key: 'kh-de-an-06',
    number: '112/KH-UBND',
    type: 'KE_HOACH',
    issuer: UBND_TINH,
    signer: PHO_CHU_TICH,
    issuedAt: '2026-03-04',
    field: 'Cải cách hành chính',
    summary: 'Kế hoạch triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) trên địa bàn tỉnh năm 2026.',
    related: ['kh-cds'],
  },
  {
    key: 'ct-thien-tai',
    number: '03/CT-UBND',
    type: 'CHI_THI',
    issuer: UBND_TINH,
    signer: CHU_TICH,
    issuedAt: '2026-05-12',
    field: 'Phòng, chống thiên tai',
    summary: 'Về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026.',
  },
  {
    key: 'quy-hoach-tinh',
    number: '318/QĐ-TTg',
    type: 'QUY_HOACH',
    issuer: 'Thủ tướng Chính phủ',
    issuedAt: '2023-03-29',
    field: 'Quy hoạch',
    summary: 'Phê duyệt Quy hoạch tỉnh Khánh Hòa thời kỳ 2021–2030, tầm nhìn đến năm 2050.',
  },
  {
    key: 'chien-luoc-du-lich',
    number: '2156/QĐ-UBND',
    type: 'CHIEN_LUOC',
    issuer: UBND_TINH,
    signer: CHU_TICH,
    issuedAt: '2024-08-19',
    field: 'Du lịch',
    summary: 'Phê duyệt Chiến lược phát triển du lịch tỉnh Khánh Hòa đến năm 2030, định hướng đến năm 2045.',
    related: ['quy-hoach-tinh'],
  },
  {
    key: 'tthc',
    number: '2145/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: UBND_TINH,
    signer: PHO_CHU_TICH,
    issuedAt: '2026-08-26',
    field: 'Cải cách hành chính',
    summary: 'Công bố danh mục thủ tục hành chính được thực hiện trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.',
  },
  {
    key: 'cv-attt',
    number: '1520/UBND-KGVX',
    type: 'CONG_VAN',
    issuer: UBND_TINH,
    signer: PHO_CHU_TICH,
    issuedAt: '2026-10-02',
    field: 'Công nghệ thông tin',
    summary: 'V/v tăng cường bảo đảm an toàn thông tin mạng trong dịp cuối năm 2026.',
    body: ['Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và địa phương rà soát, khắc phục ngay các lỗ hổng bảo mật; tổ chức trực giám sát an toàn thông tin 24/7 trong dịp cuối năm.'],
  },
  {
    key: 'tb-ket-luan',
    number: '215/TB-UBND',
    type: 'THONG_BAO',
    issuer: UBND_TINH,
    signer: 'Phạm Quốc Huy',
    issuedAt: '2026-11-10',
    field: 'Đầu tư',
    summary: 'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc về tiến độ các dự án trọng điểm tại Khu kinh tế Vân Phong.',
  },
  {
    key: 'du-thao',
    number: '40/2026/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: UBND_TINH,
    issuedAt: fromToday(-1),
    field: 'Tài nguyên và Môi trường',
    summary: 'Dự thảo quy định bảng giá đất (bản nháp chưa duyệt, không được công bố).',
    draft: true,
  },
];

const STTTT_DOCUMENTS: D[] = [
  {
    key: 'stttt-attt',
    number: '125/QĐ-STTTT',
    type: 'QUYET_DINH',
    issuer: 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa',
    signer: 'Lê Thị Thu Hà',
    issuedAt: '2025-06-10',
    field: 'An toàn thông tin',
    summary: 'Ban hành Quy chế bảo đảm an toàn thông tin mạng của Sở Thông tin và Truyền thông.',
  },
  {
    key: 'stttt-kh',
    number: '38/KH-STTTT',
    type: 'KE_HOACH',
    issuer: 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa',
    signer: 'Lê Thị Thu Hà',
    issuedAt: '2026-02-05',
    field: 'Chuyển đổi số',
    summary: 'Kế hoạch tuyên truyền về chuyển đổi số trên địa bàn tỉnh năm 2026.',
  },
  {
    key: 'stttt-cv',
    number: '892/STTTT-BCVT',
    type: 'CONG_VAN',
    issuer: 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa',
    signer: 'Đặng Minh Khoa',
    issuedAt: '2026-09-18',
    field: 'Bưu chính, viễn thông',
    summary: 'V/v hướng dẫn bảo đảm thông tin liên lạc phục vụ phòng, chống thiên tai mùa mưa bão năm 2026.',
  },
];

const KHANHSON_DOCUMENTS: D[] = [
  {
    key: 'ks-qd',
    number: '12/2024/QĐ-UBND',
    type: 'QUYET_DINH',
    issuer: 'Ủy ban nhân dân huyện Khánh Sơn',
    signer: 'Cao Văn Sáu',
    issuedAt: '2024-04-02',
    field: 'Công thương',
    summary: 'Ban hành Quy định quản lý, khai thác chợ trên địa bàn huyện Khánh Sơn.',
  },
  {
    key: 'ks-kh',
    number: '15/KH-UBND',
    type: 'KE_HOACH',
    issuer: 'Ủy ban nhân dân huyện Khánh Sơn',
    signer: 'Cao Văn Sáu',
    issuedAt: '2026-02-26',
    field: 'Nông nghiệp',
    summary: 'Kế hoạch phát triển vùng trồng sầu riêng huyện Khánh Sơn giai đoạn 2026–2030.',
  },
  {
    key: 'ks-ct',
    number: '02/CT-UBND',
    type: 'CHI_THI',
    issuer: 'Ủy ban nhân dân huyện Khánh Sơn',
    signer: 'Cao Văn Sáu',
    issuedAt: '2026-03-15',
    field: 'Lâm nghiệp',
    summary: 'Về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô năm 2026.',
  },
];

async function seedSite(ctx: SeedContext, siteKey: string, docs: D[]) {
  const siteId = ctx.siteIds.get(siteKey);
  if (!siteId) return;
  const actor = ctx.actorFor(siteKey);
  const ids = new Map<string, string>();
  // Referenced documents come earlier in each list, so replacement and relations can point at them.
  for (const d of docs) {
    const created = await createDocument(
      actor,
      siteId,
      {
        number: d.number,
        type: d.type,
        issuer: d.issuer,
        signer: d.signer,
        issuedAt: d.issuedAt,
        effectiveAt: d.effectiveAt,
        expiresAt: d.expiresAt,
        legalStatus: d.legalStatus,
        field: d.field,
        summary: d.summary,
        body: d.body ? paragraphsToDoc(d.body) : null,
        replacedById: d.replacedBy ? ids.get(d.replacedBy) : null,
        relatedIds: (d.related ?? []).map((k) => ids.get(k)!),
      },
      { publish: !d.draft },
    );
    ids.set(d.key, created.id);
    if (d.en) {
      await createDocument(
        actor,
        siteId,
        {
          number: d.number,
          type: d.type,
          issuer: d.en.issuer,
          signer: d.signer,
          issuedAt: d.issuedAt,
          effectiveAt: d.effectiveAt,
          expiresAt: d.expiresAt,
          legalStatus: d.legalStatus,
          field: d.en.field,
          summary: d.en.summary,
          body: d.en.body ? paragraphsToDoc(d.en.body) : null,
          lang: 'en',
          translationOfId: created.id,
        },
        { publish: true },
      );
    }
  }
}

export async function seedDocuments(ctx: SeedContext): Promise<void> {
  await seedSite(ctx, 'root', ROOT_DOCUMENTS);
  await seedSite(ctx, 'stttt', STTTT_DOCUMENTS);
  await seedSite(ctx, 'khanhson', KHANHSON_DOCUMENTS);
}
