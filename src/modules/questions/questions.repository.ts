import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma, QuestionStatus } from '@/generated/prisma/client';

/** Columns the public may see of a published question: never the asker's contact data. */
const publicSelect = {
  id: true,
  slug: true,
  field: true,
  title: true,
  content: true,
  answer: true,
  createdAt: true,
  answeredAt: true,
  publishedAt: true,
} satisfies Prisma.QuestionSelect;
export type PublicQuestionRow = Prisma.QuestionGetPayload<{ select: typeof publicSelect }>;

/** What the tracking page shows to whoever holds the code: the question itself, its status, the answer. */
const trackSelect = {
  code: true,
  field: true,
  title: true,
  content: true,
  status: true,
  answer: true,
  createdAt: true,
  answeredAt: true,
  dueDate: true,
  isPublished: true,
  slug: true,
} satisfies Prisma.QuestionSelect;
export type TrackedQuestionRow = Prisma.QuestionGetPayload<{ select: typeof trackSelect }>;

export function codeExists(params: { siteId: string; code: string }, tx: Db) {
  return tx.question.findFirst({ where: { siteId: params.siteId, code: params.code }, select: { id: true } }).then(Boolean);
}

export function slugTaken(params: { siteId: string; slug: string }, tx: Db) {
  return tx.question.findFirst({ where: { siteId: params.siteId, slug: params.slug }, select: { id: true } }).then(Boolean);
}

export function insertQuestion(tx: Db, data: Prisma.QuestionUncheckedCreateInput) {
  return tx.question.create({ data, select: { id: true, code: true, dueDate: true } });
}

export async function setAttachment(tx: Db, params: { siteId: string; id: string; data: { attachmentKey: string; attachmentName: string; attachmentType: string; attachmentSize: number } }) {
  return (await tx.question.updateMany({ where: { siteId: params.siteId, id: params.id }, data: params.data })).count;
}

export function findQuestionByCode(params: { siteId: string; code: string }) {
  return db().question.findFirst({ where: { siteId: params.siteId, code: params.code }, select: trackSelect });
}

function publishedWhere(siteId: string): Prisma.QuestionWhereInput {
  return { siteId, isPublished: true, status: 'ANSWERED' };
}

export function findPublishedQuestions(params: { siteId: string; field?: string; skip: number; take: number }) {
  const where: Prisma.QuestionWhereInput = { ...publishedWhere(params.siteId), ...(params.field ? { field: params.field } : {}) };
  return db().$transaction([
    db().question.findMany({ where, select: publicSelect, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: params.skip, take: params.take }),
    db().question.count({ where }),
  ]);
}

export function findPublishedQuestionBySlug(params: { siteId: string; slug: string }) {
  return db().question.findFirst({ where: { ...publishedWhere(params.siteId), slug: params.slug }, select: publicSelect });
}

// ── Console ──────────────────────────────────────────────────────────────────

export type ConsoleQuestionFilter = { status?: QuestionStatus; overdueBefore?: Date; assigneeUserId?: string };

export function findQuestionsForConsole(params: { siteId: string; skip: number; take: number } & ConsoleQuestionFilter) {
  const where: Prisma.QuestionWhereInput = {
    siteId: params.siteId,
    ...(params.status ? { status: params.status } : {}),
    ...(params.overdueBefore ? { status: { not: 'ANSWERED' }, dueDate: { lt: params.overdueBefore } } : {}),
    ...(params.assigneeUserId ? { assigneeUserId: params.assigneeUserId } : {}),
  };
  return db().$transaction([
    db().question.findMany({
      where,
      orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
      skip: params.skip,
      take: params.take,
      select: { id: true, code: true, title: true, field: true, status: true, dueDate: true, createdAt: true, assigneeUserId: true, assignedUnit: true, isPublished: true },
    }),
    db().question.count({ where }),
  ]);
}

export function findQuestionForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.question.findFirst({ where: { siteId: params.siteId, id: params.id } });
}

export type QuestionRow = NonNullable<Awaited<ReturnType<typeof findQuestionForConsole>>>;

/** Optimistic step: the row changes only if it is still in the state the decision was made on. */
export async function updateQuestionRow(tx: Db, params: { siteId: string; id: string; fromStatus?: QuestionStatus[]; data: Prisma.QuestionUncheckedUpdateManyInput }) {
  const where: Prisma.QuestionWhereInput = { siteId: params.siteId, id: params.id, ...(params.fromStatus ? { status: { in: params.fromStatus } } : {}) };
  return (await tx.question.updateMany({ where, data: params.data })).count;
}

export function findSiteQuestionSettings(siteId: string, tx: Db = db()) {
  return tx.site.findFirst({ where: { id: siteId }, select: { questionDueDays: true, name: true, domains: { where: { isPrimary: true }, select: { host: true } } } });
}

export async function updateSiteQuestionSettings(tx: Db, params: { siteId: string; questionDueDays: number }) {
  return (await tx.site.updateMany({ where: { id: params.siteId }, data: { questionDueDays: params.questionDueDays } })).count;
}
