import { randomUUID } from 'node:crypto';
import { dateOnly } from '@/lib/dates';
import type { Actor } from '@/server/actor';
import { absoluteUrl } from '@/server/env';
import { AppError } from '@/server/errors';
import { logError } from '@/server/log';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { uniqueSlug } from '@/modules/content/slug';
import { findDirectoryEntries } from '@/modules/intro/directory.repository';
import { queueMail } from '@/modules/mail/mail.service';
import { detectFileType } from '@/modules/media/file-type';
import { putFile, readStored, removeMediaFolder, sanitiseImage } from '@/modules/media/media-storage';
import { safeFileName } from '@/modules/media/media.service';
import { CITIZEN_ACTOR } from '@/modules/public-forms/citizen-actor';
import { enforceRateLimit } from '@/modules/rate-limit/rate-limit.service';
import { findMembersOfSite } from '@/modules/users/users.repository';
import { ROLE_LABELS } from '@/modules/users/roles';
import type { QuestionStatus } from '@/generated/prisma/client';
import { isOverdue, questionDueDate, vnDate, workingDaysLeft } from './question-deadline';
import {
  codeExists,
  findPublishedQuestionBySlug,
  findPublishedQuestions,
  findQuestionByCode,
  findQuestionForConsole,
  findQuestionsForConsole,
  findSiteQuestionSettings,
  insertQuestion,
  slugTaken,
  updateQuestionRow,
  updateSiteQuestionSettings,
  type PublicQuestionRow,
  type QuestionRow,
} from './questions.repository';
import { canApproveAnswer, canAssignQuestions, canDraftAnswer, canManageQuestionSettings, canSeeAllQuestions, canSeeQuestion } from './questions.policy';
import {
  AnswerSchema,
  AskQuestionSchema,
  AssignQuestionSchema,
  MAX_ATTACHMENT_BYTES,
  QuestionSettingsSchema,
  ReturnAnswerSchema,
  TrackQuestionSchema,
  type AskQuestionInput,
  type AssignQuestionInput,
} from './questions.schemas';
import { generateTrackingCode, normaliseTrackingCode } from './tracking-code';

export const QUESTIONS_PAGE_SIZE = 10;
/** Paths of /hoi-dap that are pages, not questions. */
const RESERVED_SLUGS = new Set(['tra-cuu', 'gui-cau-hoi']);

export const PUBLIC_STATUS_LABELS: Record<QuestionStatus, string> = {
  RECEIVED: 'Đã tiếp nhận, chờ phân công xử lý',
  ASSIGNED: 'Đang xử lý',
  PENDING_APPROVAL: 'Đang xử lý',
  ANSWERED: 'Đã trả lời',
};

export const CONSOLE_STATUS_LABELS: Record<QuestionStatus, string> = {
  RECEIVED: 'Mới tiếp nhận',
  ASSIGNED: 'Đã giao xử lý',
  PENDING_APPROVAL: 'Chờ duyệt trả lời',
  ANSWERED: 'Đã trả lời',
};

/** The asker as the public sees them (I1: personal data hidden). */
export const PUBLIC_ASKER = 'Công dân';


export type PublicQuestion = { slug: string; field: string; title: string; content: string; answer: string; asker: string; askedAt: string; answeredAt: string | null };

function toPublic(row: PublicQuestionRow): PublicQuestion {
  return {
    slug: row.slug,
    field: row.field,
    title: row.title,
    content: row.content,
    answer: row.answer ?? '',
    asker: PUBLIC_ASKER,
    askedAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}

// ── Public ───────────────────────────────────────────────────────────────────

const ATTACHMENT_MESSAGE = 'Tệp đính kèm phải là PDF, DOC, DOCX hoặc ảnh (JPEG, PNG, WebP), tối đa 10 MB.';

/** Reads and checks an optional attachment from its bytes (never the name or the browser's claim). */
async function readAttachment(file: File | null | undefined) {
  if (!file || !(file instanceof File) || file.size === 0) return null;
  if (file.size > MAX_ATTACHMENT_BYTES) throw new AppError('VALIDATION', ATTACHMENT_MESSAGE, { attachment: 'Tệp đính kèm quá lớn (tối đa 10 MB).' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectFileType(bytes, file.name);
  const allowed = type && (type.kind === 'IMAGE' ? ['image/jpeg', 'image/png', 'image/webp'].includes(type.mimeType) : ['pdf', 'doc', 'docx'].includes(type.ext));
  if (!type || !allowed) throw new AppError('VALIDATION', ATTACHMENT_MESSAGE, { attachment: ATTACHMENT_MESSAGE });
  if (type.kind === 'IMAGE') {
    // Re-encoded without metadata: a phone photo's GPS position is never stored.
    try {
      const clean = await sanitiseImage(bytes, type.mimeType);
      return { data: clean.data as Uint8Array, mimeType: clean.mimeType, fileName: safeFileName(file.name, clean.ext) };
    } catch {
      throw new AppError('VALIDATION', 'Ảnh đính kèm bị hỏng, không đọc được.', { attachment: 'Ảnh đính kèm bị hỏng, không đọc được.' });
    }
  }
  return { data: bytes, mimeType: type.mimeType, fileName: safeFileName(file.name, type.ext) };
}

/**
 * A citizen asks (I1). Validation first (a person correcting a mistake is not counted), then the rate limits, then
 * one transaction stores the question, its audit entry and the confirmation mail job: if the mail server is down
 * nothing is lost, the job retries.
 */
export async function askQuestion(params: { siteId: string; address: string; now?: Date }, input: AskQuestionInput, file?: File | null) {
  const data = parseInput(AskQuestionSchema, input);
  const attachment = await readAttachment(file);
  await enforceRateLimit('question.ask', { siteId: params.siteId, address: params.address });
  const settings = await findSiteQuestionSettings(params.siteId);
  if (!settings) throw new AppError('NOT_FOUND', 'Không tìm thấy trang.');
  const now = params.now ?? new Date();
  const id = randomUUID();
  const key = attachment ? `${params.siteId}/questions/${id}/${attachment.fileName}` : null;
  if (attachment && key) await putFile(key, attachment.data);
  try {
    return await withTransaction(async (tx) => {
      let code = generateTrackingCode(Number(vnDate(now).slice(0, 4)));
      for (let i = 0; i < 5 && (await codeExists({ siteId: params.siteId, code }, tx)); i++) code = generateTrackingCode(Number(vnDate(now).slice(0, 4)));
      const slug = await uniqueSlug(data.title, (s) => (RESERVED_SLUGS.has(s) ? Promise.resolve(true) : slugTaken({ siteId: params.siteId, slug: s }, tx)), 'cau-hoi');
      const dueDate = questionDueDate(now, settings.questionDueDays);
      await insertQuestion(tx, {
        id,
        siteId: params.siteId,
        code,
        slug,
        askerName: data.name,
        askerEmail: data.email,
        askerPhone: data.phone ?? null,
        askerAddress: data.address ?? null,
        field: data.field,
        title: data.title,
        content: data.content,
        dueDate: new Date(`${dueDate}T00:00:00Z`),
        createdAt: now,
        ...(attachment && key ? { attachmentKey: key, attachmentName: attachment.fileName, attachmentType: attachment.mimeType, attachmentSize: attachment.data.byteLength } : {}),
      });
      await recordAudit(tx, CITIZEN_ACTOR, { siteId: params.siteId, action: 'question.receive', entity: 'question', entityId: id, after: { code, title: data.title, field: data.field } });
      const host = settings.domains[0]?.host ?? '';
      await queueMail(
        tx,
        {
          to: data.email,
          subject: `[${settings.name}] Đã tiếp nhận câu hỏi ${code}`,
          text: [
            `Kính gửi ông/bà ${data.name},`,
            '',
            `${settings.name} đã tiếp nhận câu hỏi "${data.title}" của ông/bà.`,
            `Mã tra cứu: ${code}`,
            `Hạn trả lời dự kiến: ${dueDate.split('-').reverse().join('/')}`,
            '',
            `Ông/bà có thể theo dõi tình trạng xử lý tại ${absoluteUrl(host, '/hoi-dap/tra-cuu')} bằng mã tra cứu trên. Vui lòng giữ kín mã này.`,
            '',
            'Thư này được gửi tự động, vui lòng không trả lời.',
          ].join('\n'),
        },
        { siteId: params.siteId },
      );
      return { code, dueDate };
    });
  } catch (e) {
    if (key) await removeMediaFolder(params.siteId, `questions/${id}`).catch((err) => logError('question attachment cleanup failed', err, { siteId: params.siteId, id }));
    throw e;
  }
}

export type TrackedQuestion = {
  code: string;
  field: string;
  title: string;
  content: string;
  status: QuestionStatus;
  statusLabel: string;
  askedAt: string;
  dueDate: string;
  answer: string | null;
  answeredAt: string | null;
  publicPath: string | null;
};

/**
 * The tracking page (I1): the code alone shows only the question it belongs to on this site — its text, status and
 * answer, never the asker's name or contacts. Every attempt counts towards the rate limit, found or not.
 */
export async function trackQuestion(params: { siteId: string; address: string }, input: { code: string }): Promise<TrackedQuestion> {
  const { code: typed } = parseInput(TrackQuestionSchema, input);
  await enforceRateLimit('question.track', { siteId: params.siteId, address: params.address });
  const code = normaliseTrackingCode(typed);
  const notFound = new AppError('NOT_FOUND', 'Không tìm thấy câu hỏi với mã tra cứu này trên trang. Hãy kiểm tra lại mã trong thư xác nhận.', { code: 'Không tìm thấy câu hỏi với mã này.' });
  if (!code) throw new AppError('VALIDATION', 'Mã tra cứu không đúng dạng, ví dụ HD-2026-7KQ4M9XA.', { code: 'Mã tra cứu không đúng dạng, ví dụ HD-2026-7KQ4M9XA.' });
  const row = await findQuestionByCode({ siteId: params.siteId, code });
  if (!row) throw notFound;
  const answered = row.status === 'ANSWERED';
  return {
    code: row.code,
    field: row.field,
    title: row.title,
    content: row.content,
    status: row.status,
    statusLabel: PUBLIC_STATUS_LABELS[row.status],
    askedAt: row.createdAt.toISOString(),
    dueDate: dateOnly(row.dueDate),
    answer: answered ? row.answer : null,
    answeredAt: answered ? (row.answeredAt?.toISOString() ?? null) : null,
    publicPath: answered && row.isPublished ? `/hoi-dap/${row.slug}` : null,
  };
}

export async function listPublishedQuestions(params: { siteId: string; field?: string; page?: number; pageSize?: number }) {
  const page = Math.max(1, params.page ?? 1);
  const pageSize = params.pageSize ?? QUESTIONS_PAGE_SIZE;
  const [rows, total] = await findPublishedQuestions({ siteId: params.siteId, field: params.field, skip: (page - 1) * pageSize, take: pageSize });
  return { items: rows.map(toPublic), page, pageSize, total };
}

export async function getPublishedQuestion(params: { siteId: string; slug: string }): Promise<PublicQuestion | null> {
  const row = await findPublishedQuestionBySlug(params);
  return row ? toPublic(row) : null;
}

// ── Console ──────────────────────────────────────────────────────────────────

export type ConsoleQuestionTab = 'tat-ca' | 'qua-han' | 'moi' | 'dang-xu-ly' | 'cho-duyet' | 'da-tra-loi';

const TAB_STATUS: Partial<Record<ConsoleQuestionTab, QuestionStatus>> = { moi: 'RECEIVED', 'dang-xu-ly': 'ASSIGNED', 'cho-duyet': 'PENDING_APPROVAL', 'da-tra-loi': 'ANSWERED' };

function requireViewer(actor: Actor, siteId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem câu hỏi của trang này.');
}

export async function listQuestionsForConsole(actor: Actor, siteId: string, params: { tab: ConsoleQuestionTab; page: number; now?: Date }) {
  requireViewer(actor, siteId);
  const now = params.now ?? new Date();
  const pageSize = 30;
  const [rows, total] = await findQuestionsForConsole({
    siteId,
    status: TAB_STATUS[params.tab],
    overdueBefore: params.tab === 'qua-han' ? new Date(`${vnDate(now)}T00:00:00Z`) : undefined,
    assigneeUserId: canSeeAllQuestions(actor, siteId) ? undefined : (actor.userId ?? '00000000-0000-0000-0000-000000000000'),
    skip: (params.page - 1) * pageSize,
    take: pageSize,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      field: r.field,
      status: r.status,
      statusLabel: CONSOLE_STATUS_LABELS[r.status],
      dueDate: dateOnly(r.dueDate),
      overdue: isOverdue({ dueDate: dateOnly(r.dueDate), answered: r.status === 'ANSWERED', now }),
      daysLeft: workingDaysLeft({ dueDate: dateOnly(r.dueDate), now }),
      createdAt: r.createdAt.toISOString(),
      assignedUnit: r.assignedUnit,
      assigned: Boolean(r.assigneeUserId || r.assignedUnit),
      isPublished: r.isPublished,
    })),
    total,
    page: params.page,
    pageSize,
  };
}

async function loadVisible(actor: Actor, siteId: string, id: string): Promise<QuestionRow> {
  const row = await findQuestionForConsole({ siteId, id });
  if (!row || !canSeeQuestion(actor, siteId, row)) throw new AppError('NOT_FOUND', 'Không tìm thấy câu hỏi.');
  return row;
}

export async function getQuestionForConsole(actor: Actor, siteId: string, id: string, now: Date = new Date()) {
  requireViewer(actor, siteId);
  const row = await findQuestionForConsole({ siteId, id });
  if (!row || !canSeeQuestion(actor, siteId, row)) return null;
  const [members, directory, settings] = await Promise.all([findMembersOfSite(siteId), findDirectoryEntries(siteId), findSiteQuestionSettings(siteId)]);
  const nameOf = (userId: string | null) => (userId ? (members.find((m) => m.user.id === userId)?.user.name ?? 'Tài khoản đã rời trang') : null);
  return {
    id: row.id,
    code: row.code,
    slug: row.slug,
    askerName: row.askerName,
    askerEmail: row.askerEmail,
    askerPhone: row.askerPhone,
    askerAddress: row.askerAddress,
    field: row.field,
    title: row.title,
    content: row.content,
    attachment: row.attachmentKey ? { name: row.attachmentName ?? 'tep', type: row.attachmentType ?? '', size: row.attachmentSize ?? 0 } : null,
    status: row.status,
    statusLabel: CONSOLE_STATUS_LABELS[row.status],
    dueDate: dateOnly(row.dueDate),
    overdue: isOverdue({ dueDate: dateOnly(row.dueDate), answered: row.status === 'ANSWERED', now }),
    createdAt: row.createdAt.toISOString(),
    assigneeUserId: row.assigneeUserId,
    assigneeName: nameOf(row.assigneeUserId),
    assignedUnit: row.assignedUnit,
    answer: row.answer,
    answerDraftedBy: nameOf(row.answerDraftedById),
    answerApprovedBy: nameOf(row.answerApprovedById),
    returnReason: row.returnReason,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    isPublished: row.isPublished,
    publicHost: settings?.domains[0]?.host ?? null,
    members: members.filter((m) => !m.user.disabledAt).map((m) => ({ userId: m.user.id, name: m.user.name, role: ROLE_LABELS[m.role] })),
    units: directory.map((d) => d.unit),
    can: {
      assign: canAssignQuestions(actor, siteId) && row.status !== 'ANSWERED',
      draft: canDraftAnswer(actor, siteId, row) && row.status !== 'ANSWERED',
      approve: row.status === 'PENDING_APPROVAL' && canApproveAnswer(actor, siteId, row),
      ownDraft: row.status === 'PENDING_APPROVAL' && row.answerDraftedById === actor.userId,
      publish: row.status === 'ANSWERED' && canAssignQuestions(actor, siteId),
    },
  };
}

export async function assignQuestion(actor: Actor, siteId: string, id: string, input: AssignQuestionInput) {
  if (!canAssignQuestions(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ trưởng ban, phó trưởng ban biên tập được phân công xử lý câu hỏi.');
  const data = parseInput(AssignQuestionSchema, input);
  const before = await loadVisible(actor, siteId, id);
  if (before.status === 'ANSWERED') throw new AppError('RULE_VIOLATION', 'Câu hỏi đã được trả lời, không phân công lại.');
  if (data.assigneeUserId) {
    const members = await findMembersOfSite(siteId);
    if (!members.some((m) => m.user.id === data.assigneeUserId && !m.user.disabledAt))
      throw new AppError('VALIDATION', 'Người được giao phải là thành viên của trang.', { assigneeUserId: 'Người được giao phải là thành viên của trang.' });
  }
  await withTransaction(async (tx) => {
    const changed = await updateQuestionRow(tx, {
      siteId,
      id,
      fromStatus: ['RECEIVED', 'ASSIGNED', 'PENDING_APPROVAL'],
      data: {
        assigneeUserId: data.assigneeUserId ?? null,
        assignedUnit: data.assignedUnit ?? null,
        ...(data.dueDate ? { dueDate: new Date(`${data.dueDate}T00:00:00Z`) } : {}),
        ...(before.status === 'RECEIVED' ? { status: 'ASSIGNED' } : {}),
      },
    });
    if (changed === 0) throw new AppError('CONFLICT', 'Câu hỏi vừa được người khác xử lý; hãy tải lại trang.');
    await recordAudit(tx, actor, {
      siteId,
      action: 'question.assign',
      entity: 'question',
      entityId: id,
      before: { status: before.status, assigneeUserId: before.assigneeUserId, assignedUnit: before.assignedUnit, dueDate: dateOnly(before.dueDate) },
      after: { assigneeUserId: data.assigneeUserId ?? null, assignedUnit: data.assignedUnit ?? null, dueDate: data.dueDate ?? dateOnly(before.dueDate) },
    });
  });
}

/** Saves the answer and sends it for approval. */
export async function draftAnswer(actor: Actor, siteId: string, id: string, input: { answer: string }) {
  const before = await loadVisible(actor, siteId, id);
  if (!canDraftAnswer(actor, siteId, before)) throw new AppError('FORBIDDEN', 'Bạn không được giao trả lời câu hỏi này.');
  const data = parseInput(AnswerSchema, input);
  await withTransaction(async (tx) => {
    const changed = await updateQuestionRow(tx, {
      siteId,
      id,
      fromStatus: ['RECEIVED', 'ASSIGNED', 'PENDING_APPROVAL'],
      data: { answer: data.answer, answerDraftedById: actor.userId, status: 'PENDING_APPROVAL', returnReason: null },
    });
    if (changed === 0) throw new AppError('RULE_VIOLATION', 'Câu hỏi đã được trả lời; không sửa được câu trả lời.');
    await recordAudit(tx, actor, { siteId, action: 'question.draft', entity: 'question', entityId: id, before: { status: before.status }, after: { status: 'PENDING_APPROVAL' } });
  });
}

/** The head or a deputy approves (never their own draft): the answer goes to the citizen and, if chosen, the public. */
export async function approveAnswer(actor: Actor, siteId: string, id: string, input: { publish: boolean }, now: Date = new Date()) {
  const before = await loadVisible(actor, siteId, id);
  if (before.status !== 'PENDING_APPROVAL') throw new AppError('RULE_VIOLATION', 'Câu hỏi không ở trạng thái chờ duyệt trả lời.');
  if (before.answerDraftedById && before.answerDraftedById === actor.userId) throw new AppError('FORBIDDEN', 'Không ai tự duyệt câu trả lời do mình soạn.');
  if (!canApproveAnswer(actor, siteId, before)) throw new AppError('FORBIDDEN', 'Chỉ trưởng ban, phó trưởng ban biên tập được duyệt câu trả lời.');
  const settings = await findSiteQuestionSettings(siteId);
  await withTransaction(async (tx) => {
    const changed = await updateQuestionRow(tx, {
      siteId,
      id,
      fromStatus: ['PENDING_APPROVAL'],
      data: { status: 'ANSWERED', answerApprovedById: actor.userId, answeredAt: now, isPublished: input.publish, publishedAt: input.publish ? now : null },
    });
    if (changed === 0) throw new AppError('CONFLICT', 'Câu hỏi vừa được người khác xử lý; hãy tải lại trang.');
    await recordAudit(tx, actor, { siteId, action: 'question.approve', entity: 'question', entityId: id, before: { status: before.status }, after: { status: 'ANSWERED', published: input.publish } });
    if (input.publish) {
      await recordAudit(tx, actor, { siteId, action: 'question.publish', entity: 'question', entityId: id, after: { published: true } });
      await contentChanged(tx, { siteId, type: 'question', id, change: 'published' });
    }
    const host = settings?.domains[0]?.host ?? '';
    await queueMail(
      tx,
      {
        to: before.askerEmail,
        subject: `[${settings?.name ?? 'Cổng thông tin'}] Trả lời câu hỏi ${before.code}`,
        text: [
          `Kính gửi ông/bà ${before.askerName},`,
          '',
          `${settings?.name ?? 'Cơ quan'} trả lời câu hỏi "${before.title}" (mã ${before.code}) của ông/bà như sau:`,
          '',
          before.answer ?? '',
          '',
          input.publish ? `Câu hỏi và câu trả lời được đăng công khai (không kèm thông tin cá nhân) tại ${absoluteUrl(host, `/hoi-dap/${before.slug}`)}.` : `Ông/bà có thể xem lại tại ${absoluteUrl(host, '/hoi-dap/tra-cuu')} bằng mã tra cứu.`,
          '',
          'Thư này được gửi tự động, vui lòng không trả lời.',
        ].join('\n'),
      },
      { siteId },
    );
  });
}

export async function returnAnswer(actor: Actor, siteId: string, id: string, input: { reason: string }) {
  const before = await loadVisible(actor, siteId, id);
  if (!canAssignQuestions(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ trưởng ban, phó trưởng ban biên tập được trả lại câu trả lời.');
  const { reason } = parseInput(ReturnAnswerSchema, input);
  await withTransaction(async (tx) => {
    const changed = await updateQuestionRow(tx, { siteId, id, fromStatus: ['PENDING_APPROVAL'], data: { status: 'ASSIGNED', returnReason: reason } });
    if (changed === 0) throw new AppError('RULE_VIOLATION', 'Câu hỏi không ở trạng thái chờ duyệt trả lời.');
    await recordAudit(tx, actor, { siteId, action: 'question.return', entity: 'question', entityId: id, before: { status: before.status }, after: { status: 'ASSIGNED', reason } });
  });
}

export async function setQuestionPublished(actor: Actor, siteId: string, id: string, publish: boolean, now: Date = new Date()) {
  if (!canAssignQuestions(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ trưởng ban, phó trưởng ban biên tập được đăng hoặc gỡ câu hỏi.');
  const before = await loadVisible(actor, siteId, id);
  if (before.status !== 'ANSWERED') throw new AppError('RULE_VIOLATION', 'Chỉ câu hỏi đã được trả lời mới đăng công khai được.');
  await withTransaction(async (tx) => {
    await updateQuestionRow(tx, { siteId, id, fromStatus: ['ANSWERED'], data: { isPublished: publish, publishedAt: publish ? (before.publishedAt ?? now) : before.publishedAt } });
    await recordAudit(tx, actor, { siteId, action: publish ? 'question.publish' : 'question.unpublish', entity: 'question', entityId: id, before: { published: before.isPublished }, after: { published: publish } });
    await contentChanged(tx, { siteId, type: 'question', id, change: publish ? 'published' : 'unpublished' });
  });
}

export async function getQuestionSettings(actor: Actor, siteId: string) {
  requireViewer(actor, siteId);
  const s = await findSiteQuestionSettings(siteId);
  return { questionDueDays: s?.questionDueDays ?? 15, canManage: canManageQuestionSettings(actor, siteId) };
}

export async function updateQuestionSettings(actor: Actor, siteId: string, input: { questionDueDays: unknown }) {
  if (!canManageQuestionSettings(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ quản trị cao nhất hoặc trưởng ban biên tập được đổi thời hạn trả lời.');
  const data = parseInput(QuestionSettingsSchema, input);
  const before = await findSiteQuestionSettings(siteId);
  await withTransaction(async (tx) => {
    await updateSiteQuestionSettings(tx, { siteId, questionDueDays: data.questionDueDays });
    await recordAudit(tx, actor, { siteId, action: 'question.settings', entity: 'question-settings', entityId: siteId, before: { questionDueDays: before?.questionDueDays }, after: data });
  });
}

/** The attachment, for the console only (it may carry personal data; never served on a public host). */
export async function readQuestionAttachment(actor: Actor, siteId: string, id: string) {
  const row = await loadVisible(actor, siteId, id);
  if (!row.attachmentKey) return null;
  const data = await readStored(row.attachmentKey);
  return data ? { data, contentType: row.attachmentType ?? 'application/octet-stream', fileName: row.attachmentName ?? 'tep' } : null;
}
