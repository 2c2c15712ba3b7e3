import type { Actor } from '@/server/actor';
import { dateOnly } from '@/lib/dates';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent, canPublishContent } from '@/modules/content/content.policy';
import { contentChanged } from '@/modules/content/content-events';
import { uniqueSlug } from '@/modules/content/slug';
import { mediaFileUrl } from '@/modules/media/media-url';
import { CITIZEN_ACTOR } from '@/modules/public-forms/citizen-actor';
import { enforceRateLimit } from '@/modules/rate-limit/rate-limit.service';
import { consultationPhase, draftArticles, type ConsultationPhase, type DraftArticle } from './consultation-window';
import {
  findCommentInSite,
  findConsultationForConsole,
  findConsultationsForConsole,
  findDocumentMediaOfSite,
  findMediaOfSite,
  findPublishedConsultationBySlug,
  findPublishedConsultations,
  insertComment,
  insertConsultation,
  setCommentStatus,
  slugTaken,
  updateConsultationRow,
} from './consultations.repository';
import { CommentSchema, ConsultationSchema, ReportSchema, type CommentInput, type ConsultationInput } from './consultations.schemas';

export const PHASE_LABELS: Record<ConsultationPhase, string> = { upcoming: 'Sắp lấy ý kiến', open: 'Đang lấy ý kiến', closed: 'Đã hết hạn lấy ý kiến' };

export async function listPublishedConsultations(params: { siteId: string; page?: number; now?: Date }) {
  const page = Math.max(1, params.page ?? 1);
  const pageSize = 10;
  const now = params.now ?? new Date();
  const [rows, total] = await findPublishedConsultations({ siteId: params.siteId, skip: (page - 1) * pageSize, take: pageSize });
  return {
    items: rows.map((r) => {
      const phase = consultationPhase({ startsOn: dateOnly(r.startsOn), endsOn: dateOnly(r.endsOn), now });
      return { slug: r.slug, title: r.title, summary: r.summary, unitName: r.unitName, startsOn: dateOnly(r.startsOn), endsOn: dateOnly(r.endsOn), phase, phaseLabel: PHASE_LABELS[phase], comments: r._count.comments, hasReport: !!r.reportPublishedAt };
    }),
    page,
    pageSize,
    total,
  };
}

export type PublicConsultation = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  articles: DraftArticle[];
  files: { url: string; name: string; size: number }[];
  unitName: string;
  unitAddress: string;
  unitEmail: string;
  startsOn: string;
  endsOn: string;
  phase: ConsultationPhase;
  phaseLabel: string;
  comments: { id: string; author: string; organisation: string | null; article: string | null; content: string; createdAt: string }[];
  report: string | null;
  reportPublishedAt: string | null;
};

export async function getPublishedConsultation(params: { siteId: string; slug: string; now?: Date }): Promise<PublicConsultation | null> {
  const row = await findPublishedConsultationBySlug(params);
  if (!row) return null;
  const files = await findMediaOfSite({ siteId: params.siteId, ids: row.fileIds });
  const phase = consultationPhase({ startsOn: dateOnly(row.startsOn), endsOn: dateOnly(row.endsOn), now: params.now ?? new Date() });
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    articles: draftArticles(row.body),
    files: row.fileIds.flatMap((id) => {
      const f = files.find((m) => m.id === id);
      return f ? [{ url: mediaFileUrl(f), name: f.originalName, size: f.size }] : [];
    }),
    unitName: row.unitName,
    unitAddress: row.unitAddress,
    unitEmail: row.unitEmail,
    startsOn: dateOnly(row.startsOn),
    endsOn: dateOnly(row.endsOn),
    phase,
    phaseLabel: PHASE_LABELS[phase],
    comments: row.comments.map((c) => ({ id: c.id, author: c.authorName, organisation: c.organisation, article: c.article, content: c.content, createdAt: c.createdAt.toISOString() })),
    report: row.reportPublishedAt ? row.report : null,
    reportPublishedAt: row.reportPublishedAt?.toISOString() ?? null,
  };
}

/**
 * A citizen or organisation comments (I2) while the draft is open — decided now, in Vietnam's calendar. The comment
 * waits for the board's moderation before it is shown.
 */
export async function submitComment(params: { siteId: string; address: string; slug: string; now?: Date }, input: CommentInput) {
  const data = parseInput(CommentSchema, input);
  const row = await findPublishedConsultationBySlug({ siteId: params.siteId, slug: params.slug });
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy dự thảo.');
  const phase = consultationPhase({ startsOn: dateOnly(row.startsOn), endsOn: dateOnly(row.endsOn), now: params.now ?? new Date() });
  if (phase === 'closed') throw new AppError('RULE_VIOLATION', `Đã hết thời hạn lấy ý kiến (đến hết ngày ${dateOnly(row.endsOn).split('-').reverse().join('/')}); góp ý không được tiếp nhận.`);
  if (phase === 'upcoming') throw new AppError('RULE_VIOLATION', `Chưa đến thời gian lấy ý kiến (từ ngày ${dateOnly(row.startsOn).split('-').reverse().join('/')}).`);
  if (data.article && !draftArticles(row.body).some((a) => a.label === data.article)) {
    throw new AppError('VALIDATION', 'Điều khoản góp ý không có trong dự thảo.', { article: 'Hãy chọn một điều của dự thảo hoặc "Toàn bộ dự thảo".' });
  }
  await enforceRateLimit('consultation.comment', { siteId: params.siteId, address: params.address });
  await withTransaction(async (tx) => {
    const c = await insertComment(tx, {
      siteId: params.siteId,
      consultationId: row.id,
      authorName: data.name,
      authorEmail: data.email,
      organisation: data.organisation ?? null,
      article: data.article ?? null,
      content: data.content,
    });
    await recordAudit(tx, CITIZEN_ACTOR, { siteId: params.siteId, action: 'consultation.comment', entity: 'consultation-comment', entityId: c.id, after: { consultationId: row.id, article: data.article ?? null } });
  });
}

// ── Console ──────────────────────────────────────────────────────────────────

function requireEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền quản lý lấy ý kiến dự thảo của trang này.');
}
function requirePublisher(actor: Actor, siteId: string) {
  if (!canPublishContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ ban biên tập (trưởng ban, phó trưởng ban) được đăng, kiểm duyệt góp ý và công bố báo cáo.');
}

async function checkFiles(siteId: string, ids: string[]) {
  const found = await findMediaOfSite({ siteId, ids });
  if (found.length !== new Set(ids).size || found.some((f) => f.kind !== 'DOCUMENT')) throw new AppError('VALIDATION', 'Tệp dự thảo phải là tệp văn bản trong thư viện của trang.', { fileIds: 'Tệp không hợp lệ.' });
}

function columns(data: ReturnType<typeof ConsultationSchema.parse>) {
  return {
    title: data.title,
    summary: data.summary,
    body: data.body,
    unitName: data.unitName,
    unitAddress: data.unitAddress,
    unitEmail: data.unitEmail,
    startsOn: new Date(`${data.startsOn}T00:00:00Z`),
    endsOn: new Date(`${data.endsOn}T00:00:00Z`),
    fileIds: [...new Set(data.fileIds)],
  };
}

export async function createConsultation(actor: Actor, siteId: string, input: ConsultationInput, options: { publish?: boolean; now?: Date } = {}) {
  requireEditor(actor, siteId);
  const data = parseInput(ConsultationSchema, input);
  if (options.publish) requirePublisher(actor, siteId);
  await checkFiles(siteId, data.fileIds);
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(data.title, (s) => slugTaken({ siteId, slug: s }, tx), 'du-thao');
    const row = await insertConsultation(tx, { siteId, slug, ...columns(data), status: options.publish ? 'PUBLISHED' : 'DRAFT', publishedAt: options.publish ? (options.now ?? new Date()) : null });
    await recordAudit(tx, actor, { siteId, action: options.publish ? 'consultation.publish' : 'consultation.create', entity: 'consultation', entityId: row.id, after: { title: data.title, startsOn: data.startsOn, endsOn: data.endsOn } });
    if (options.publish) await contentChanged(tx, { siteId, type: 'consultation', id: row.id, change: 'published' });
    return row;
  });
}

export async function updateConsultation(actor: Actor, siteId: string, id: string, input: ConsultationInput) {
  requireEditor(actor, siteId);
  const data = parseInput(ConsultationSchema, input);
  const before = await findConsultationForConsole({ siteId, id });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy dự thảo.');
  if (before.status === 'PUBLISHED') requirePublisher(actor, siteId);
  await checkFiles(siteId, data.fileIds);
  await withTransaction(async (tx) => {
    await updateConsultationRow(tx, { siteId, id, data: columns(data) });
    await recordAudit(tx, actor, { siteId, action: 'consultation.update', entity: 'consultation', entityId: id, before: { title: before.title, endsOn: dateOnly(before.endsOn) }, after: { title: data.title, endsOn: data.endsOn } });
    if (before.status === 'PUBLISHED') await contentChanged(tx, { siteId, type: 'consultation', id, change: 'published' });
  });
}

export async function setConsultationPublished(actor: Actor, siteId: string, id: string, publish: boolean, now: Date = new Date()) {
  requirePublisher(actor, siteId);
  const before = await findConsultationForConsole({ siteId, id });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy dự thảo.');
  await withTransaction(async (tx) => {
    await updateConsultationRow(tx, { siteId, id, data: publish ? { status: 'PUBLISHED', publishedAt: before.publishedAt ?? now } : { status: 'UNPUBLISHED' } });
    await recordAudit(tx, actor, { siteId, action: publish ? 'consultation.publish' : 'consultation.unpublish', entity: 'consultation', entityId: id, before: { status: before.status }, after: { status: publish ? 'PUBLISHED' : 'UNPUBLISHED' } });
    await contentChanged(tx, { siteId, type: 'consultation', id, change: publish ? 'published' : 'unpublished' });
  });
}

export async function moderateComment(actor: Actor, siteId: string, commentId: string, decision: 'approve' | 'hide', now: Date = new Date()) {
  requirePublisher(actor, siteId);
  const c = await findCommentInSite({ siteId, id: commentId });
  if (!c) throw new AppError('NOT_FOUND', 'Không tìm thấy góp ý.');
  const status = decision === 'approve' ? 'APPROVED' : 'HIDDEN';
  await withTransaction(async (tx) => {
    await setCommentStatus(tx, { siteId, id: commentId, status, moderatedById: actor.userId, at: now });
    await recordAudit(tx, actor, { siteId, action: decision === 'approve' ? 'consultation.comment-approve' : 'consultation.comment-hide', entity: 'consultation-comment', entityId: commentId, before: { status: c.status }, after: { status } });
    if (c.consultation.status === 'PUBLISHED') await contentChanged(tx, { siteId, type: 'consultation', id: c.consultationId, change: 'published' });
  });
}

/** Báo cáo tiếp thu, giải trình: published with the consultation once it is written. */
export async function publishReport(actor: Actor, siteId: string, id: string, input: { report: string }, now: Date = new Date()) {
  requirePublisher(actor, siteId);
  const { report } = parseInput(ReportSchema, input);
  const before = await findConsultationForConsole({ siteId, id });
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy dự thảo.');
  await withTransaction(async (tx) => {
    await updateConsultationRow(tx, { siteId, id, data: { report, reportPublishedAt: before.reportPublishedAt ?? now } });
    await recordAudit(tx, actor, { siteId, action: 'consultation.report', entity: 'consultation', entityId: id, after: { reportLength: report.length } });
    if (before.status === 'PUBLISHED') await contentChanged(tx, { siteId, type: 'consultation', id, change: 'published' });
  });
}

export async function listConsultationsForConsole(actor: Actor, siteId: string, now: Date = new Date()) {
  requireEditor(actor, siteId);
  const rows = await findConsultationsForConsole(siteId);
  return rows.map((r) => {
    const phase = consultationPhase({ startsOn: dateOnly(r.startsOn), endsOn: dateOnly(r.endsOn), now });
    return { id: r.id, title: r.title, status: r.status, startsOn: dateOnly(r.startsOn), endsOn: dateOnly(r.endsOn), phaseLabel: PHASE_LABELS[phase], pending: r._count.comments };
  });
}

export async function getConsultationForEditing(actor: Actor, siteId: string, id: string, now: Date = new Date()) {
  requireEditor(actor, siteId);
  const row = await findConsultationForConsole({ siteId, id });
  if (!row) return null;
  const phase = consultationPhase({ startsOn: dateOnly(row.startsOn), endsOn: dateOnly(row.endsOn), now });
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    title: row.title,
    summary: row.summary,
    body: row.body,
    unitName: row.unitName,
    unitAddress: row.unitAddress,
    unitEmail: row.unitEmail,
    startsOn: dateOnly(row.startsOn),
    endsOn: dateOnly(row.endsOn),
    fileIds: row.fileIds,
    phaseLabel: PHASE_LABELS[phase],
    report: row.report,
    reportPublished: !!row.reportPublishedAt,
    comments: row.comments.map((c) => ({ id: c.id, authorName: c.authorName, authorEmail: c.authorEmail, organisation: c.organisation, article: c.article, content: c.content, status: c.status, createdAt: c.createdAt.toISOString() })),
    canPublish: canPublishContent(actor, siteId),
  };
}

export async function listDraftFiles(actor: Actor, siteId: string) {
  requireEditor(actor, siteId);
  return (await findDocumentMediaOfSite(siteId)).map((m) => ({ id: m.id, name: m.originalName }));
}
