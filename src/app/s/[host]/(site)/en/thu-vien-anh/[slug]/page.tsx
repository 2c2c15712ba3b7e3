import type { Metadata } from 'next';
import { GalleryDetailPage, galleryPageMetadata } from '@/modules/galleries/components/gallery-pages';

type Props = { params: Promise<{ host: string; slug: string }>; searchParams: Promise<{ xem?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return galleryPageMetadata(host, slug, 'en', 'PHOTO');
}

export default async function EnglishPhotoAlbumPage({ params, searchParams }: Props) {
  const { host, slug } = await params;
  const { xem } = await searchParams;
  return <GalleryDetailPage host={host} slug={slug} lang="en" kind="PHOTO" play={typeof xem === 'string' ? xem : undefined} />;
}
