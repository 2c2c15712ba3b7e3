import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { CommentStatus, Prisma } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';

export function findPublishedConsultations(params: { siteId: string; skip: number; take: number }) {
  const where: Prisma.ConsultationWhereInput = { siteId: params.siteId, ...publishedWhere() };
  return db().$transaction([
    db().consultation.findMany({
      where,
      orderBy: [{ endsOn: 'desc' }, { id: 'desc' }],
      skip: params.skip,
      take: params.take,
      select: { slug: true, title: true, summary: true, startsOn: true, endsOn: true, unitName: true, reportPublishedAt: true, _count: { select: { comments: { where: { status: 'APPROVED' } } } } },
    }),
    db().consultation.count({ where }),
  ]);
}

export function findPublishedConsultationBySlug(params: { siteId: string; slug: string }) {
  return db().consultation.findFirst({
    where: { siteId: params.siteId, slug: params.slug, ...publishedWhere() },
    include: {
      comments: {
        where: { siteId: params.siteId, status: 'APPROVED' },
        orderBy: { createdAt: 'asc' },
        // Published comments show the name and organisation the person gave, never their e-mail.
        select: { id: true, authorName: true, organisation: true, article: true, content: true, createdAt: true },
      },
    },
  });
}

export function findMediaOfSite(params: { siteId: string; ids: string[] }) {
  if (params.ids.length === 0) return Promise.resolve([]);
  return db().media.findMany({ where: { siteId: params.siteId, id: { in: params.ids } }, select: { id: true, siteId: true, fileName: true, originalName: true, mimeType: true, size: true, kind: true } });
}

export function findDocumentMediaOfSite(siteId: string) {
  return db().media.findMany({ where: { siteId, kind: 'DOCUMENT' }, orderBy: { createdAt: 'desc' }, take: 200, select: { id: true, originalName: true, fileName: true } });
}

export function insertComment(tx: Db, data: Prisma.ConsultationCommentUncheckedCreateInput) {
  return tx.consultationComment.create({ data, select: { id: true } });
}

export function slugTaken(params: { siteId: string; slug: string; exceptId?: string }, tx: Db) {
  return tx.consultation.findFirst({ where: { siteId: params.siteId, slug: params.slug, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) }, select: { id: true } }).then(Boolean);
}

export function insertConsultation(tx: Db, data: Prisma.ConsultationUncheckedCreateInput) {
  return tx.consultation.create({ data, select: { id: true, slug: true } });
}

export async function updateConsultationRow(tx: Db, params: { siteId: string; id: string; data: Prisma.ConsultationUncheckedUpdateManyInput }) {
  return (await tx.consultation.updateMany({ where: { siteId: params.siteId, id: params.id }, data: params.data })).count;
}

export function findConsultationsForConsole(siteId: string) {
  return db().consultation.findMany({
    where: { siteId },
    orderBy: [{ updatedAt: 'desc' }],
    take: 200,
    select: { id: true, title: true, slug: true, status: true, startsOn: true, endsOn: true, _count: { select: { comments: { where: { status: 'PENDING' } } } } },
  });
}

export function findConsultationForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.consultation.findFirst({
    where: { siteId: params.siteId, id: params.id },
    include: { comments: { where: { siteId: params.siteId }, orderBy: { createdAt: 'asc' } } },
  });
}

export function findCommentInSite(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.consultationComment.findFirst({ where: { siteId: params.siteId, id: params.id }, select: { id: true, status: true, consultationId: true, consultation: { select: { status: true } } } });
}

export async function setCommentStatus(tx: Db, params: { siteId: string; id: string; status: CommentStatus; moderatedById: string | null; at: Date }) {
  return (await tx.consultationComment.updateMany({ where: { siteId: params.siteId, id: params.id }, data: { status: params.status, moderatedById: params.moderatedById, moderatedAt: params.at } })).count;
}
