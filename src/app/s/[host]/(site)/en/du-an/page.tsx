import type { Metadata } from 'next';
import { ProjectIndexPage, type ProjectQuery } from '@/modules/projects/components/project-pages';

export const metadata: Metadata = { title: 'Projects' };

type Props = { params: Promise<{ host: string }>; searchParams: Promise<ProjectQuery> };

/** GET /en/du-an[?loai=&giai-doan=&linh-vuc=&trang=] (C6, C11). */
export default async function EnglishProjectsPage({ params, searchParams }: Props) {
  return <ProjectIndexPage host={(await params).host} query={await searchParams} lang="en" />;
}
