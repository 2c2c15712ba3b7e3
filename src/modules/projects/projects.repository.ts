import type { Db } from '@/server/db';
import { db } from '@/server/db';
import { Prisma, type ProjectPhase, type ProjectType } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';

const publicInclude = {
  translations: { where: { status: 'PUBLISHED' }, select: { slug: true, lang: true, publishedAt: true } },
  translationOf: { select: { slug: true, lang: true, status: true, publishedAt: true } },
} satisfies Prisma.ProjectInclude;

export type PublicProjectRow = Prisma.ProjectGetPayload<{ include: typeof publicInclude }>;

export type ProjectFilter = { type?: ProjectType; phase?: ProjectPhase; field?: string };

function publicWhere(params: { siteId: string; lang: string } & ProjectFilter): Prisma.ProjectWhereInput {
  return {
    siteId: params.siteId,
    lang: params.lang,
    ...publishedWhere(),
    ...(params.type ? { type: params.type } : {}),
    ...(params.phase ? { phase: params.phase } : {}),
    ...(params.field ? { field: params.field } : {}),
  };
}

export function findPublishedProjects(params: { siteId: string; lang: string; skip: number; take: number } & ProjectFilter) {
  const where = publicWhere(params);
  return db().$transaction([
    db().project.findMany({ where, include: publicInclude, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: params.skip, take: params.take }),
    db().project.count({ where }),
  ]);
}

/** The fields (lĩnh vực) a site's published projects belong to, for the public filter. */
export async function findPublishedProjectFields(params: { siteId: string; lang: string }): Promise<string[]> {
  const rows = await db().project.findMany({
    where: { siteId: params.siteId, lang: params.lang, ...publishedWhere(), field: { not: null } },
    select: { field: true },
    distinct: ['field'],
    orderBy: { field: 'asc' },
  });
  return rows.map((r) => r.field!).filter(Boolean);
}

export function findPublishedProjectBySlug(params: { siteId: string; lang: string; slug: string }) {
  return db().project.findFirst({ where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...publishedWhere() }, include: publicInclude });
}

export function slugExists(params: { siteId: string; lang: string; slug: string; exceptId?: string }, tx: Db = db()) {
  return tx.project
    .findFirst({ where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) }, select: { id: true } })
    .then(Boolean);
}

/** A Vietnamese project of this site that an English version may point to. */
export function findOriginalInSite(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.project.findFirst({ where: { siteId: params.siteId, id: params.id, lang: 'vi' }, select: { id: true } });
}

/** Console: a site's projects, any status. */
export function findProjectsForConsole(params: { siteId: string; skip: number; take: number }) {
  const where: Prisma.ProjectWhereInput = { siteId: params.siteId };
  return db().$transaction([
    db().project.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }],
      skip: params.skip,
      take: params.take,
      select: { id: true, name: true, slug: true, lang: true, type: true, phase: true, status: true, publishedAt: true, updatedAt: true },
    }),
    db().project.count({ where }),
  ]);
}

export function findProjectForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.project.findFirst({ where: { id: params.id, siteId: params.siteId }, include: { translations: { select: { id: true, lang: true } } } });
}

/** A rich-text body, or null for none (stored as SQL NULL, not JSON null). */
type BodyColumn = { body?: object | null };

function bodyValue(body: object | null | undefined) {
  return body === null ? Prisma.DbNull : body;
}

export function insertProject(tx: Db, data: Omit<Prisma.ProjectUncheckedCreateInput, 'body'> & BodyColumn) {
  return tx.project.create({ data: { ...data, body: bodyValue(data.body) } });
}

export async function updateProjectRow(tx: Db, params: { siteId: string; id: string; data: Omit<Prisma.ProjectUncheckedUpdateManyInput, 'body'> & BodyColumn }) {
  const { body, ...rest } = params.data;
  const data: Prisma.ProjectUncheckedUpdateManyInput = { ...rest, ...('body' in params.data ? { body: bodyValue(body) } : {}) };
  return (await tx.project.updateMany({ where: { id: params.id, siteId: params.siteId }, data })).count;
}

export async function deleteProjectRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.project.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

// ── Editorial workflow (project-workflow.ts) ─────────────────────────────────

export function findProjectFacts(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.project.findFirst({ where: { id: params.id, siteId: params.siteId }, select: { status: true, publishedAt: true, slug: true, lang: true } });
}
