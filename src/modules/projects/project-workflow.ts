import type { Db } from '@/server/db';
import { dateOnly } from '@/lib/dates';
import { AppError } from '@/server/errors';
import { parseInput } from '@/server/validation';
import { renderRichText, richTextToPlain, type RichTextDoc, type RichTextNode } from '@/modules/content/rich-text';
import type { Snapshot, WorkflowAdapter } from '@/modules/workflow/workflow-adapter';
import { PHASE_LABELS, TYPE_LABELS, type ProjectPhaseName, type ProjectTypeName } from './project-labels';
import { findProjectFacts, findProjectForConsole, updateProjectRow } from './projects.repository';
import { ProjectInputSchema, type ProjectData } from './projects.schemas';

/**
 * What a revision of a project stores: the validated editable fields, JSON-safe (dates as "YYYY-MM-DD", the
 * budget in đồng as digits). Language and original are fixed at creation and are not part of a version.
 */
export type ProjectSnapshot = {
  name: string;
  objective: string;
  type: string;
  phase: string;
  field: string | null;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  durationText: string | null;
  budget: string | null;
  fundingType: string | null;
  sponsor: string | null;
  body: unknown;
};

export function toProjectSnapshot(data: ProjectData): ProjectSnapshot {
  return {
    name: data.name,
    objective: data.objective,
    type: data.type,
    phase: data.phase,
    field: data.field ?? null,
    location: data.location ?? null,
    startDate: data.startDate ?? null,
    endDate: data.endDate ?? null,
    durationText: data.durationText ?? null,
    budget: data.budget === undefined || data.budget === null ? null : data.budget.toString(),
    fundingType: data.fundingType ?? null,
    sponsor: data.sponsor ?? null,
    body: data.body ?? null,
  };
}

export const asProject = (data: Snapshot) => data as unknown as ProjectSnapshot;

/** The version's fields read back through the form's schema (what the form would have accepted). */
function validated(p: ProjectSnapshot): ProjectData {
  return parseInput(ProjectInputSchema, { ...p, type: p.type as ProjectTypeName, phase: p.phase as ProjectPhaseName, body: p.body as object | null });
}

/** The row's columns for a validated project (the create path and an approved version write the same). */
export function projectColumns(data: ProjectData) {
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
    bodyHtml: data.body ? renderRichText(data.body as RichTextDoc) : null,
  };
}

const dateVi = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');

function paragraphs(body: unknown): string[] {
  const doc = body as RichTextNode | null;
  return (doc?.content ?? []).map((node) => richTextToPlain(node).trim()).filter(Boolean);
}

export const projectWorkflow: WorkflowAdapter = {
  entity: 'project',
  noun: 'dự án',
  async loadFacts(tx, siteId, id) {
    const row = await findProjectFacts({ siteId, id }, tx);
    // Projects keep no author column: items that predate the workflow start without one.
    return row ? { publicStatus: row.status, publishedAt: row.publishedAt, createdById: null } : null;
  },
  async snapshot(tx, siteId, id) {
    const row = await findProjectForConsole({ siteId, id }, tx);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy dự án.');
    const snap: ProjectSnapshot = {
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
      body: row.body ?? null,
    };
    return snap as unknown as Snapshot;
  },
  async apply(tx: Db, siteId, id, data) {
    const p = validated(asProject(data));
    await updateProjectRow(tx, {
      siteId,
      id,
      data: projectColumns(p),
    });
  },
  async setPublic(tx, siteId, id, state) {
    await updateProjectRow(tx, { siteId, id, data: { status: state.status, ...(state.publishedAt ? { publishedAt: state.publishedAt } : {}) } });
  },
  /** A project is published as the form would accept it (dates in order, the budget in đồng). */
  checkPublishable(data) {
    validated(asProject(data));
  },
  title: (data) => asProject(data).name,
  categoryIds: () => [],
  view(data) {
    const p = asProject(data);
    return {
      fields: [
        { label: 'Tên', value: p.name },
        { label: 'Mục tiêu', value: p.objective },
        { label: 'Loại', value: TYPE_LABELS.vi[p.type as ProjectTypeName] ?? p.type },
        { label: 'Giai đoạn', value: PHASE_LABELS.vi[p.phase as ProjectPhaseName] ?? p.phase },
        { label: 'Lĩnh vực', value: p.field ?? '' },
        { label: 'Địa điểm', value: p.location ?? '' },
        { label: 'Ngày bắt đầu', value: dateVi(p.startDate) },
        { label: 'Ngày kết thúc', value: dateVi(p.endDate) },
        { label: 'Thời gian thực hiện', value: p.durationText ?? '' },
        { label: 'Tổng mức đầu tư (đồng)', value: p.budget ?? '' },
        { label: 'Nguồn vốn', value: p.fundingType ?? '' },
        { label: 'Chủ đầu tư', value: p.sponsor ?? '' },
      ],
      body: paragraphs(p.body),
    };
  },
  consolePath: (siteId, id) => `/quan-tri/trang/${siteId}/du-an/${id}`,
  async publicPath(tx, siteId, id) {
    const row = await findProjectFacts({ siteId, id }, tx);
    return row ? `${row.lang === 'en' ? '/en' : ''}/du-an/${row.slug}` : null;
  },
};
