import { CLI_ACTOR } from '@/server/actor';
import type { RichTextDoc, RichTextNode } from '@/modules/content/rich-text';
import { createDirectoryEntry } from '@/modules/intro/directory.service';
import type { PageKindName } from '@/modules/intro/intro.schemas';
import { createPage } from '@/modules/intro/pages.service';
import { createPerson } from '@/modules/intro/people.service';
import type { SeedContext } from './seed-context';

// ── A tiny document builder for readable demo pages ───────────────────────────
type Block = RichTextNode;
const t = (text: string): RichTextNode => ({ type: 'text', text });
const p = (text: string): Block => ({ type: 'paragraph', content: [t(text)] });
const h = (text: string): Block => ({ type: 'heading', attrs: { level: 2 }, content: [t(text)] });
const ul = (items: string[]): Block => ({ type: 'bulletList', content: items.map((i) => ({ type: 'listItem', content: [p(i)] })) });
const ol = (items: string[]): Block => ({ type: 'orderedList', content: items.map((i) => ({ type: 'listItem', content: [p(i)] })) });
const doc = (...content: Block[]): RichTextDoc => ({ type: 'doc', content });

type PageSpec = { kind: PageKindName; slug: string; title: string; body: RichTextDoc; position: number; en?: { slug: string; title: string; body: RichTextDoc } };
type PersonSpec = {
  name: string;
  jobTitle: string;
  unit?: string;
  duties?: string;
  phone?: string;
  email?: string;
  isLeader?: boolean;
  isSiteContact?: boolean;
  en?: { jobTitle: string; unit?: string; duties?: string };
};
type EntrySpec = { unit: string; unitEn?: string; holder?: string; email: string; phone?: string };
type SiteIntro = { pages: PageSpec[]; people: PersonSpec[]; directory: EntrySpec[]; draftPage?: { title: string; slug: string } };

// ── Cổng tỉnh: Ủy ban nhân dân tỉnh Khánh Hòa ───────────────────────────────

const ROOT: SiteIntro = {
  pages: [
    {
      kind: 'ORGANISATION',
      slug: 'co-cau-to-chuc',
      title: 'Cơ cấu tổ chức bộ máy Ủy ban nhân dân tỉnh',
      position: 0,
      body: doc(
        p('Ủy ban nhân dân tỉnh Khánh Hòa gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên là người đứng đầu cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Ủy viên phụ trách quân sự và Ủy viên phụ trách công an.'),
        h('Lãnh đạo Ủy ban nhân dân tỉnh'),
        ul(['Chủ tịch Ủy ban nhân dân tỉnh', 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh', 'Các Phó Chủ tịch Ủy ban nhân dân tỉnh']),
        h('Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh'),
        ul([
          'Văn phòng Ủy ban nhân dân tỉnh',
          'Sở Nội vụ',
          'Sở Tài chính',
          'Sở Tư pháp',
          'Sở Công Thương',
          'Sở Nông nghiệp và Môi trường',
          'Sở Xây dựng',
          'Sở Khoa học và Công nghệ',
          'Sở Thông tin và Truyền thông',
          'Sở Giáo dục và Đào tạo',
          'Sở Y tế',
          'Sở Văn hóa, Thể thao và Du lịch',
          'Sở Dân tộc và Tôn giáo',
          'Sở Ngoại vụ',
          'Thanh tra tỉnh',
        ]),
        h('Đơn vị sự nghiệp và tổ chức khác'),
        p('Ban Quản lý Khu kinh tế Vân Phong, Đài Phát thanh và Truyền hình Khánh Hòa, Trường Đại học Khánh Hòa, Trung tâm Phục vụ hành chính công tỉnh và các đơn vị sự nghiệp công lập trực thuộc.'),
        h('Chính quyền cấp xã'),
        p('Từ ngày 01 tháng 7 năm 2025, tỉnh tổ chức chính quyền địa phương hai cấp; Ủy ban nhân dân các xã, phường và đặc khu trực tiếp chịu sự chỉ đạo, điều hành của Ủy ban nhân dân tỉnh.'),
      ),
      en: {
        slug: 'organisation',
        title: 'Organisation of the Provincial People’s Committee',
        body: doc(
          p('The People’s Committee of Khanh Hoa Province consists of the Chairman, the Vice Chairmen and members who head the specialised agencies of the Committee, together with the members in charge of military affairs and of public security.'),
          h('Specialised agencies'),
          ul([
            'Office of the Provincial People’s Committee',
            'Department of Home Affairs',
            'Department of Finance',
            'Department of Justice',
            'Department of Industry and Trade',
            'Department of Agriculture and Environment',
            'Department of Construction',
            'Department of Science and Technology',
            'Department of Information and Communications',
            'Department of Education and Training',
            'Department of Health',
            'Department of Culture, Sports and Tourism',
            'Department of Ethnic Minorities and Religions',
            'Department of Foreign Affairs',
            'Provincial Inspectorate',
          ]),
          h('Commune-level government'),
          p('Since 1 July 2025 the province has a two-tier local government: the People’s Committees of communes, wards and the special zone report directly to the Provincial People’s Committee.'),
        ),
      },
    },
    {
      kind: 'FUNCTIONS',
      slug: 'chuc-nang-nhiem-vu',
      title: 'Chức năng, nhiệm vụ và quyền hạn',
      position: 1,
      body: doc(
        p('Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân tỉnh, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân tỉnh và cơ quan hành chính nhà nước cấp trên.'),
        h('Nhiệm vụ, quyền hạn chủ yếu'),
        ol([
          'Xây dựng, trình Hội đồng nhân dân tỉnh quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện các nghị quyết của Hội đồng nhân dân tỉnh.',
          'Quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.',
          'Tổ chức thực hiện ngân sách tỉnh; phát triển kinh tế – xã hội, công nghiệp, nông nghiệp, thương mại, dịch vụ, du lịch và kinh tế biển.',
          'Bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội trên địa bàn tỉnh, trong đó có huyện đảo và đặc khu Trường Sa.',
          'Thực hiện cải cách hành chính, chuyển đổi số, xây dựng chính quyền số và cung cấp dịch vụ công trực tuyến cho người dân, doanh nghiệp.',
          'Thực hiện nhiệm vụ, quyền hạn do cơ quan nhà nước cấp trên phân cấp, ủy quyền.',
        ]),
        p('Căn cứ: Luật Tổ chức chính quyền địa phương năm 2025 và các văn bản hướng dẫn thi hành.'),
      ),
      en: {
        slug: 'functions-and-duties',
        title: 'Functions, duties and powers',
        body: doc(
          p('The Provincial People’s Committee is elected by the Provincial People’s Council. It is the executive body of the Council and the local state administrative body, accountable to the local people, to the Provincial People’s Council and to the state administrative bodies at higher levels.'),
          h('Main duties and powers'),
          ol([
            'Prepare matters for decision by the Provincial People’s Council and implement its resolutions.',
            'Organise the specialised agencies of the Committee and define their duties.',
            'Implement the provincial budget and develop the economy, industry, agriculture, trade, services, tourism and the marine economy.',
            'Ensure national defence, security and public order in the province, including the Truong Sa special zone.',
            'Carry out administrative reform and digital transformation, and provide online public services to citizens and businesses.',
          ]),
        ),
      },
    },
    {
      kind: 'HISTORY',
      slug: 'lich-su',
      title: 'Lịch sử hình thành và phát triển',
      position: 2,
      body: doc(
        p('Vùng đất Khánh Hòa ngày nay có lịch sử lâu đời, gắn với nền văn hóa Sa Huỳnh và vương quốc Chăm Pa, còn lưu dấu tích ở Tháp Bà Ponagar và các đền tháp ven biển.'),
        p('Năm 1653, chúa Nguyễn lập dinh Thái Khang; năm 1832, vua Minh Mạng đổi trấn Bình Hòa thành tỉnh Khánh Hòa. Tên gọi Khánh Hòa được giữ từ đó đến nay.'),
        p('Sau ngày thống nhất đất nước, năm 1976 tỉnh Khánh Hòa hợp nhất với tỉnh Phú Yên thành tỉnh Phú Khánh. Ngày 01 tháng 7 năm 1989, tỉnh Khánh Hòa được tái lập.'),
        p('Thực hiện chủ trương sắp xếp đơn vị hành chính năm 2025, tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất thành tỉnh Khánh Hòa, trung tâm hành chính – chính trị đặt tại phường Nha Trang.'),
      ),
    },
    {
      kind: 'GEOGRAPHY',
      slug: 'dia-ly',
      title: 'Vị trí địa lý và điều kiện tự nhiên',
      position: 3,
      body: doc(
        p('Khánh Hòa nằm ở vùng duyên hải Nam Trung Bộ; phía bắc giáp tỉnh Đắk Lắk, phía tây và phía nam giáp tỉnh Lâm Đồng, phía đông giáp Biển Đông.'),
        h('Diện tích và dân số'),
        p('Diện tích tự nhiên khoảng 8.555 km², dân số hơn 2,2 triệu người; bờ biển dài gần 500 km với nhiều vịnh, đầm đẹp như Vân Phong, Nha Trang, Cam Ranh.'),
        h('Khí hậu'),
        p('Khí hậu nhiệt đới gió mùa mang tính chất hải dương, nắng nhiều, nhiệt độ trung bình năm khoảng 26–27 °C; mùa mưa tập trung từ tháng 9 đến tháng 12.'),
        h('Tiềm năng'),
        ul(['Du lịch biển, đảo nổi tiếng trong nước và quốc tế.', 'Cảng biển nước sâu và Khu kinh tế Vân Phong.', 'Năng lượng tái tạo: điện gió, điện mặt trời.', 'Nuôi trồng và khai thác thủy sản, yến sào.']),
      ),
    },
    {
      kind: 'MAP',
      slug: 'ban-do-hanh-chinh',
      title: 'Bản đồ hành chính tỉnh Khánh Hòa',
      position: 4,
      body: doc(
        p('Tỉnh Khánh Hòa có 65 đơn vị hành chính cấp xã, gồm 48 xã, 16 phường và đặc khu Trường Sa.'),
        p('Bản đồ hành chính khổ lớn được cung cấp tại Sở Nông nghiệp và Môi trường và Trung tâm Phục vụ hành chính công tỉnh; phiên bản số sẽ được đăng kèm trang này.'),
        h('Các phường'),
        p('Nha Trang, Bắc Nha Trang, Tây Nha Trang, Nam Nha Trang, Bắc Cam Ranh, Cam Ranh, Cam Linh, Ba Ngòi, Ninh Hòa, Đông Ninh Hòa, Hòa Thắng, Phan Rang, Đông Hải, Ninh Chử, Bảo An, Đô Vinh.'),
      ),
    },
  ],
  people: [
    {
      name: 'Lê Quang Vinh',
      jobTitle: 'Chủ tịch Ủy ban nhân dân tỉnh',
      unit: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      duties: 'Lãnh đạo, quản lý toàn diện công việc của Ủy ban nhân dân tỉnh.\nTrực tiếp phụ trách các lĩnh vực:\n- Tổ chức bộ máy, cán bộ, công chức, viên chức\n- Quy hoạch, kế hoạch phát triển kinh tế – xã hội\n- Quốc phòng, an ninh, đối ngoại',
      phone: '0258 3822 001',
      email: 'lqvinh@khanhhoa.gov.vn',
      isLeader: true,
      en: {
        jobTitle: 'Chairman of the Provincial People’s Committee',
        unit: 'Khanh Hoa Provincial People’s Committee',
        duties: 'Leads and manages all work of the Provincial People’s Committee.\nDirectly in charge of:\n- Organisation and personnel\n- Socio-economic development planning\n- Defence, security and foreign affairs',
      },
    },
    {
      name: 'Phạm Thị Minh Thư',
      jobTitle: 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh',
      unit: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      duties: 'Giúp Chủ tịch điều hành công việc chung khi Chủ tịch vắng mặt.\nPhụ trách các lĩnh vực:\n- Tài chính, ngân sách, thuế\n- Kế hoạch và đầu tư công\n- Cải cách hành chính, chuyển đổi số',
      phone: '0258 3822 002',
      email: 'ptmthu@khanhhoa.gov.vn',
      isLeader: true,
      en: {
        jobTitle: 'Standing Vice Chairwoman of the Provincial People’s Committee',
        unit: 'Khanh Hoa Provincial People’s Committee',
        duties: 'Assists the Chairman and runs the Committee in his absence.\nIn charge of:\n- Finance, budget and taxation\n- Planning and public investment\n- Administrative reform and digital transformation',
      },
    },
    {
      name: 'Đỗ Hữu Khang',
      jobTitle: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
      unit: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      duties: 'Phụ trách các lĩnh vực:\n- Nông nghiệp, môi trường, tài nguyên biển\n- Xây dựng, giao thông, quy hoạch đô thị\n- Phòng thủ dân sự, phòng chống thiên tai',
      phone: '0258 3822 003',
      email: 'dhkhang@khanhhoa.gov.vn',
      isLeader: true,
      en: {
        jobTitle: 'Vice Chairman of the Provincial People’s Committee',
        unit: 'Khanh Hoa Provincial People’s Committee',
        duties: 'In charge of:\n- Agriculture, environment and marine resources\n- Construction, transport and urban planning\n- Civil defence and disaster prevention',
      },
    },
    {
      name: 'Võ Tấn Lộc',
      jobTitle: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
      unit: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      duties: 'Phụ trách các lĩnh vực:\n- Giáo dục và đào tạo, y tế\n- Văn hóa, thể thao, du lịch\n- Lao động, an sinh xã hội, dân tộc và tôn giáo',
      phone: '0258 3822 004',
      email: 'vtloc@khanhhoa.gov.vn',
      isLeader: true,
      en: {
        jobTitle: 'Vice Chairman of the Provincial People’s Committee',
        unit: 'Khanh Hoa Provincial People’s Committee',
        duties: 'In charge of:\n- Education, training and health\n- Culture, sports and tourism\n- Labour, social welfare, ethnic minorities and religions',
      },
    },
    {
      name: 'Nguyễn Thị Thanh Hương',
      jobTitle: 'Giám đốc Trung tâm Công báo – Tin học',
      unit: 'Văn phòng Ủy ban nhân dân tỉnh',
      phone: '0258 3822 661',
      email: 'ntthuong@khanhhoa.gov.vn',
      isSiteContact: true,
      en: { jobTitle: 'Director of the Official Gazette and IT Centre', unit: 'Office of the Provincial People’s Committee' },
    },
    {
      name: 'Trần Minh Đức',
      jobTitle: 'Chánh Văn phòng Ủy ban nhân dân tỉnh',
      unit: 'Văn phòng Ủy ban nhân dân tỉnh',
      phone: '0258 3822 110',
      email: 'tmduc@khanhhoa.gov.vn',
      en: { jobTitle: 'Chief of the Office of the Provincial People’s Committee', unit: 'Office of the Provincial People’s Committee' },
    },
    {
      name: 'Hồ Văn Tài',
      jobTitle: 'Chuyên viên quản trị Cổng thông tin điện tử',
      unit: 'Trung tâm Công báo – Tin học',
      phone: '0258 3822 662',
      email: 'hvtai@khanhhoa.gov.vn',
      en: { jobTitle: 'Portal administrator', unit: 'Official Gazette and IT Centre' },
    },
  ],
  directory: [
    { unit: 'Văn phòng Ủy ban nhân dân tỉnh', unitEn: 'Office of the Provincial People’s Committee', holder: 'Trần Minh Đức', email: 'vpubnd@khanhhoa.gov.vn', phone: '0258 3822 110' },
    { unit: 'Ban Biên tập Cổng thông tin điện tử tỉnh', unitEn: 'Editorial Board of the Provincial Portal', holder: 'Nguyễn Thị Thanh Hương', email: 'congthongtin@khanhhoa.gov.vn', phone: '0258 3822 661' },
    { unit: 'Sở Nội vụ', unitEn: 'Department of Home Affairs', email: 'snv@khanhhoa.gov.vn', phone: '0258 3822 235' },
    { unit: 'Sở Tài chính', unitEn: 'Department of Finance', email: 'stc@khanhhoa.gov.vn', phone: '0258 3822 420' },
    { unit: 'Sở Tư pháp', unitEn: 'Department of Justice', email: 'stp@khanhhoa.gov.vn', phone: '0258 3822 301' },
    { unit: 'Sở Thông tin và Truyền thông', unitEn: 'Department of Information and Communications', email: 'stttt@khanhhoa.gov.vn', phone: '0258 3560 789' },
    { unit: 'Sở Y tế', unitEn: 'Department of Health', email: 'syt@khanhhoa.gov.vn', phone: '0258 3822 745' },
    { unit: 'Thanh tra tỉnh', unitEn: 'Provincial Inspectorate', email: 'thanhtra@khanhhoa.gov.vn', phone: '0258 3822 527' },
    { unit: 'Ban Tiếp công dân tỉnh', unitEn: 'Provincial Citizen Reception Board', email: 'tiepcongdan@khanhhoa.gov.vn', phone: '0258 3822 661' },
  ],
  draftPage: { title: 'Bản nháp: quy chế phối hợp cung cấp thông tin', slug: 'quy-che-phoi-hop-cung-cap-thong-tin' },
};

// ── Sở Thông tin và Truyền thông ─────────────────────────────────────────────

const STTTT: SiteIntro = {
  pages: [
    {
      kind: 'ORGANISATION',
      slug: 'co-cau-to-chuc',
      title: 'Cơ cấu tổ chức của Sở',
      position: 0,
      body: doc(
        p('Sở Thông tin và Truyền thông có Giám đốc và các Phó Giám đốc; các phòng chuyên môn, nghiệp vụ và đơn vị sự nghiệp trực thuộc.'),
        h('Phòng chuyên môn, nghiệp vụ'),
        ul(['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Bưu chính – Viễn thông', 'Phòng Công nghệ thông tin và Chuyển đổi số', 'Phòng Thông tin – Báo chí – Xuất bản']),
        h('Đơn vị sự nghiệp'),
        ul(['Trung tâm Công nghệ thông tin và Truyền thông']),
      ),
      en: {
        slug: 'organisation',
        title: 'Organisation of the Department',
        body: doc(
          p('The Department of Information and Communications is led by a Director and Deputy Directors, with specialised divisions and one public service unit.'),
          ul(['Department Office', 'Department Inspectorate', 'Post and Telecommunications Division', 'Information Technology and Digital Transformation Division', 'Information, Press and Publishing Division', 'Information and Communications Technology Centre']),
        ),
      },
    },
    {
      kind: 'FUNCTIONS',
      slug: 'chuc-nang-nhiem-vu',
      title: 'Chức năng, nhiệm vụ',
      position: 1,
      body: doc(
        p('Sở Thông tin và Truyền thông là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về báo chí, xuất bản, bưu chính, viễn thông, công nghệ thông tin, chuyển đổi số và thông tin cơ sở.'),
        ul([
          'Trình Ủy ban nhân dân tỉnh kế hoạch chuyển đổi số, phát triển hạ tầng số và chính quyền số.',
          'Quản lý Cổng thông tin điện tử tỉnh về kỹ thuật và bảo đảm an toàn thông tin theo cấp độ.',
          'Hướng dẫn các cơ quan, địa phương xây dựng trang thông tin điện tử thành phần.',
          'Thanh tra, kiểm tra, xử lý vi phạm trong lĩnh vực được giao.',
        ]),
      ),
      en: {
        slug: 'functions-and-duties',
        title: 'Functions and duties',
        body: doc(
          p('The Department advises the Provincial People’s Committee on state management of the press, publishing, post, telecommunications, information technology, digital transformation and grassroots information.'),
          ul(['Digital transformation and digital government plans.', 'Technical operation and information security of the provincial portal.', 'Guidance for component websites of agencies and localities.']),
        ),
      },
    },
    {
      kind: 'HISTORY',
      slug: 'qua-trinh-hinh-thanh',
      title: 'Quá trình hình thành',
      position: 2,
      body: doc(p('Sở Thông tin và Truyền thông tỉnh Khánh Hòa được thành lập năm 2008 trên cơ sở Sở Bưu chính, Viễn thông và tiếp nhận chức năng quản lý nhà nước về báo chí, xuất bản từ Sở Văn hóa – Thông tin.')),
    },
  ],
  people: [
    {
      name: 'Huỳnh Quốc Bảo',
      jobTitle: 'Giám đốc Sở',
      duties: 'Phụ trách chung; tổ chức cán bộ, tài chính; chuyển đổi số.',
      phone: '0258 3560 001',
      email: 'hqbao@khanhhoa.gov.vn',
      isLeader: true,
      en: { jobTitle: 'Director', duties: 'Overall management; personnel and finance; digital transformation.' },
    },
    {
      name: 'Lê Thị Thu Hà',
      jobTitle: 'Phó Giám đốc Sở',
      duties: 'Phụ trách báo chí, xuất bản, thông tin cơ sở; Trưởng Ban Biên tập Cổng thông tin điện tử của Sở.',
      phone: '0258 3560 002',
      email: 'ltthha@khanhhoa.gov.vn',
      isLeader: true,
      isSiteContact: true,
      en: { jobTitle: 'Deputy Director', duties: 'Press, publishing and grassroots information; head of the Department website’s editorial board.' },
    },
    { name: 'Nguyễn Hữu Phước', jobTitle: 'Phó Giám đốc Sở', duties: 'Phụ trách bưu chính, viễn thông, an toàn thông tin.', phone: '0258 3560 003', email: 'nhphuoc@khanhhoa.gov.vn', isLeader: true, en: { jobTitle: 'Deputy Director', duties: 'Post, telecommunications and information security.' } },
    { name: 'Đặng Minh Khoa', jobTitle: 'Chánh Văn phòng Sở', unit: 'Văn phòng Sở', phone: '0258 3560 789', email: 'dmkhoa@khanhhoa.gov.vn', en: { jobTitle: 'Chief of the Department Office', unit: 'Department Office' } },
  ],
  directory: [
    { unit: 'Văn phòng Sở', unitEn: 'Department Office', holder: 'Đặng Minh Khoa', email: 'vanphong.stttt@khanhhoa.gov.vn', phone: '0258 3560 789' },
    { unit: 'Thanh tra Sở', unitEn: 'Department Inspectorate', email: 'thanhtra.stttt@khanhhoa.gov.vn', phone: '0258 3560 790' },
    { unit: 'Phòng Bưu chính – Viễn thông', unitEn: 'Post and Telecommunications Division', email: 'bcvt.stttt@khanhhoa.gov.vn', phone: '0258 3560 791' },
    { unit: 'Phòng Công nghệ thông tin và Chuyển đổi số', unitEn: 'IT and Digital Transformation Division', email: 'cntt.stttt@khanhhoa.gov.vn', phone: '0258 3560 792' },
    { unit: 'Phòng Thông tin – Báo chí – Xuất bản', unitEn: 'Information, Press and Publishing Division', email: 'ttbcxb.stttt@khanhhoa.gov.vn', phone: '0258 3560 793' },
    { unit: 'Trung tâm Công nghệ thông tin và Truyền thông', unitEn: 'ICT Centre', email: 'ttcntt.stttt@khanhhoa.gov.vn', phone: '0258 3560 794' },
  ],
  draftPage: { title: 'Bản nháp: sơ đồ tổ chức mới', slug: 'so-do-to-chuc-moi' },
};

// ── Huyện, xã, phường: the minimum of C2/C7 ──────────────────────────────────

function localUnit(o: { unit: string; council: string; place: string; contact: PersonSpec; leader: PersonSpec; directory: EntrySpec[] }): SiteIntro {
  return {
    pages: [
      {
        kind: 'ORGANISATION',
        slug: 'co-cau-to-chuc',
        title: 'Cơ cấu tổ chức',
        position: 0,
        body: doc(
          p(`${o.unit} gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Giúp việc cho Ủy ban nhân dân có Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cùng các phòng chuyên môn.`),
          ul(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Phòng Kinh tế (hoặc Phòng Kinh tế, Hạ tầng và Đô thị)', 'Phòng Văn hóa – Xã hội', 'Trung tâm Phục vụ hành chính công']),
        ),
      },
      {
        kind: 'FUNCTIONS',
        slug: 'chuc-nang-nhiem-vu',
        title: 'Chức năng, nhiệm vụ',
        position: 1,
        body: doc(
          p(`${o.unit} do ${o.council} bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở ${o.place}.`),
          ul([
            'Tổ chức thực hiện nghị quyết của Hội đồng nhân dân và các văn bản của cấp trên.',
            'Quản lý nhà nước về kinh tế, văn hóa, xã hội, đất đai, môi trường trên địa bàn.',
            'Giải quyết thủ tục hành chính cho người dân, doanh nghiệp; tiếp công dân.',
            'Bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội.',
          ]),
        ),
      },
    ],
    people: [o.leader, o.contact],
    directory: o.directory,
  };
}

const KHANHSON = localUnit({
  unit: 'Ủy ban nhân dân huyện Khánh Sơn',
  council: 'Hội đồng nhân dân huyện',
  place: 'huyện miền núi Khánh Sơn',
  leader: { name: 'Mấu Văn Thành', jobTitle: 'Chủ tịch Ủy ban nhân dân huyện', duties: 'Lãnh đạo, điều hành chung công việc của Ủy ban nhân dân huyện.', phone: '0258 3869 100', email: 'mvthanh@khanhhoa.gov.vn', isLeader: true },
  contact: { name: 'Cao Văn Sáu', jobTitle: 'Chánh Văn phòng HĐND và UBND huyện', unit: 'Văn phòng HĐND và UBND huyện', phone: '0258 3869 234', email: 'cvsau@khanhhoa.gov.vn', isSiteContact: true },
  directory: [
    { unit: 'Văn phòng HĐND và UBND huyện', holder: 'Cao Văn Sáu', email: 'vanphong.khanhson@khanhhoa.gov.vn', phone: '0258 3869 234' },
    { unit: 'Phòng Tài chính – Kế hoạch', email: 'tckh.khanhson@khanhhoa.gov.vn', phone: '0258 3869 240' },
    { unit: 'Phòng Văn hóa và Thông tin', email: 'vhtt.khanhson@khanhhoa.gov.vn' },
  ],
});

const SONTHAI = localUnit({
  unit: 'Ủy ban nhân dân xã Sơn Thái',
  council: 'Hội đồng nhân dân xã',
  place: 'xã Sơn Thái',
  leader: { name: 'Mấu Văn Hùng', jobTitle: 'Chủ tịch Ủy ban nhân dân xã', duties: 'Phụ trách chung; quốc phòng, an ninh; đất đai.', phone: '0258 3869 501', email: 'mvhung.sonthai@khanhhoa.gov.vn', isLeader: true },
  contact: { name: 'Bo Bo Thị Nga', jobTitle: 'Công chức Văn phòng – Thống kê', unit: 'Ủy ban nhân dân xã Sơn Thái', phone: '0258 3869 502', email: 'sonthai@khanhhoa.gov.vn', isSiteContact: true },
  directory: [
    { unit: 'Ủy ban nhân dân xã Sơn Thái', holder: 'Bo Bo Thị Nga', email: 'sonthai@khanhhoa.gov.vn', phone: '0258 3869 501' },
    { unit: 'Bộ phận Một cửa xã', email: 'motcua.sonthai@khanhhoa.gov.vn', phone: '0258 3869 503' },
  ],
});

const NHATRANG = localUnit({
  unit: 'Ủy ban nhân dân phường Nha Trang',
  council: 'Hội đồng nhân dân phường',
  place: 'phường Nha Trang',
  leader: { name: 'Trương Công Định', jobTitle: 'Chủ tịch Ủy ban nhân dân phường', duties: 'Lãnh đạo, điều hành chung; quy hoạch, trật tự đô thị.', phone: '0258 3523 100', email: 'tcdinh.nhatrang@khanhhoa.gov.vn', isLeader: true },
  contact: { name: 'Phạm Thị Ngọc Lan', jobTitle: 'Chánh Văn phòng HĐND và UBND phường', unit: 'Văn phòng HĐND và UBND phường', phone: '0258 3523 115', email: 'ptnlan.nhatrang@khanhhoa.gov.vn', isSiteContact: true },
  directory: [
    { unit: 'Văn phòng HĐND và UBND phường', holder: 'Phạm Thị Ngọc Lan', email: 'nhatrang@khanhhoa.gov.vn', phone: '0258 3523 115' },
    { unit: 'Trung tâm Phục vụ hành chính công phường', email: 'hcc.nhatrang@khanhhoa.gov.vn', phone: '0258 3523 120' },
    { unit: 'Phòng Kinh tế, Hạ tầng và Đô thị', email: 'kthtdt.nhatrang@khanhhoa.gov.vn' },
  ],
});

async function seedSite(ctx: SeedContext, key: string, spec: SiteIntro) {
  const siteId = ctx.siteIds.get(key)!;
  const actor = ctx.actorFor(key);
  // Demo pages and people stand for what the board approved before the platform existed: imported as published.
  const importer = CLI_ACTOR;
  for (const page of spec.pages) {
    const vi = await createPage(importer, siteId, { title: page.title, slug: page.slug, kind: page.kind, position: page.position, body: page.body }, { imported: 'PUBLISHED' });
    if (page.en) {
      await createPage(importer, siteId, { title: page.en.title, slug: page.en.slug, body: page.en.body, lang: 'en', translationOfId: vi.id }, { imported: 'PUBLISHED' });
    }
  }
  if (spec.draftPage) {
    // Never public (issue 3 "drafts never appear"): the e2e tests look for it.
    await createPage(importer, siteId, { title: spec.draftPage.title, slug: spec.draftPage.slug, kind: 'OTHER', position: 9, body: doc(p('Nội dung đang soạn, chưa được duyệt.')) }, { imported: 'DRAFT' });
  }
  for (const [position, person] of spec.people.entries()) {
    const { en, ...fields } = person;
    const vi = await createPerson(importer, siteId, { ...fields, position }, { imported: 'PUBLISHED' });
    if (en) await createPerson(importer, siteId, { name: person.name, ...en, lang: 'en', translationOfId: vi.id }, { imported: 'PUBLISHED' });
  }
  // The e-mail directory is site structure, kept by the site's administration (not an editorial item).
  for (const entry of spec.directory) await createDirectoryEntry(actor, siteId, entry);
}

/** Demo introduction pages, leaders, contact persons and e-mail directories (C2, C7, C11). */
export async function seedIntro(ctx: SeedContext): Promise<void> {
  await seedSite(ctx, 'root', ROOT);
  await seedSite(ctx, 'stttt', STTTT);
  await seedSite(ctx, 'khanhson', KHANHSON);
  await seedSite(ctx, 'sonthai', SONTHAI);
  await seedSite(ctx, 'nhatrang', NHATRANG);
  // A leader still being written on the root portal: never shown.
  const root = ctx.siteIds.get('root')!;
  await createPerson(CLI_ACTOR, root, { name: 'Nguyễn Văn Nháp', jobTitle: 'Phó Chủ tịch Ủy ban nhân dân tỉnh (chưa duyệt)', isLeader: true, position: 20 }, { imported: 'DRAFT' });
}
