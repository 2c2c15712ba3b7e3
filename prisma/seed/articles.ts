import { CLI_ACTOR } from '@/server/actor';
import { createArticle } from '@/modules/articles/articles.service';
import { createCategory } from '@/modules/articles/categories.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import type { SeedContext } from './seed-context';
import { DEMO_SCENES, demoImage } from './media';

type A = { title: string; sapo: string; body: string[]; author: string; source: string; cats: string[]; daysAgo: number; tags?: string[]; en?: { title: string; sapo: string; body: string[] } };

const CATEGORIES = [
  { key: 'hoat-dong', name: 'Tin hoạt động', nameEn: 'Activities' },
  { key: 'chi-dao', name: 'Chỉ đạo điều hành', nameEn: 'Direction and administration' },
  { key: 'kinh-te', name: 'Kinh tế – xã hội', nameEn: 'Economy and society' },
  { key: 'cds', name: 'Chuyển đổi số', nameEn: 'Digital transformation' },
  { key: 'thong-bao', name: 'Thông báo', nameEn: 'Announcements' },
];

const ROOT_ARTICLES: A[] = [
  {
    title: 'UBND tỉnh họp phiên thường kỳ tháng 11 năm 2026',
    sapo: 'Sáng nay, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 11 để đánh giá tình hình kinh tế – xã hội và cho ý kiến nhiều nội dung quan trọng.',
    body: [
      'Phiên họp đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội tháng 11 và 11 tháng năm 2026; thảo luận các giải pháp trọng tâm cho tháng cuối năm.',
      'Theo báo cáo, tổng sản phẩm trên địa bàn tiếp tục tăng trưởng khá; thu ngân sách nhà nước đạt 94% dự toán năm; giải ngân vốn đầu tư công đạt 71% kế hoạch.',
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung đẩy nhanh giải ngân vốn đầu tư công, bảo đảm an sinh xã hội dịp cuối năm và Tết Nguyên đán.',
    ],
    author: 'Minh Châu',
    source: 'Văn phòng UBND tỉnh',
    cats: ['chi-dao', 'kinh-te'],
    daysAgo: 0,
    tags: ['phiên họp thường kỳ', 'kinh tế – xã hội'],
    en: {
      title: 'Provincial People’s Committee holds its regular November 2026 meeting',
      sapo: 'The Provincial People’s Committee reviewed the socio-economic situation and discussed key tasks for the last month of the year.',
      body: ['The meeting reviewed socio-economic results for November and the first eleven months of 2026.', 'The Chairman asked departments and localities to speed up public investment disbursement and ensure social welfare for the Lunar New Year.'],
    },
  },
  {
    title: 'Khánh Hòa đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình',
    sapo: 'Đến nay, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.',
    body: [
      'Tỷ lệ hồ sơ nộp trực tuyến trong năm 2026 đạt trên 68%, tăng 15 điểm phần trăm so với năm trước.',
      'Các cơ quan tiếp tục rà soát, tái cấu trúc quy trình, số hóa kết quả giải quyết thủ tục hành chính theo Đề án 06 của Chính phủ.',
    ],
    author: 'Thanh Tâm',
    source: 'Sở Thông tin và Truyền thông',
    cats: ['cds'],
    daysAgo: 1,
    tags: ['dịch vụ công', 'Đề án 06'],
    en: {
      title: 'Khanh Hoa expands full-process online public services',
      sapo: 'All eligible administrative procedures are now offered as full-process online public services on the National Public Service Portal.',
      body: ['More than 68% of applications in 2026 were submitted online, 15 percentage points more than the previous year.'],
    },
  },
  {
    title: 'Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026',
    sapo: 'Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 tháng 12 năm 2026 tại Trụ sở Tiếp công dân tỉnh.',
    body: ['Công dân có nhu cầu đăng ký trước tại Trụ sở Tiếp công dân tỉnh, số 01 Trần Phú, phường Nha Trang, điện thoại 0258 3822 661.'],
    author: 'Ban Tiếp công dân tỉnh',
    source: 'Ban Tiếp công dân tỉnh',
    cats: ['thong-bao'],
    daysAgo: 2,
  },
  {
    title: 'Hội nghị xúc tiến đầu tư vào Khu kinh tế Vân Phong',
    sapo: 'Hơn 200 doanh nghiệp trong và ngoài nước tham dự hội nghị; tỉnh trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn 48.000 tỷ đồng.',
    body: ['Khu kinh tế Vân Phong được định hướng trở thành trung tâm cảng biển, logistics và công nghiệp năng lượng của khu vực.', 'Lãnh đạo tỉnh cam kết đồng hành, tháo gỡ khó khăn cho nhà đầu tư trong quá trình triển khai dự án.'],
    author: 'Hoàng Nam',
    source: 'Báo Khánh Hòa',
    cats: ['kinh-te', 'hoat-dong'],
    daysAgo: 3,
    tags: ['Vân Phong', 'đầu tư'],
  },
  {
    title: 'Triển khai ứng phó với áp thấp nhiệt đới trên Biển Đông',
    sapo: 'Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu các địa phương ven biển theo dõi chặt chẽ diễn biến, hướng dẫn tàu thuyền vào nơi tránh trú an toàn.',
    body: ['Các địa phương kiểm tra, gia cố nhà cửa, công trình; chuẩn bị lực lượng, phương tiện sẵn sàng sơ tán dân khi có lệnh.', 'Người dân theo dõi thông tin trên Cổng thông tin điện tử tỉnh và các phương tiện thông tin đại chúng.'],
    author: 'Quốc Việt',
    source: 'Ban Chỉ huy Phòng thủ dân sự tỉnh',
    cats: ['chi-dao'],
    daysAgo: 4,
  },
  {
    title: 'Khai giảng lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã',
    sapo: 'Hơn 300 cán bộ, công chức cấp xã được bồi dưỡng kỹ năng sử dụng nền tảng số, an toàn thông tin và khai thác dữ liệu dân cư.',
    body: ['Lớp học kéo dài 5 ngày, kết hợp học trực tuyến và thực hành trên các hệ thống dùng chung của tỉnh.'],
    author: 'Lan Anh',
    source: 'Sở Nội vụ',
    cats: ['cds', 'hoat-dong'],
    daysAgo: 6,
  },
  {
    title: 'Tỉnh phát động phong trào thi đua cao điểm chào mừng năm mới',
    sapo: 'Phong trào hướng tới hoàn thành thắng lợi các chỉ tiêu kinh tế – xã hội năm 2026, tạo khí thế mới cho năm 2027.',
    body: ['Các cơ quan, đơn vị đăng ký nội dung thi đua cụ thể, gắn với cải cách hành chính và chuyển đổi số.'],
    author: 'Phương Thảo',
    source: 'Ban Thi đua – Khen thưởng tỉnh',
    cats: ['hoat-dong'],
    daysAgo: 8,
  },
  {
    title: 'Hướng dẫn tra cứu văn bản quy phạm pháp luật trên Cổng thông tin điện tử tỉnh',
    sapo: 'Người dân có thể tra cứu văn bản theo số ký hiệu, loại văn bản, cơ quan ban hành, lĩnh vực và năm ban hành.',
    body: ['Mục Văn bản cho phép tải tệp đính kèm và xem tình trạng hiệu lực của từng văn bản.'],
    author: 'Ban Biên tập',
    source: 'Cổng thông tin điện tử tỉnh',
    cats: ['thong-bao'],
    daysAgo: 10,
  },
];

const STTTT_ARTICLES: A[] = [
  {
    title: 'Sở Thông tin và Truyền thông tổng kết công tác chuyển đổi số năm 2026',
    sapo: 'Chỉ số chuyển đổi số của tỉnh tăng 6 bậc; 100% cơ quan nhà nước sử dụng văn bản điện tử có ký số.',
    body: ['Hạ tầng số tiếp tục được đầu tư; tỷ lệ hộ gia đình có kết nối cáp quang đạt 87%.', 'Năm 2027, Sở tập trung phát triển dữ liệu mở và nền tảng số dùng chung.'],
    author: 'Thanh Tâm',
    source: 'Sở Thông tin và Truyền thông',
    cats: ['cds'],
    daysAgo: 0,
    en: { title: 'Department reviews 2026 digital transformation results', sapo: 'The province’s digital transformation index rose six places; all state agencies use digitally signed electronic documents.', body: ['Fibre broadband now reaches 87% of households.'] },
  },
  { title: 'Cảnh báo thủ đoạn lừa đảo qua tin nhắn mạo danh cơ quan nhà nước', sapo: 'Người dân không nhấp vào đường dẫn lạ, không cung cấp mã OTP cho bất kỳ ai.', body: ['Khi nghi ngờ, hãy liên hệ đường dây nóng 0258 3560 789 hoặc cơ quan công an gần nhất.'], author: 'Đức Huy', source: 'Sở Thông tin và Truyền thông', cats: ['thong-bao'], daysAgo: 1 },
  { title: 'Kiểm tra an toàn thông tin hệ thống cấp độ 3', sapo: 'Đoàn kiểm tra làm việc tại 12 cơ quan, đơn vị về bảo đảm an toàn hệ thống thông tin theo cấp độ.', body: ['Các đơn vị được yêu cầu khắc phục ngay các lỗ hổng đã phát hiện và báo cáo trước ngày 30/12.'], author: 'Minh Khoa', source: 'Sở Thông tin và Truyền thông', cats: ['hoat-dong'], daysAgo: 3 },
  { title: 'Hội nghị báo chí quý IV năm 2026', sapo: 'Lãnh đạo tỉnh cung cấp thông tin về tình hình kinh tế – xã hội và trả lời câu hỏi của phóng viên.', body: ['Hội nghị có sự tham dự của hơn 40 cơ quan báo chí trung ương và địa phương.'], author: 'Hồng Nhung', source: 'Sở Thông tin và Truyền thông', cats: ['hoat-dong'], daysAgo: 5 },
  { title: 'Phát triển mạng lưới tổ công nghệ số cộng đồng', sapo: '100% thôn, tổ dân phố đã có tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng dịch vụ số.', body: ['Các tổ hướng dẫn người dân cài đặt ứng dụng định danh điện tử, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt.'], author: 'Bảo Châu', source: 'Sở Thông tin và Truyền thông', cats: ['cds'], daysAgo: 7 },
  { title: 'Hướng dẫn sử dụng chữ ký số công cộng cho người dân', sapo: 'Chữ ký số giúp người dân ký hồ sơ trực tuyến có giá trị pháp lý như chữ ký tay.', body: ['Người dân có thể đăng ký chữ ký số từ xa thông qua các tổ chức cung cấp dịch vụ được cấp phép.'], author: 'Thanh Tâm', source: 'Sở Thông tin và Truyền thông', cats: ['cds', 'thong-bao'], daysAgo: 9 },
];

const COMMUNE_ARTICLES: Record<string, A[]> = {
  sonthai: [
    { title: 'Xã Sơn Thái ra quân vệ sinh môi trường cuối năm', sapo: 'Đoàn viên, thanh niên và người dân các thôn cùng ra quân dọn dẹp đường làng, khơi thông cống rãnh.', body: ['Hoạt động góp phần xây dựng nông thôn mới, đón Tết sạch đẹp.'], author: 'Mấu Thị Hoa', source: 'UBND xã Sơn Thái', cats: ['hoat-dong'], daysAgo: 1 },
    { title: 'Thông báo tiêm vắc xin phòng bệnh cho trẻ em', sapo: 'Trạm Y tế xã tổ chức tiêm chủng mở rộng vào ngày 25 hằng tháng.', body: ['Phụ huynh mang theo sổ tiêm chủng khi đưa trẻ đến trạm.'], author: 'Trạm Y tế xã', source: 'UBND xã Sơn Thái', cats: ['thong-bao'], daysAgo: 2 },
    { title: 'Hỗ trợ giống cây trồng cho hộ nghèo', sapo: 'Xã cấp 5.000 cây sầu riêng giống cho 60 hộ nghèo, cận nghèo.', body: ['Cán bộ khuyến nông hướng dẫn kỹ thuật trồng và chăm sóc.'], author: 'Bo Bo Minh', source: 'UBND xã Sơn Thái', cats: ['kinh-te'], daysAgo: 4 },
  ],
  nhatrang: [
    { title: 'Phường Nha Trang tổ chức đối thoại với người dân', sapo: 'Lãnh đạo phường đối thoại về trật tự đô thị và chỉnh trang vỉa hè.', body: ['Các ý kiến của người dân được ghi nhận và trả lời trực tiếp tại buổi đối thoại.'], author: 'Ngọc Lan', source: 'UBND phường Nha Trang', cats: [], daysAgo: 1 },
    { title: 'Ra mắt mô hình “Tuyến phố văn minh”', sapo: 'Mô hình được triển khai trên đường Trần Phú với sự tham gia của các hộ kinh doanh.', body: ['Các hộ cam kết không lấn chiếm vỉa hè, giữ gìn vệ sinh chung.'], author: 'Ngọc Lan', source: 'UBND phường Nha Trang', cats: [], daysAgo: 3 },
  ],
};

const DAY = 24 * 3600 * 1000;

async function seedSite(ctx: SeedContext, key: string, articles: A[], withCategories: boolean, draft?: string) {
  const siteId = ctx.siteIds.get(key)!;
  const actor = ctx.actorFor(key);
  // Demo news stands for what the board approved before the platform existed: imported as published.
  const importer = CLI_ACTOR;
  const catIds = new Map<string, string>();
  if (withCategories) {
    for (const [i, c] of CATEGORIES.entries()) {
      const created = await createCategory(actor, siteId, { name: c.name, nameEn: c.nameEn, position: i });
      catIds.set(c.key, created.id);
    }
  }
  // The three newest articles of each site carry a featured picture.
  const pictures = [];
  for (const [i, scene] of DEMO_SCENES.entries()) pictures.push(await demoImage(actor, siteId, scene, (key.length * 47 + i * 70) % 360));
  // Oldest first so ids and times read naturally.
  for (const [index, a] of [...articles].reverse().entries()) {
    const publishedAt = new Date(Date.now() - a.daysAgo * DAY - 3600 * 1000).toISOString();
    const picture = pictures[articles.length - 1 - index];
    const created = await createArticle(
      importer,
      siteId,
      {
        title: a.title,
        sapo: a.sapo,
        body: paragraphsToDoc(a.body),
        author: a.author,
        source: a.source,
        tags: a.tags ?? [],
        categoryIds: a.cats.map((k) => catIds.get(k)!).filter(Boolean),
        publishedAt,
        ...(picture ? { featuredImageId: picture.id, featuredAlt: picture.alt ?? '', featuredCaption: picture.caption ?? '' } : {}),
      },
      { imported: 'PUBLISHED' },
    );
    if (a.en) {
      await createArticle(importer, siteId, { title: a.en.title, sapo: a.en.sapo, body: paragraphsToDoc(a.en.body), author: a.author, source: a.source, lang: 'en', translationOfId: created.id, publishedAt }, { imported: 'PUBLISHED' });
    }
  }
  if (draft) {
    await createArticle(importer, siteId, { title: draft, sapo: 'Bản nháp chưa được duyệt, không được hiển thị công khai.', body: paragraphsToDoc(['Nội dung nháp.']) }, { imported: 'DRAFT' });
  }
}

/** Demo news (C1): categories and articles on several sites, English translations, one draft each on two sites. */
export async function seedArticles(ctx: SeedContext): Promise<void> {
  await seedSite(ctx, 'root', ROOT_ARTICLES, true, 'Dự thảo: kế hoạch tổ chức Tết Nguyên đán 2027 (bản nháp)');
  await seedSite(ctx, 'stttt', STTTT_ARTICLES, true, 'Bản nháp: báo cáo an toàn thông tin quý IV');
  await seedSite(ctx, 'sonthai', COMMUNE_ARTICLES.sonthai!, true);
  await seedSite(ctx, 'nhatrang', COMMUNE_ARTICLES.nhatrang!, false);
}
