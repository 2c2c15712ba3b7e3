import { CLI_ACTOR, type Actor } from '@/server/actor';
import { saveGallery } from '@/modules/galleries/save-gallery';
import type { MediaDto } from '@/modules/media/media.service';
import type { SeedContext } from './seed-context';
import { GALLERY_SCENES, demoImage, type DemoScene } from './media';

type Photo = { scene: DemoScene; caption: string };
type Album = { title: string; description: string; daysAgo: number; photos: Photo[]; coverIndex?: number; draft?: boolean; en?: { title: string; description: string; captions: string[] } };

const S = GALLERY_SCENES;

const ROOT_ALBUMS: Album[] = [
  {
    title: 'Hội nghị tổng kết công tác năm 2026 của UBND tỉnh',
    description: 'Ủy ban nhân dân tỉnh tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027. Ảnh minh họa của dữ liệu mẫu.',
    daysAgo: 1,
    photos: [
      { scene: S.hoiTruong, caption: 'Quang cảnh hội nghị tổng kết' },
      { scene: S.hoiTruong, caption: 'Chủ tịch UBND tỉnh phát biểu chỉ đạo' },
      { scene: S.hoiTruong, caption: 'Đại biểu các sở, ngành dự hội nghị' },
      { scene: S.pho, caption: 'Trụ sở UBND tỉnh trong ngày hội nghị' },
      { scene: S.hoiTruong, caption: 'Khen thưởng các tập thể có thành tích xuất sắc' },
      { scene: S.pho, caption: 'Đại biểu tham quan khu trưng bày thành tựu' },
    ],
  },
  {
    title: 'Vẻ đẹp biển đảo Khánh Hòa',
    description: 'Những hình ảnh về vịnh Nha Trang, vịnh Vân Phong và các đảo của tỉnh. Ảnh minh họa của dữ liệu mẫu.',
    daysAgo: 4,
    coverIndex: 3,
    photos: [
      { scene: S.bien, caption: 'Bình minh trên vịnh Nha Trang' },
      { scene: S.dao, caption: 'Đảo Hòn Tằm nhìn từ biển' },
      { scene: S.bien, caption: 'Bờ biển phường Nha Trang' },
      { scene: S.dao, caption: 'Thuyền buồm trên vịnh Vân Phong' },
      { scene: S.nuiRung, caption: 'Núi rừng nhìn ra biển' },
      { scene: S.dao, caption: 'Đảo Điệp Sơn lúc chiều' },
      { scene: S.bien, caption: 'Sóng biển mùa gió chướng' },
      { scene: S.nuiRung, caption: 'Đèo Cả trên đường ra biển' },
    ],
    en: {
      title: 'The beauty of Khanh Hoa’s sea and islands',
      description: 'Nha Trang Bay, Van Phong Bay and the islands of the province. Illustrations of the demo data.',
      captions: ['Sunrise over Nha Trang Bay', 'Hon Tam island seen from the sea', 'The coast of Nha Trang', 'Sailing boat on Van Phong Bay', 'Forest hills facing the sea', 'Diep Son island in the afternoon', 'Waves in the windy season', 'Ca Pass on the way to the sea'],
    },
  },
  {
    title: 'Ngày hội Đại đoàn kết toàn dân tộc năm 2026',
    description: 'Ngày hội tại các khu dân cư trên địa bàn tỉnh. Ảnh minh họa của dữ liệu mẫu.',
    daysAgo: 9,
    photos: [
      { scene: S.leHoi, caption: 'Nhân dân khu dân cư dự ngày hội' },
      { scene: S.leHoi, caption: 'Văn nghệ chào mừng ngày hội' },
      { scene: S.leHoi, caption: 'Trao quà cho hộ gia đình khó khăn' },
      { scene: S.pho, caption: 'Nhà văn hóa khu dân cư' },
      { scene: S.leHoi, caption: 'Các trò chơi dân gian' },
    ],
  },
  {
    title: 'Album nháp: Lễ ra quân chuyển đổi số (chưa duyệt)',
    description: 'Album đang chờ duyệt; không hiện trên trang công khai.',
    daysAgo: 0,
    draft: true,
    photos: [
      { scene: S.nuiRung, caption: 'Ảnh chờ duyệt 1' },
      { scene: S.hoiTruong, caption: 'Ảnh chờ duyệt 2' },
      { scene: S.nuiRung, caption: 'Ảnh chờ duyệt 3' },
      { scene: S.hoiTruong, caption: 'Ảnh chờ duyệt 4' },
    ],
  },
];

const STTTT_ALBUMS: Album[] = [
  {
    title: 'Hội nghị triển khai Đề án 06 năm 2026',
    description: 'Sở Thông tin và Truyền thông triển khai các nhiệm vụ của Đề án 06 trên địa bàn tỉnh. Ảnh minh họa của dữ liệu mẫu.',
    daysAgo: 2,
    photos: [
      { scene: S.hoiTruong, caption: 'Quang cảnh hội nghị' },
      { scene: S.hoiTruong, caption: 'Lãnh đạo Sở phát biểu khai mạc' },
      { scene: S.pho, caption: 'Trung tâm giám sát, điều hành đô thị thông minh' },
      { scene: S.hoiTruong, caption: 'Các đơn vị trao đổi kinh nghiệm' },
      { scene: S.pho, caption: 'Đoàn công tác tại bộ phận một cửa' },
    ],
  },
  {
    title: 'Ngày Chuyển đổi số tỉnh Khánh Hòa 10/10',
    description: 'Hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia tại các địa phương. Ảnh minh họa của dữ liệu mẫu.',
    daysAgo: 12,
    photos: [
      { scene: S.leHoi, caption: 'Người dân trải nghiệm dịch vụ công trực tuyến' },
      { scene: S.pho, caption: 'Điểm hỗ trợ cài đặt ứng dụng VNeID' },
      { scene: S.leHoi, caption: 'Tổ công nghệ số cộng đồng ra quân' },
      { scene: S.pho, caption: 'Triển lãm sản phẩm số' },
    ],
  },
];

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000 - 3_600_000);

/**
 * The pictures are uploaded by the site's administration; the albums stand for what the board approved before the
 * platform existed and enter through the command line's import (published, or the one draft).
 */
async function seedAlbums(actor: Actor, siteId: string, albums: Album[], hueStart: number): Promise<MediaDto[]> {
  let hue = hueStart;
  const all: MediaDto[] = [];
  for (const album of albums) {
    const pictures: MediaDto[] = [];
    for (const p of album.photos) {
      hue = (hue + 29) % 360;
      pictures.push(await demoImage(actor, siteId, p.scene, hue + 0.5));
    }
    all.push(...pictures);
    const items = pictures.map((m, i) => ({ mediaId: m.id, caption: album.photos[i]!.caption, position: i }));
    const coverId = album.coverIndex !== undefined ? pictures[album.coverIndex]!.id : null;
    const saved = await saveGallery(
      CLI_ACTOR,
      siteId,
      null,
      { kind: 'PHOTO', title: album.title, description: album.description, coverId, publishedAt: album.draft ? null : daysAgo(album.daysAgo), items },
      { imported: album.draft ? 'DRAFT' : 'PUBLISHED' },
    );
    if (album.en) {
      await saveGallery(
        CLI_ACTOR,
        siteId,
        null,
        {
          kind: 'PHOTO',
          lang: 'en',
          translationOfId: saved.id,
          title: album.en.title,
          description: album.en.description,
          coverId,
          publishedAt: daysAgo(album.daysAgo),
          items: pictures.map((m, i) => ({ mediaId: m.id, caption: album.en!.captions[i], position: i })),
        },
        { imported: 'PUBLISHED' },
      );
    }
  }
  return all;
}

/** Demo photo and video albums (C10): published albums on the root portal and a department, a draft, a video album. */
export async function seedGalleries(ctx: SeedContext): Promise<void> {
  const root = ctx.siteIds.get('root')!;
  const rootPictures = await seedAlbums(ctx.actorFor('root'), root, ROOT_ALBUMS, 3);
  await saveGallery(
    CLI_ACTOR,
    root,
    null,
    {
      kind: 'VIDEO',
      title: 'Video giới thiệu và tuyên truyền',
      description: 'Video trên các nền tảng chia sẻ; trang chỉ nạp trình phát của YouTube khi người xem bấm “Phát tại đây”.',
      coverId: rootPictures[7]?.id ?? null,
      publishedAt: daysAgo(3),
      items: [
        {
          videoUrl: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
          caption: 'Video minh họa của dữ liệu mẫu: phim hoạt hình mở “Big Buck Bunny” (Blender Foundation, giấy phép CC BY 3.0)',
          position: 0,
        },
        { videoUrl: 'https://vtv.vn/', caption: 'Xem thời sự trên trang của Đài Truyền hình Việt Nam', position: 1 },
      ],
    },
    { imported: 'PUBLISHED' },
  );
  await seedAlbums(ctx.actorFor('stttt'), ctx.siteIds.get('stttt')!, STTTT_ALBUMS, 200);
}
