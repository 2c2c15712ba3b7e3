import type { GalleryKindName } from '../galleries.schemas';

/** Words of the public gallery pages in both languages (C11). */
export const GALLERY_TEXT = {
  vi: {
    heading: { PHOTO: 'Thư viện ảnh', VIDEO: 'Thư viện video' } as Record<GalleryKindName, string>,
    other: { PHOTO: 'Xem thư viện video', VIDEO: 'Xem thư viện ảnh' } as Record<GalleryKindName, string>,
    empty: { PHOTO: 'Chưa có album ảnh nào.', VIDEO: 'Chưa có album video nào.' } as Record<GalleryKindName, string>,
    count: (kind: GalleryKindName, n: number) => (kind === 'PHOTO' ? `${n} ảnh` : `${n} video`),
    home: 'Trang chủ',
    breadcrumbs: 'Đường dẫn',
    fullSize: ' (mở ảnh cỡ lớn)',
    fullSizeHint: 'Chọn một ảnh để mở bản cỡ lớn.',
    back: { PHOTO: '← Tất cả album ảnh', VIDEO: '← Tất cả album video' } as Record<GalleryKindName, string>,
    play: 'Phát tại đây',
    watchOn: (where: string) => `Xem trên ${where}`,
    embedNote: (provider: string) => `Khi phát tại đây, trình duyệt của bạn kết nối tới máy chủ của ${provider}.`,
    noCaptions: 'Video chưa có phụ đề; nội dung chính được tóm tắt trong chú thích.',
    download: 'Tải video về máy',
    untitled: (n: number) => `Video ${n}`,
  },
  en: {
    heading: { PHOTO: 'Photo gallery', VIDEO: 'Videos' } as Record<GalleryKindName, string>,
    other: { PHOTO: 'See the videos', VIDEO: 'See the photo gallery' } as Record<GalleryKindName, string>,
    empty: { PHOTO: 'No photo albums in English yet.', VIDEO: 'No videos in English yet.' } as Record<GalleryKindName, string>,
    count: (kind: GalleryKindName, n: number) => (kind === 'PHOTO' ? `${n} photo${n === 1 ? '' : 's'}` : `${n} video${n === 1 ? '' : 's'}`),
    home: 'Home',
    breadcrumbs: 'Breadcrumbs',
    fullSize: ' (open full size)',
    fullSizeHint: 'Select a photo to open it full size.',
    back: { PHOTO: '← All photo albums', VIDEO: '← All video albums' } as Record<GalleryKindName, string>,
    play: 'Play here',
    watchOn: (where: string) => `Watch on ${where}`,
    embedNote: (provider: string) => `Playing here connects your browser to ${provider}’s servers.`,
    noCaptions: 'This video has no subtitles; the caption summarises its content.',
    download: 'Download the video',
    untitled: (n: number) => `Video ${n}`,
  },
};

export type GalleryLang = keyof typeof GALLERY_TEXT;
