import type { GalleryKindName } from './galleries.schemas';

/**
 * Public paths of galleries (C10). CONTRACT has no gallery path; these Vietnamese ones are ours:
 * /thu-vien-anh, /thu-vien-anh/<slug>, /video, /video/<slug>, and /en/… for English versions.
 */
export function galleryBasePath(kind: GalleryKindName, lang: 'vi' | 'en' | string): string {
  return `${lang === 'en' ? '/en' : ''}${kind === 'PHOTO' ? '/thu-vien-anh' : '/video'}`;
}

export function galleryPath(g: { kind: GalleryKindName; lang: string; slug: string }): string {
  return `${galleryBasePath(g.kind, g.lang)}/${g.slug}`;
}
