import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent, canPublishContent } from '@/modules/content/content.policy';
import { renderRichText } from '@/modules/content/rich-text';
import { uniqueSlug } from '@/modules/content/slug';
import type { ProjectPhaseName, ProjectTypeName } from './project-labels';
import {
  deleteProjectRow,
  findOriginalInSite,
  findProjectForConsole,
  findProjectsForConsole,
  findPublishedProjectBySlug,
  findPublishedProjectFields,
  findPublishedProjects,
  insertProject,
  slugExists,
  updateProjectRow,
  type PublicProjectRow,
} from './projects.repository';
import { ProjectInputSchema, type ProjectData, type ProjectInput } from './projects.schemas';

export const PROJECTS_PAGE_SIZE = 10;

export type ProjectSummary = {
  slug: string;
  lang: 'vi' | 'en';
  name: string;
  objective: string;
  type: ProjectTypeName;
  phase: ProjectPhaseName;
  field: string | null;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  durationText: string | null;
  /** Tổng mức đầu tư in đồng, as digits (a bigint does not survive JSON). */
  budget: string | null;
  fundingType: string | null;
  sponsor: string | null;
  publishedAt: string;
  updatedAt: string;
};

export type ProjectDetail = ProjectSummary & {
  bodyHtml: string | null;
  /** The other language's published version, if any (C11). */
  translation: { lang: string; slug: string } | null;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function toSummary(row: PublicProjectRow): ProjectSummary {
  return {
    slug: row.slug,
    lang: row.lang === 'en' ? 'en' : 'vi',
    name: row.name,
    objective: row.objective,
    type: row.type,
    phase: row.phase,
    field: row.field,
    location: row.location,
    startDate: day(row.startDate),
    endDate: day(row.endDate),
    durationText: row.durationText,
    budget: row.budget === null ? null : row.budget.toString(),
    fundingType: row.fundingType,
    sponsor: row.sponsor,
    publishedAt: row.publishedAt!.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function isPublic(x: { status: string; publishedAt: Date | null } | null | undefined): boolean {
  return !!x && x.status === 'PUBLISHED' && !!x.publishedAt && x.publishedAt <= new Date();
}

export type PublicProjectFilter = { type?: ProjectTypeName; phase?: ProjectPhaseName; field?: string };

/** Public list of a site's published projects (C6), filtered by type, phase and field. */
export async function listPublishedProjects(params: { siteId: string; lang?: 'vi' | 'en'; page?: number; pageSize?: number } & PublicProjectFilter) {
  const page = Math.max(1, params.page ?? 1);
  const pageSize = params.pageSize ?? PROJECTS_PAGE_SIZE;
  const [rows, total] = await findPublishedProjects({
    siteId: params.siteId,
    lang: params.lang ?? 'vi',
    type: params.type,
    phase: params.phase,
    field: params.field,
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items: rows.map(toSummary), page, pageSize, total };
}

export function listProjectFields(params: { siteId: string; lang?: 'vi' | 'en' }): Promise<string[]> {
  return findPublishedProjectFields({ siteId: params.siteId, lang: params.lang ?? 'vi' });
}

export async function getPublishedProject(params: { siteId: string; slug: string; lang?: 'vi' | 'en' }): Promise<ProjectDetail | null> {
  const row = await findPublishedProjectBySlug({ siteId: params.siteId, slug: params.slug, lang: params.lang ?? 'vi' });
  if (!row) return null;
  const translation =
    row.lang === 'vi'
      ? (row.translations.find((t) => t.lang === 'en' && t.publishedAt && t.publishedAt <= new Date()) ?? null)
      : isPublic(row.translationOf)
        ? row.translationOf
        : null;
  return { ...toSummary(row), bodyHtml: row.bodyHtml, translation: translation ? { lang: translation.lang, slug: translation.slug } : null };
}

// ── Console ──────────────────────────────────────────────────────────────────

function requireEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền biên tập dự án của trang này.');
}

function columns(data: ProjectData) {
  return {
    name: data.name,
    objective: data.objective,
    type: data.type,
    phase: data.phase,
    field: data.field ?? null,
    location: data.location ?? null,
    startDate: data.startDate ? new Date(`${data.startDate}T00:00:00Z`) : null,
    endDate: data.endDate ? new Date(`${data.endDate}T00:00:00Z`) : null,
    durationText: data.durationText ?? null,
    budget: data.budget ?? null,
    fundingType: data.fundingType ?? null,
    sponsor: data.sponsor ?? null,
    // The HTML is built from the validated document, never taken from the client.
    body: (data.body ?? null) as object | null,
    bodyHtml: data.body ? renderRichText(data.body) : null,
  };
}

/** Saves a new project as a draft, or publishes it at once when asked and allowed. */
export async function createProject(actor: Actor, siteId: string, input: ProjectInput, options: { publish?: boolean } = {}) {
  requireEditor(actor, siteId);
  const data = parseInput(ProjectInputSchema, input);
  if (options.publish && !canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng dự án; hãy lưu nháp để ban biên tập duyệt.');
  if (data.translationOfId) {
    if (data.lang !== 'en') throw new AppError('VALIDATION', 'Chỉ bản tiếng Anh mới gắn với một dự án gốc.', { lang: 'Bản dịch phải là tiếng Anh.' });
    if (!(await findOriginalInSite({ siteId, id: data.translationOfId }))) throw new AppError('VALIDATION', 'Dự án gốc không thuộc trang này.', { translationOfId: 'Dự án gốc không hợp lệ.' });
  }
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(data.name, (s) => slugExists({ siteId, lang: data.lang, slug: s }, tx), 'du-an');
    const row = await insertProject(tx, {
      siteId,
      lang: data.lang,
      translationOfId: data.translationOfId ?? null,
      slug,
      ...columns(data),
      status: options.publish ? 'PUBLISHED' : 'DRAFT',
      publishedAt: options.publish ? new Date() : null,
    });
    await recordAudit(tx, actor, {
      siteId,
      action: options.publish ? 'project.publish' : 'project.create',
      entity: 'project',
      entityId: row.id,
      after: { name: row.name, slug, type: row.type, status: row.status },
    });
    return { id: row.id, slug, status: row.status };
  });
}

export async function updateProject(actor: Actor, siteId: string, projectId: string, input: ProjectInput) {
  requireEditor(actor, siteId);
  const data = parseInput(ProjectInputSchema, input);
  const before = await findProjectForConsole({ siteId, id: projectId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy dự án.');
  if (before.status === 'PUBLISHED' && !canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Dự án đã đăng chỉ ban biên tập được sửa.');
  const cols = columns(data);
  await withTransaction(async (tx) => {
    // Language and translation link are fixed at creation; the slug stays so links keep working.
    await updateProjectRow(tx, { siteId, id: projectId, data: cols });
    await recordAudit(tx, actor, {
      siteId,
      action: 'project.update',
      entity: 'project',
      entityId: projectId,
      before: { name: before.name, phase: before.phase },
      after: { name: data.name, phase: data.phase },
    });
  });
}

export async function setProjectPublished(actor: Actor, siteId: string, projectId: string, publish: boolean) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đăng hoặc gỡ dự án.');
  const before = await findProjectForConsole({ siteId, id: projectId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy dự án.');
  await withTransaction(async (tx) => {
    await updateProjectRow(tx, {
      siteId,
      id: projectId,
      data: publish ? { status: 'PUBLISHED', publishedAt: before.publishedAt ?? new Date() } : { status: 'UNPUBLISHED' },
    });
    await recordAudit(tx, actor, {
      siteId,
      action: publish ? 'project.publish' : 'project.unpublish',
      entity: 'project',
      entityId: projectId,
      before: { status: before.status },
      after: { status: publish ? 'PUBLISHED' : 'UNPUBLISHED' },
    });
  });
}

export async function deleteProject(actor: Actor, siteId: string, projectId: string) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền xóa dự án.');
  const before = await findProjectForConsole({ siteId, id: projectId });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy dự án.');
  await withTransaction(async (tx) => {
    await deleteProjectRow(tx, { siteId, id: projectId });
    await recordAudit(tx, actor, { siteId, action: 'project.delete', entity: 'project', entityId: projectId, before: { name: before.name, status: before.status } });
  });
}

export async function listProjectsForConsole(actor: Actor, siteId: string, params: { page: number }) {
  requireEditor(actor, siteId);
  const pageSize = 30;
  const [rows, total] = await findProjectsForConsole({ siteId, skip: (params.page - 1) * pageSize, take: pageSize });
  return {
    items: rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString() })),
    total,
    page: params.page,
    pageSize,
    canPublish: canPublishContent(actor, siteId),
  };
}

export async function getProjectForEditing(actor: Actor, siteId: string, projectId: string) {
  requireEditor(actor, siteId);
  const row = await findProjectForConsole({ siteId, id: projectId });
  if (!row) return null;
  return {
    id: row.id,
    lang: row.lang === 'en' ? ('en' as const) : ('vi' as const),
    slug: row.slug,
    status: row.status,
    name: row.name,
    objective: row.objective,
    type: row.type,
    phase: row.phase,
    field: row.field,
    location: row.location,
    startDate: day(row.startDate),
    endDate: day(row.endDate),
    durationText: row.durationText,
    budget: row.budget === null ? null : row.budget.toString(),
    fundingType: row.fundingType,
    sponsor: row.sponsor,
    body: row.body,
    bodyHtml: row.bodyHtml,
    hasEnglish: row.translations.some((t) => t.lang === 'en'),
    canPublish: canPublishContent(actor, siteId),
  };
}
