import type { Actor } from '@/server/actor';
import { demoEmail } from '@/modules/sites/demo-accounts';
import { findUserByEmail } from '@/modules/users/users.repository';
import { approveAnswer, askQuestion, assignQuestion, draftAnswer, listQuestionsForConsole } from '@/modules/questions/questions.service';
import { createConsultation, getConsultationForEditing, moderateComment, publishReport, submitComment } from '@/modules/consultations/consultations.service';
import { vnDate } from '@/modules/questions/question-deadline';
import type { AskQuestionInput } from '@/modules/questions/questions.schemas';
import type { SeedContext } from './seed-context';

/** Demo board members of a site as actors (the rules read who drafted and who approves). */
async function boardActor(siteId: string, siteKey: string, role: 'BOARD_HEAD' | 'EDITOR'): Promise<Actor | null> {
  const email = demoEmail(siteKey, role);
  const user = await findUserByEmail(email);
  return user ? { userId: user.id, label: email, isPlatformAdmin: false, memberships: [{ siteId, role }] } : null;
}

const QUESTIONS: { q: AskQuestionInput; answer: string | null; publish: boolean }[] = [
  {
    q: { name: 'Nguyễn Văn Hùng', email: 'nguyenvanhung@example.vn', phone: '0905 123 456', field: 'Hành chính, thủ tục', title: 'Thời hạn cấp lại căn cước khi bị mất', content: 'Tôi bị mất thẻ căn cước khi đi công tác. Xin hỏi thủ tục cấp lại làm ở đâu, mất bao lâu và có nộp trực tuyến được không?' },
    answer: 'Ông/bà có thể đề nghị cấp lại thẻ căn cước trực tuyến trên Cổng dịch vụ công quốc gia hoặc ứng dụng VNeID, hoặc trực tiếp tại Công an cấp xã nơi cư trú. Thời hạn giải quyết không quá 7 ngày làm việc kể từ ngày nhận đủ hồ sơ (Luật Căn cước 2023, Điều 26).',
    publish: true,
  },
  {
    q: { name: 'Trần Thị Lan', email: 'tranthilan@example.vn', field: 'Giáo dục, đào tạo', title: 'Hỗ trợ học phí cho học sinh trung học cơ sở năm học 2025–2026', content: 'Con tôi học lớp 7 tại trường công lập. Năm học 2025–2026 gia đình có phải đóng học phí không và cần làm thủ tục gì để được miễn?' },
    answer: 'Từ năm học 2025–2026, học sinh trung học cơ sở trường công lập được miễn học phí theo Nghị quyết 217/2025/QH15 của Quốc hội. Gia đình không phải làm hồ sơ đề nghị; nhà trường thực hiện miễn cho mọi học sinh.',
    publish: true,
  },
  {
    q: { name: 'Lê Minh Tuấn', email: 'leminhtuan@example.vn', address: 'Phường Nha Trang, tỉnh Khánh Hòa', field: 'Giao thông, vận tải', title: 'Đèn tín hiệu giao thông ngã tư bị hỏng', content: 'Đèn tín hiệu tại ngã tư gần chợ đã hỏng ba ngày, giờ cao điểm rất ùn tắc. Đề nghị cơ quan chức năng kiểm tra, sửa chữa.' },
    answer: 'Sở Xây dựng đã chỉ đạo đơn vị quản lý sửa chữa hệ thống đèn tín hiệu; đèn hoạt động trở lại từ sáng hôm sau. Cảm ơn ông/bà đã phản ánh.',
    publish: false,
  },
  {
    q: { name: 'Phạm Thu Hà', email: 'phamthuha@example.vn', field: 'Đất đai, xây dựng', title: 'Xin phép sửa chữa nhà ở riêng lẻ', content: 'Tôi muốn sửa lại mái và nâng nền nhà ở riêng lẻ, không thay đổi kết cấu chịu lực. Trường hợp này có phải xin giấy phép xây dựng không?' },
    answer: null,
    publish: false,
  },
];

const DRAFT_BODY = (topic: string) =>
  [
    `Điều 1. Phạm vi điều chỉnh`,
    `Quy định này quy định về ${topic} trên địa bàn tỉnh Khánh Hòa.`,
    `Điều 2. Đối tượng áp dụng`,
    `Quy định này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan trên địa bàn tỉnh.`,
    `Điều 3. Nguyên tắc thực hiện`,
    `1. Công khai, minh bạch, đúng đối tượng.`,
    `2. Bảo đảm quyền và lợi ích hợp pháp của tổ chức, cá nhân.`,
    `Điều 4. Tổ chức thực hiện`,
    `Sở, ngành, Ủy ban nhân dân cấp xã trong phạm vi chức năng, nhiệm vụ có trách nhiệm triển khai thực hiện Quy định này.`,
  ].join('\n');

function shift(days: number): string {
  return vnDate(new Date(Date.now() + days * 86_400_000));
}

/** Questions (answered, published, waiting) and two consultations — one open, one closed with its report — on the root portal. */
export async function seedCitizens({ siteIds, actorFor }: SeedContext): Promise<void> {
  const siteId = siteIds.get('root')!;
  const head = await boardActor(siteId, 'root', 'BOARD_HEAD');
  const editor = await boardActor(siteId, 'root', 'EDITOR');
  for (const [i, item] of QUESTIONS.entries()) {
    await askQuestion({ siteId, address: `seed-${i}` }, item.q);
  }
  if (head && editor) {
    const { items } = await listQuestionsForConsole(head, siteId, { tab: 'tat-ca', page: 1 });
    for (const item of QUESTIONS) {
      const q = items.find((x) => x.title === item.q.title);
      if (!q || !item.answer) continue;
      await assignQuestion(head, siteId, q.id, { assigneeUserId: editor.userId, assignedUnit: 'Văn phòng Ủy ban nhân dân tỉnh' });
      await draftAnswer(editor, siteId, q.id, { answer: item.answer });
      await approveAnswer(head, siteId, q.id, { publish: item.publish });
    }
  }

  const author = actorFor('root');
  const open = await createConsultation(
    author,
    siteId,
    {
      title: 'Dự thảo Quy định hỗ trợ chuyển đổi số cho hộ kinh doanh trên địa bàn tỉnh',
      summary: 'Lấy ý kiến tổ chức, cá nhân về chính sách hỗ trợ hộ kinh doanh sử dụng hóa đơn điện tử, thanh toán không dùng tiền mặt và nền tảng số.',
      body: DRAFT_BODY('chính sách hỗ trợ chuyển đổi số cho hộ kinh doanh'),
      unitName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      unitAddress: '04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa',
      unitEmail: 'skhcn@khanhhoa.gov.vn',
      startsOn: shift(-10),
      endsOn: shift(30),
    },
    { publish: true },
  );
  const closed = await createConsultation(
    author,
    siteId,
    {
      title: 'Dự thảo Quy chế quản lý chợ trên địa bàn tỉnh',
      summary: 'Lấy ý kiến về quy chế phân cấp quản lý, kinh doanh, khai thác chợ.',
      body: DRAFT_BODY('quản lý, kinh doanh và khai thác chợ'),
      unitName: 'Sở Công Thương tỉnh Khánh Hòa',
      unitAddress: '11 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa',
      unitEmail: 'sct@khanhhoa.gov.vn',
      startsOn: shift(-60),
      endsOn: shift(-30),
    },
    { publish: true },
  );
  const comments = [
    { slug: open.slug, c: { name: 'Hoàng Văn Nam', email: 'hoangvannam@example.vn', organisation: 'Hội Doanh nghiệp nhỏ và vừa tỉnh', article: 'Điều 2', content: 'Đề nghị bổ sung hộ kinh doanh mới thành lập trong năm vào đối tượng được hỗ trợ.' } },
    { slug: open.slug, c: { name: 'Đỗ Thị Hạnh', email: 'dothihanh@example.vn', content: 'Thống nhất với dự thảo; đề nghị hướng dẫn cụ thể cách đăng ký nhận hỗ trợ trực tuyến.' } },
    { slug: open.slug, c: { name: 'Vũ Quang Huy', email: 'vuquanghuy@example.vn', article: 'Điều 4', content: 'Nên giao đầu mối cho một cơ quan duy nhất để người dân dễ liên hệ.' } },
  ];
  // Comments on the closed draft were made while it was open (its dates are in the past).
  const whileOpen = new Date(Date.now() - 45 * 86_400_000);
  const closedComments = [
    { name: 'Bùi Văn Long', email: 'buivanlong@example.vn', organisation: 'Ban quản lý chợ Xóm Mới', article: 'Điều 3', content: 'Đề nghị quy định rõ thời hạn thông báo khi điều chỉnh giá thuê điểm kinh doanh.' },
    { name: 'Mai Thị Thu', email: 'maithithu@example.vn', content: 'Cần ưu tiên tiểu thương đang kinh doanh khi sắp xếp lại chợ.' },
  ];
  for (const [i, x] of comments.entries()) await submitComment({ siteId, address: `seed-comment-${i}`, slug: x.slug }, x.c);
  for (const [i, c] of closedComments.entries()) await submitComment({ siteId, address: `seed-closed-${i}`, slug: closed.slug, now: whileOpen }, c);
  const moderator = head ?? author;
  if (head) {
    const o = await getConsultationForEditing(moderator, siteId, open.id);
    for (const c of o?.comments.slice(0, 2) ?? []) await moderateComment(moderator, siteId, c.id, 'approve');
    const cl = await getConsultationForEditing(moderator, siteId, closed.id);
    for (const c of cl?.comments ?? []) await moderateComment(moderator, siteId, c.id, 'approve');
    await publishReport(moderator, siteId, closed.id, {
      report:
        'Sở Công Thương nhận được 02 ý kiến góp ý.\n1. Ý kiến về thời hạn thông báo điều chỉnh giá thuê (Điều 3): tiếp thu, bổ sung "thông báo trước ít nhất 30 ngày".\n2. Ý kiến ưu tiên tiểu thương đang kinh doanh: tiếp thu, bổ sung vào nguyên tắc sắp xếp tại Điều 3.',
    });
  }
}
