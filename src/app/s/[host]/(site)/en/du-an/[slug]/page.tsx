import type { Metadata } from 'next';
import { ProjectDetailPage, projectPageMetadata } from '@/modules/projects/components/project-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return projectPageMetadata(host, slug, 'en');
}

export default async function EnglishProjectPage({ params }: Props) {
  const { host, slug } = await params;
  return <ProjectDetailPage host={host} slug={slug} lang="en" />;
}
