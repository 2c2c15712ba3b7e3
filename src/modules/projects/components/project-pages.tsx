import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { Pagination, pageParam } from '@/components/public/pagination';
import { JsonLd } from '@/modules/seo/json-ld';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';
import { PHASE_SLUGS, TYPE_SLUGS, phaseFromSlug, typeFromSlug } from '../project-labels';
import { projectJsonLd, projectMetadata } from '../project-seo';
import { getPublishedProject, listProjectFields, listPublishedProjects } from '../projects.service';
import { ProjectFilters, ProjectList } from './project-list';
import { ProjectView } from './project-view';

type Lang = 'vi' | 'en';
export type ProjectQuery = { loai?: string | string[]; 'giai-doan'?: string | string[]; 'linh-vuc'?: string | string[]; trang?: string | string[] };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const basePathOf = (lang: Lang) => (lang === 'en' ? '/en/du-an' : '/du-an');

const T = {
  vi: {
    title: 'Dự án, đầu tư, đấu thầu, mua sắm công',
    lead: 'Thông tin về các dự án, chương trình đầu tư, gói thầu và mua sắm công của đơn vị.',
    count: (n: number) => `${n} kết quả`,
    none: 'Chưa có dự án nào được đăng.',
    noneFiltered: 'Không có dự án nào khớp với điều kiện lọc.',
  },
  en: {
    title: 'Projects, investment, tenders and public procurement',
    lead: 'Projects, investment programmes, tenders and public procurement of this agency.',
    count: (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`,
    none: 'No projects in English yet.',
    noneFiltered: 'No projects match these filters.',
  },
};

/** /du-an and /en/du-an: filters by type, phase and field; unknown filter values are ignored, never an error. */
export async function ProjectIndexPage({ host, query, lang }: { host: string; query: ProjectQuery; lang: Lang }) {
  const site = await getRequestSite(host);
  const t = T[lang];
  const base = basePathOf(lang);
  const type = typeFromSlug(first(query.loai));
  const phase = phaseFromSlug(first(query['giai-doan']));
  const fieldParam = first(query['linh-vuc'])?.normalize('NFC').trim().slice(0, 200) || undefined;
  const [fields, result] = await Promise.all([
    listProjectFields({ siteId: site.id, lang }),
    listPublishedProjects({ siteId: site.id, lang, type, phase, field: fieldParam, page: pageParam(query.trang) }),
  ]);
  const field = fieldParam;
  const filtered = Boolean(type || phase || field);
  const href = (p: number) => {
    const q = new URLSearchParams();
    if (type) q.set('loai', TYPE_SLUGS[type]);
    if (phase) q.set('giai-doan', PHASE_SLUGS[phase]);
    if (field) q.set('linh-vuc', field);
    q.set('trang', String(p));
    return `${base}?${q.toString()}`;
  };
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <ProjectFilters basePath={base} lang={lang} fields={fields} type={type} phase={phase} field={field} />
      {result.total === 0 ? (
        <p>{filtered ? t.noneFiltered : t.none}</p>
      ) : (
        <>
          <p className="meta">{t.count(result.total)}</p>
          <ProjectList items={result.items} basePath={base} />
        </>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={href} lang={lang} />
    </div>
  );
}

/** Once per request: the page and its metadata share one load (primitive arguments, so `cache` hits). */
export const loadProject = cache(async (host: string, slug: string, lang: Lang) => {
  const site = await getRequestSite(host);
  const project = await getPublishedProject({ siteId: site.id, slug: decodeURIComponent(slug), lang });
  if (!project) notFound();
  const origin = (await originResolver())(site.host);
  return { site, project, url: `${origin}${basePathOf(lang)}/${project.slug}` };
});

export async function projectPageMetadata(host: string, slug: string, lang: Lang): Promise<Metadata> {
  const { site, project, url } = await loadProject(host, slug, lang);
  return projectMetadata(project, { url, siteName: site.name, publisher: site.governingBody ?? site.name });
}

export async function ProjectDetailPage({ host, slug, lang }: { host: string; slug: string; lang: Lang }) {
  const { site, project, url } = await loadProject(host, slug, lang);
  return (
    <>
      <JsonLd data={projectJsonLd(project, { url, publisher: site.governingBody ?? site.name })} />
      <ProjectView project={project} listPath={basePathOf(lang)} />
    </>
  );
}
