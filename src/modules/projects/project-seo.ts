import type { Metadata } from 'next';
import { detailMetadata } from '@/modules/seo/metadata';
import { PHASE_LABELS, TYPE_LABELS } from './project-labels';
import type { ProjectDetail } from './projects.service';

type Ctx = { url: string; siteName: string; publisher: string };

/** Open Graph and Dublin Core (dữ liệu đặc tả, X1) for a project page. */
export function projectMetadata(project: ProjectDetail, ctx: Ctx): Metadata {
  const subject = [TYPE_LABELS[project.lang][project.type], project.field].filter(Boolean).join('; ');
  return detailMetadata({
    title: project.name,
    description: project.objective.length > 300 ? `${project.objective.slice(0, 297).trimEnd()}…` : project.objective,
    url: ctx.url,
    siteName: ctx.siteName,
    publisher: ctx.publisher,
    type: 'article',
    publishedAt: project.publishedAt,
    modifiedAt: project.updatedAt,
    lang: project.lang,
    subject,
  });
}

/** schema.org: the page is a WebPage about a Project (schema.org has no "public tender" type). */
export function projectJsonLd(project: ProjectDetail, ctx: Omit<Ctx, 'siteName'>) {
  return {
    '@type': 'WebPage',
    name: project.name,
    url: ctx.url,
    inLanguage: project.lang,
    datePublished: project.publishedAt,
    dateModified: project.updatedAt,
    publisher: { '@type': 'GovernmentOrganization', name: ctx.publisher },
    keywords: [TYPE_LABELS[project.lang][project.type], PHASE_LABELS[project.lang][project.phase], project.field].filter(Boolean).join(', '),
    about: {
      '@type': 'Project',
      name: project.name,
      description: project.objective,
      ...(project.location ? { areaServed: project.location } : {}),
      ...(project.sponsor ? { sponsor: { '@type': 'Organization', name: project.sponsor } } : {}),
    },
  };
}
