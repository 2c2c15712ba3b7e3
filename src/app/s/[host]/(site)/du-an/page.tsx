import type { Metadata } from 'next';
import { ProjectIndexPage, type ProjectQuery } from '@/modules/projects/components/project-pages';

export const metadata: Metadata = { title: 'Dự án, đầu tư, đấu thầu, mua sắm công' };

type Props = { params: Promise<{ host: string }>; searchParams: Promise<ProjectQuery> };

/** GET /du-an[?loai=&giai-doan=&linh-vuc=&trang=] (C6). */
export default async function ProjectsPage({ params, searchParams }: Props) {
  return <ProjectIndexPage host={(await params).host} query={await searchParams} lang="vi" />;
}
