import type { Metadata } from 'next';
import { ProjectDetailPage, projectPageMetadata } from '@/modules/projects/components/project-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  return projectPageMetadata(host, slug, 'vi');
}

export default async function ProjectPage({ params }: Props) {
  const { host, slug } = await params;
  return <ProjectDetailPage host={host} slug={slug} lang="vi" />;
}
