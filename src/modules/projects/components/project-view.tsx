import type { ReactNode } from 'react';
import { formatDateEn, formatDateVi } from '@/lib/dates';
import { LanguageSwitch } from '@/components/public/language-switch';
import { formatCalendarDateEn, formatCalendarDateVi } from '@/modules/schedule/iso-week';
import { PHASE_LABELS, TYPE_LABELS, formatBudget } from '../project-labels';
import type { ProjectDetail, ProjectSummary } from '../projects.service';
import './projects.css';

export const PROJECT_TEXT = {
  vi: {
    type: 'Loại',
    phase: 'Giai đoạn',
    field: 'Lĩnh vực',
    location: 'Địa điểm',
    duration: 'Thời gian thực hiện',
    dates: (a: string | null, b: string | null) => (a && b ? `Từ ${formatCalendarDateVi(a)} đến ${formatCalendarDateVi(b)}` : a ? `Từ ${formatCalendarDateVi(a)}` : `Đến ${formatCalendarDateVi(b!)}`),
    budget: 'Tổng mức đầu tư',
    funding: 'Nguồn vốn',
    sponsor: 'Chủ đầu tư',
    objective: 'Mục tiêu',
    details: 'Thông tin chi tiết',
    published: 'Ngày đăng',
    facts: 'Thông tin chung',
    back: 'Danh sách dự án',
  },
  en: {
    type: 'Type',
    phase: 'Status',
    field: 'Field',
    location: 'Location',
    duration: 'Duration',
    dates: (a: string | null, b: string | null) => (a && b ? `From ${formatCalendarDateEn(a)} to ${formatCalendarDateEn(b)}` : a ? `From ${formatCalendarDateEn(a)}` : `Until ${formatCalendarDateEn(b!)}`),
    budget: 'Total investment',
    funding: 'Funding',
    sponsor: 'Investor',
    objective: 'Objective',
    details: 'Details',
    published: 'Published',
    facts: 'Key facts',
    back: 'All projects',
  },
};

/** "2025–2027 (từ 01/03/2025 đến 31/12/2027)", whichever parts the editor gave. */
export function projectDuration(p: Pick<ProjectSummary, 'durationText' | 'startDate' | 'endDate' | 'lang'>): string | null {
  const t = PROJECT_TEXT[p.lang];
  const dates = p.startDate || p.endDate ? t.dates(p.startDate, p.endDate) : null;
  if (p.durationText && dates) return `${p.durationText} (${dates.charAt(0).toLowerCase()}${dates.slice(1)})`;
  return p.durationText ?? dates;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** One project as citizens read it, with every C6 field the editor filled in. */
export function ProjectView({ project, listPath }: { project: ProjectDetail; listPath: string }) {
  const lang = project.lang;
  const t = PROJECT_TEXT[lang];
  const duration = projectDuration(project);
  const otherBase = lang === 'en' ? '/du-an' : '/en/du-an';
  return (
    <article className="project" lang={lang === 'en' ? 'en' : undefined}>
      <h1>{project.name}</h1>
      <LanguageSwitch href={project.translation ? `${otherBase}/${project.translation.slug}` : null} to={lang === 'en' ? 'vi' : 'en'} />
      {/* The same two facts head the list below; the badges are for sighted skimming only. */}
      <p className="project__badges" aria-hidden="true">
        <span className="tag project-tag">{TYPE_LABELS[lang][project.type]}</span>
        <span className={`tag project-phase project-phase--${project.phase.toLowerCase().replace('_', '-')}`}>{PHASE_LABELS[lang][project.phase]}</span>
      </p>
      <h2 className="visually-hidden">{t.facts}</h2>
      <dl className="project-facts">
        <Fact label={t.type}>{TYPE_LABELS[lang][project.type]}</Fact>
        <Fact label={t.phase}>{PHASE_LABELS[lang][project.phase]}</Fact>
        {project.field ? <Fact label={t.field}>{project.field}</Fact> : null}
        {project.location ? <Fact label={t.location}>{project.location}</Fact> : null}
        {duration ? <Fact label={t.duration}>{duration}</Fact> : null}
        {project.budget ? <Fact label={t.budget}>{formatBudget(project.budget, lang)}</Fact> : null}
        {project.fundingType ? <Fact label={t.funding}>{project.fundingType}</Fact> : null}
        {project.sponsor ? <Fact label={t.sponsor}>{project.sponsor}</Fact> : null}
        <Fact label={t.published}>
          <time dateTime={project.publishedAt}>{lang === 'en' ? formatDateEn(project.publishedAt) : formatDateVi(project.publishedAt)}</time>
        </Fact>
      </dl>
      <h2>{t.objective}</h2>
      <div className="project__objective">
        {project.objective.split(/\n+/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
      {project.bodyHtml ? (
        <>
          <h2>{t.details}</h2>
          <div className="article__body" dangerouslySetInnerHTML={{ __html: project.bodyHtml }} />
        </>
      ) : null}
      <p className="project__back">
        <a href={listPath}>← {t.back}</a>
      </p>
    </article>
  );
}
