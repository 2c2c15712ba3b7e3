import type { Metadata } from 'next';
import { pageParam } from '@/components/public/pagination';
import { GalleryIndexPage } from '@/modules/galleries/components/gallery-pages';

export const metadata: Metadata = { title: 'Photo gallery' };

type Props = { params: Promise<{ host: string }>; searchParams: Promise<{ trang?: string }> };

export default async function EnglishPhotoGalleriesPage({ params, searchParams }: Props) {
  return <GalleryIndexPage host={(await params).host} page={pageParam((await searchParams).trang)} lang="en" kind="PHOTO" />;
}
