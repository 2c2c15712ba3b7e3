import type { Actor } from '@/server/actor';
import { dateOnly } from '@/lib/dates';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent } from '@/modules/content/content.policy';
import { contentChanged } from '@/modules/content/content-events';
import { renderRichText, type RichTextDoc } from '@/modules/content/rich-text';
import type { Snapshot } from '@/modules/workflow/workflow-adapter';
import {
  assertCanWrite,
  forgetItem,
  getEditorialView,
  saveVersion,
  startImportedItem,
  startItem,
  transition,
  workingStates,
  type ProtectionMarks,
  type TransitionInput,
} from '@/modules/workflow/workflow.service';
import { projectColumns, projectWorkflow, toProjectSnapshot, type ProjectSnapshot } from './project-workflow';
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
    startDate: dateOnly(row.startDate),
    endDate: dateOnly(row.endDate),
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

const isCli = (actor: Actor) => actor.isPlatformAdmin && actor.userId === null;

/**
 * A new project is a draft of its writer (E2): it becomes public only through the workflow. `imported` brings in
 * items approved before this platform (the command line only: demo data, migration from the old portal).
 */
export async function createProject(actor: Actor, siteId: string, input: ProjectInput, options: { imported?: 'PUBLISHED' | 'DRAFT'; marks?: ProtectionMarks } = {}) {
  const data = parseInput(ProjectInputSchema, input);
  if (!options.imported) await withTransaction((tx) => assertCanWrite(tx, actor, siteId, [], 'dự án'));
  else if (!isCli(actor)) throw new AppError('FORBIDDEN', 'Chỉ dòng lệnh nhập dữ liệu mới được nhập dự án; dự án mới phải qua ban biên tập duyệt.');
  if (data.translationOfId) {
    if (data.lang !== 'en') throw new AppError('VALIDATION', 'Chỉ bản tiếng Anh mới gắn với một dự án gốc.', { lang: 'Bản dịch phải là tiếng Anh.' });
    if (!(await findOriginalInSite({ siteId, id: data.translationOfId }))) throw new AppError('VALIDATION', 'Dự án gốc không thuộc trang này.', { translationOfId: 'Dự án gốc không hợp lệ.' });
  }
  const published = options.imported === 'PUBLISHED';
  const snapshot = toProjectSnapshot(data) as unknown as Snapshot;
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(data.name, (s) => slugExists({ siteId, lang: data.lang, slug: s }, tx), 'du-an');
    const row = await insertProject(tx, {
      siteId,
      lang: data.lang,
      translationOfId: data.translationOfId ?? null,
      slug,
      ...projectColumns(data),
      status: published ? 'PUBLISHED' : 'DRAFT',
      publishedAt: published ? new Date() : null,
    });
    if (published) await startImportedItem(tx, actor, projectWorkflow, siteId, row.id, snapshot);
    else await startItem(tx, actor, projectWorkflow, { siteId, entityId: row.id, data: snapshot, marks: options.marks });
    await recordAudit(tx, actor, {
      siteId,
      action: options.imported ? 'project.import' : 'project.create',
      entity: 'project',
      entityId: row.id,
      after: { name: row.name, slug, type: row.type, status: row.status },
    });
    await contentChanged(tx, { siteId, type: 'project', id: row.id, change: published ? 'published' : 'saved' });
    return { id: row.id, slug, status: row.status };
  });
}

/** Saves a version of a project (E3): once published, the public keeps the approved version until the new one is approved. */
export async function updateProject(actor: Actor, siteId: string, projectId: string, input: ProjectInput, options: { marks?: ProtectionMarks; autosave?: boolean } = {}) {
  requireEditor(actor, siteId);
  const before = /^[0-9a-f-]{36}$/.test(projectId) ? await findProjectForConsole({ siteId, id: projectId }) : null;
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy dự án.');
  // Language and translation link are fixed at creation; the slug stays so links keep working.
  const data = parseInput(ProjectInputSchema, { ...input, lang: before.lang, translationOfId: before.translationOfId });
  return saveVersion(actor, projectWorkflow, { siteId, entityId: projectId, data: toProjectSnapshot(data) as unknown as Snapshot, marks: options.marks, autosave: options.autosave });
}

/** One step of the editorial workflow on a project: submit, review, return, approve, schedule, unpublish… */
export function projectTransition(actor: Actor, siteId: string, projectId: string, input: TransitionInput) {
  return transition(actor, projectWorkflow, { siteId, entityId: projectId, ...input });
}

/** Only the board head removes a project for good, and never a public one (unpublish it first, with a reason). */
export async function deleteProject(actor: Actor, siteId: string, projectId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId && m.role === 'BOARD_HEAD')) throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập được xóa dự án.');
  const before = /^[0-9a-f-]{36}$/.test(projectId) ? await findProjectForConsole({ siteId, id: projectId }) : null;
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy dự án.');
  if (before.status === 'PUBLISHED' || before.status === 'SCHEDULED') throw new AppError('RULE_VIOLATION', 'Dự án đang đăng hoặc hẹn giờ đăng: hãy gỡ (ghi lý do) trước khi xóa.');
  await withTransaction(async (tx) => {
    await deleteProjectRow(tx, { siteId, id: projectId });
    await forgetItem(tx, projectWorkflow, siteId, projectId);
    await recordAudit(tx, actor, { siteId, action: 'project.delete', entity: 'project', entityId: projectId, before: { name: before.name, status: before.status } });
    await contentChanged(tx, { siteId, type: 'project', id: projectId, change: 'deleted' });
  });
}

export async function listProjectsForConsole(actor: Actor, siteId: string, params: { page: number }) {
  requireEditor(actor, siteId);
  const pageSize = 30;
  const [rows, total] = await findProjectsForConsole({ siteId, skip: (params.page - 1) * pageSize, take: pageSize });
  const working = await workingStates(projectWorkflow, siteId, rows.map((r) => r.id));
  return {
    items: rows.map((r) => {
      const w = working.get(r.id);
      // A published project being revised shows both: what the public sees and where the new version stands.
      const pendingVersion = r.status === 'PUBLISHED' && w && w.state !== 'PUBLISHED' ? w.label : null;
      return { ...r, pendingVersion, scheduleFailed: w?.failed ?? false, publishedAt: r.publishedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString() };
    }),
    total,
    page: params.page,
    pageSize,
  };
}

/** The project as the editor should see it: the working version (pending one while published) and its workflow. */
export async function getProjectForEditing(actor: Actor, siteId: string, projectId: string) {
  requireEditor(actor, siteId);
  const row = await findProjectForConsole({ siteId, id: projectId });
  if (!row) return null;
  const { data, ...editorial } = (await getEditorialView(actor, projectWorkflow, siteId, projectId))!;
  const w = data as unknown as ProjectSnapshot;
  return {
    id: row.id,
    lang: row.lang === 'en' ? ('en' as const) : ('vi' as const),
    slug: row.slug,
    status: row.status,
    publicName: row.name,
    name: w.name,
    objective: w.objective,
    type: w.type,
    phase: w.phase,
    field: w.field,
    location: w.location,
    startDate: w.startDate,
    endDate: w.endDate,
    durationText: w.durationText,
    budget: w.budget,
    fundingType: w.fundingType,
    sponsor: w.sponsor,
    body: w.body,
    bodyHtml: w.body ? renderRichText(w.body as RichTextDoc) : null,
    hasEnglish: row.translations.some((t) => t.lang === 'en'),
    editorial,
  };
}
