import type { Metadata } from 'next';
import { detailMetadata } from '@/modules/seo/metadata';
import { mediaVariantUrl } from '@/modules/media/media-url';
import type { GalleryDetail } from './galleries.service';

/** Open Graph and Dublin Core of an album page (X1). */
export function galleryMetadata(g: GalleryDetail, ctx: { url: string; siteName: string; publisher: string; origin: string }): Metadata {
  const fallback = g.kind === 'PHOTO' ? (g.lang === 'en' ? `Photo album: ${g.title}` : `Album ảnh: ${g.title}`) : g.lang === 'en' ? `Videos: ${g.title}` : `Album video: ${g.title}`;
  return detailMetadata({
    title: g.title,
    description: g.description ?? fallback,
    url: ctx.url,
    siteName: ctx.siteName,
    publisher: ctx.publisher,
    type: 'website',
    publishedAt: g.publishedAt,
    modifiedAt: g.updatedAt,
    lang: g.lang === 'en' ? 'en' : 'vi',
    image: g.cover ? `${ctx.origin}${mediaVariantUrl(g.cover, 1280)}` : null,
    subject: g.kind === 'PHOTO' ? (g.lang === 'en' ? 'Photo gallery' : 'Thư viện ảnh') : g.lang === 'en' ? 'Videos' : 'Thư viện video',
  });
}

/** schema.org ImageGallery / VideoGallery with the pictures' absolute addresses. */
export function galleryJsonLd(g: GalleryDetail, ctx: { url: string; publisher: string; origin: string }) {
  const images = g.items.flatMap((i) => (i.image ? [`${ctx.origin}${mediaVariantUrl(i.image, 1280)}`] : [])).slice(0, 20);
  return {
    '@type': g.kind === 'PHOTO' ? 'ImageGallery' : 'VideoGallery',
    name: g.title,
    ...(g.description ? { description: g.description } : {}),
    url: ctx.url,
    inLanguage: g.lang,
    datePublished: g.publishedAt,
    dateModified: g.updatedAt,
    publisher: { '@type': 'GovernmentOrganization', name: ctx.publisher },
    ...(images.length ? { image: images } : g.cover ? { image: `${ctx.origin}${mediaVariantUrl(g.cover, 1280)}` } : {}),
  };
}
