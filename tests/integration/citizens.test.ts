import { PrismaPg } from '@prisma/adapter-pg';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';
import { runDueJobs } from '@/modules/jobs/job-worker';
import { registerMailJobs } from '@/modules/mail/mail.service';
import { enforceRateLimit } from '@/modules/rate-limit/rate-limit.service';
import { assertNotSpam, HONEYPOT_FIELD } from '@/modules/public-forms/public-form';
import {
  approveAnswer,
  askQuestion,
  assignQuestion,
  draftAnswer,
  getPublishedQuestion,
  getQuestionForConsole,
  listPublishedQuestions,
  listQuestionsForConsole,
  returnAnswer,
  trackQuestion,
} from '@/modules/questions/questions.service';
import { createConsultation, getPublishedConsultation, moderateComment, getConsultationForEditing, publishReport, submitComment } from '@/modules/consultations/consultations.service';
import { getFeedbackSummary, submitPageFeedback, submitRating } from '@/modules/feedback/feedback.service';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, smallProvince } from '../helpers/fixtures';
import { header, startSmtpServer, textBody } from '../helpers/smtp';

beforeAll(registerMailJobs);
beforeEach(resetDatabase);
afterEach(() => {
  delete process.env.SMTP_URL;
});

const question = {
  name: 'Nguyễn Văn An',
  email: 'nguyenvanan@example.vn',
  phone: '0905 111 222',
  address: '12 Trần Phú, Nha Trang',
  field: 'Hành chính, thủ tục' as const,
  title: 'Thủ tục cấp lại giấy khai sinh',
  content: 'Tôi cần cấp lại bản chính giấy khai sinh đã bị mất, xin hướng dẫn thủ tục.',
};
const codeIn = (text: string) => /HD-\d{4}-[A-Z0-9]{8}/.exec(text)?.[0];

describe('questions (I1) with a real SMTP server', () => {
  it('ask → stored, confirmation mail with the code; assign → draft → approve by another → answer mail, published without personal data', async () => {
    const smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    try {
      const { root } = await smallProvince();
      const board = await editorialBoard(root.id, 'qa');
      const asked = await askQuestion({ siteId: root.id, address: '203.0.113.5' }, question);
      expect(asked.code).toMatch(/^HD-\d{4}-[23456789A-Z]{8}$/);
      await runDueJobs();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual(['nguyenvanan@example.vn']);
      expect(header(smtp.received[0]!.raw, 'Subject')).toContain(asked.code);
      expect(codeIn(textBody(smtp.received[0]!.raw))).toBe(asked.code);

      const tracked = await trackQuestion({ siteId: root.id, address: '203.0.113.5' }, { code: asked.code.toLowerCase() });
      expect(tracked).toMatchObject({ title: question.title, statusLabel: 'Đã tiếp nhận, chờ phân công xử lý', answer: null });
      expect(JSON.stringify(tracked)).not.toMatch(/Nguyễn Văn An|nguyenvanan|0905|Trần Phú/);

      const { items } = await listQuestionsForConsole(board.head, root.id, { tab: 'moi', page: 1 });
      const id = items[0]!.id;
      await expect(assignQuestion(board.editor, root.id, id, { assigneeUserId: board.editor.userId })).rejects.toThrow('Chỉ trưởng ban, phó trưởng ban biên tập được phân công');
      await assignQuestion(board.head, root.id, id, { assigneeUserId: board.contributor.userId, assignedUnit: 'Phòng Tư pháp' });
      // The assigned contributor sees and answers it; the head drafts nothing, so the head may approve.
      expect((await getQuestionForConsole(board.contributor, root.id, id))?.can.draft).toBe(true);
      await draftAnswer(board.contributor, root.id, id, { answer: 'Ông/bà nộp tờ khai tại Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh.' });
      await returnAnswer(board.deputy, root.id, id, { reason: 'Bổ sung thời hạn giải quyết.' });
      await draftAnswer(board.head, root.id, id, { answer: 'Ông/bà nộp tờ khai tại Ủy ban nhân dân cấp xã; thời hạn 3 ngày làm việc.' });
      await expect(approveAnswer(board.head, root.id, id, { publish: true })).rejects.toThrow('Không ai tự duyệt câu trả lời do mình soạn.');
      await expect(approveAnswer(board.editor, root.id, id, { publish: true })).rejects.toThrow('Chỉ trưởng ban, phó trưởng ban biên tập được duyệt câu trả lời.');
      await approveAnswer(board.deputy, root.id, id, { publish: true });
      await runDueJobs();
      expect(smtp.received).toHaveLength(2);
      const answerMail = textBody(smtp.received[1]!.raw);
      expect(header(smtp.received[1]!.raw, 'Subject')).toContain(`Trả lời câu hỏi ${asked.code}`);
      expect(answerMail).toContain('thời hạn 3 ngày làm việc');

      const list = await listPublishedQuestions({ siteId: root.id });
      expect(list.items.map((q) => q.title)).toEqual([question.title]);
      const published = await getPublishedQuestion({ siteId: root.id, slug: list.items[0]!.slug });
      expect(published).toMatchObject({ asker: 'Công dân', answer: 'Ông/bà nộp tờ khai tại Ủy ban nhân dân cấp xã; thời hạn 3 ngày làm việc.' });
      expect(JSON.stringify(published)).not.toMatch(/Nguyễn Văn An|nguyenvanan|0905|Trần Phú/);
      expect((await trackQuestion({ siteId: root.id, address: '203.0.113.5' }, { code: asked.code })).statusLabel).toBe('Đã trả lời');

      const audit = await sql<{ action: string }>('SELECT action FROM audit_logs WHERE "entityId" = $1 ORDER BY "createdAt", id', [id]);
      expect(audit.map((a) => a.action)).toEqual(['question.receive', 'question.assign', 'question.draft', 'question.return', 'question.draft', 'question.approve', 'question.publish']);
      // Personal data stays out of the audit log.
      expect(JSON.stringify(await sql('SELECT before, after FROM audit_logs'))).not.toMatch(/nguyenvanan|0905/);
    } finally {
      await smtp.close();
    }
  });

  it('keeps the question and its mail while the SMTP server is down; the mail goes out when it is back', async () => {
    const down = await startSmtpServer();
    const url = down.url;
    await down.close();
    process.env.SMTP_URL = url;
    const { root } = await smallProvince();
    const asked = await askQuestion({ siteId: root.id, address: '203.0.113.6' }, question);
    await runDueJobs();
    expect(await sql('SELECT code FROM questions')).toEqual([{ code: asked.code }]);
    const [pending] = await sql<{ status: string; lastError: string }>('SELECT status, "lastError" FROM jobs');
    expect(pending!.status).toBe('PENDING');
    expect(pending!.lastError).not.toContain('nguyenvanan@example.vn');
    const up = await startSmtpServer();
    process.env.SMTP_URL = up.url;
    try {
      await sql('UPDATE jobs SET "runAt" = now()');
      await runDueJobs();
      expect(up.received).toHaveLength(1);
      expect(codeIn(textBody(up.received[0]!.raw))).toBe(asked.code);
    } finally {
      await up.close();
    }
  });

  it('never shows one site’s question on another, not even by its code', async () => {
    const { root, dept } = await smallProvince();
    const boardB = await editorialBoard(dept.id, 'b');
    const asked = await askQuestion({ siteId: root.id, address: '203.0.113.7' }, question);
    await expect(trackQuestion({ siteId: dept.id, address: '203.0.113.7' }, { code: asked.code })).rejects.toThrow('Không tìm thấy câu hỏi với mã tra cứu này trên trang.');
    expect((await listQuestionsForConsole(boardB.head, dept.id, { tab: 'tat-ca', page: 1 })).total).toBe(0);
    const [{ id }] = await sql<{ id: string }>('SELECT id FROM questions');
    expect(await getQuestionForConsole(boardB.head, dept.id, id!)).toBeNull();
    await expect(assignQuestion(boardB.head, dept.id, id!, { assignedUnit: 'Phòng khác' })).rejects.toThrow('Không tìm thấy câu hỏi.');
    await expect(getQuestionForConsole(boardB.head, root.id, id!)).rejects.toThrow('Bạn không có quyền xem câu hỏi của trang này.');
  });

  it('refuses bad input in Vietnamese and a filled spam trap', async () => {
    const { root } = await smallProvince();
    await expect(askQuestion({ siteId: root.id, address: '203.0.113.8' }, { ...question, email: 'sai' })).rejects.toThrow('Thư điện tử không đúng dạng');
    const pdfAsImage = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], 'anh.jpg', { type: 'image/jpeg' });
    await expect(askQuestion({ siteId: root.id, address: '203.0.113.8' }, question, pdfAsImage)).rejects.toThrow('Tệp đính kèm phải là PDF, DOC, DOCX hoặc ảnh');
    const form = new FormData();
    form.set(HONEYPOT_FIELD, 'http://spam.example');
    expect(() => assertNotSpam(form)).toThrow('Không gửi được biểu mẫu.');
    expect(await sql('SELECT id FROM questions')).toEqual([]);
  });

  it('stores a PDF attachment checked by its bytes', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'att');
    void dept;
    const pdf = new File([new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')], 'Đơn kiến nghị.pdf', { type: 'application/octet-stream' });
    await askQuestion({ siteId: root.id, address: '203.0.113.9' }, question, pdf);
    const [{ id }] = await sql<{ id: string }>('SELECT id FROM questions');
    expect((await getQuestionForConsole(board.head, root.id, id!))?.attachment).toMatchObject({ name: 'don-kien-nghi.pdf', type: 'application/pdf' });
  });
});

describe('the PostgreSQL rate limiter (I4)', () => {
  const client = () => new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 1 }) });

  it('is shared by independent connections and survives a restart', async () => {
    const { root, dept } = await smallProvince();
    const a = client();
    const b = client();
    const now = new Date('2026-06-01T03:00:00Z');
    try {
      for (let i = 0; i < 5; i++) await enforceRateLimit('question.ask', { siteId: root.id, address: '198.51.100.1' }, { client: i % 2 ? a : b, now });
      await expect(enforceRateLimit('question.ask', { siteId: root.id, address: '198.51.100.1' }, { client: a, now })).rejects.toThrow(
        'Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau khoảng',
      );
      // Another address and another site have their own counts.
      await enforceRateLimit('question.ask', { siteId: root.id, address: '198.51.100.2' }, { client: b, now });
      await enforceRateLimit('question.ask', { siteId: dept.id, address: '198.51.100.1' }, { client: b, now });
    } finally {
      await a.$disconnect();
      await b.$disconnect();
    }
    // "Restart": a brand-new client, nothing in memory.
    const fresh = client();
    try {
      const error = await enforceRateLimit('question.ask', { siteId: root.id, address: '198.51.100.1' }, { client: fresh, now: new Date(now.getTime() + 10 * 60_000) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      // Two windows later the address may ask again.
      await enforceRateLimit('question.ask', { siteId: root.id, address: '198.51.100.1' }, { client: fresh, now: new Date(now.getTime() + 2 * 3600_000) });
    } finally {
      await fresh.$disconnect();
    }
    // Only a keyed hash of the address is stored.
    expect(JSON.stringify(await sql('SELECT key FROM rate_limit_buckets'))).not.toContain('198.51.100.1');
  });

  it('counts concurrent requests exactly', async () => {
    const { root } = await smallProvince();
    const now = new Date('2026-06-01T03:00:00Z');
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => enforceRateLimit('question.track', { siteId: root.id, address: '198.51.100.3' }, { now })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    // Every attempt counts against the address (12); only the admitted ones reach the per-site counter (10).
    const rows = await sql<{ perSite: boolean; count: number }>(`SELECT key LIKE '%:*' AS "perSite", count FROM rate_limit_buckets WHERE key LIKE 'question.track:%' ORDER BY 1`);
    expect(rows).toEqual([{ perSite: false, count: 12 }, { perSite: true, count: 10 }]);
  });
});

describe('consultations on drafts (I2)', () => {
  it('takes comments while open, shows them after moderation, refuses them after the deadline, publishes the report', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'dt');
    const c = await createConsultation(
      board.head,
      root.id,
      { title: 'Dự thảo quy định thử', summary: 'Tóm tắt', body: 'Điều 1. Phạm vi\nNội dung.\nĐiều 2. Đối tượng\nNội dung.', unitName: 'Sở Tư pháp', unitAddress: '1 Lê Lợi', unitEmail: 'stp@khanhhoa.gov.vn', startsOn: '2026-06-01', endsOn: '2026-06-30' },
      { publish: true },
    );
    const open = new Date('2026-06-15T03:00:00Z');
    const closed = new Date('2026-06-30T17:00:00Z');
    const comment = { name: 'Trần Bình', email: 'tranbinh@example.vn', organisation: 'Hội Luật gia', article: 'Điều 2', content: 'Đề nghị làm rõ đối tượng.' };
    await submitComment({ siteId: root.id, address: '192.0.2.1', slug: c.slug, now: open }, comment);
    await expect(submitComment({ siteId: root.id, address: '192.0.2.1', slug: c.slug, now: open }, { ...comment, article: 'Điều 9' })).rejects.toThrow('Điều khoản góp ý không có trong dự thảo.');
    await expect(submitComment({ siteId: root.id, address: '192.0.2.1', slug: c.slug, now: closed }, comment)).rejects.toThrow('Đã hết thời hạn lấy ý kiến (đến hết ngày 30/06/2026)');
    await expect(submitComment({ siteId: dept.id, address: '192.0.2.1', slug: c.slug, now: open }, comment)).rejects.toThrow('Không tìm thấy dự thảo.');
    expect((await getPublishedConsultation({ siteId: root.id, slug: c.slug, now: open }))?.comments).toEqual([]);
    const editing = await getConsultationForEditing(board.head, root.id, c.id);
    await expect(moderateComment(board.editor, root.id, editing!.comments[0]!.id, 'approve')).rejects.toThrow('Chỉ ban biên tập');
    await moderateComment(board.head, root.id, editing!.comments[0]!.id, 'approve');
    await publishReport(board.head, root.id, c.id, { report: 'Tiếp thu ý kiến về Điều 2.' });
    const pub = await getPublishedConsultation({ siteId: root.id, slug: c.slug, now: closed });
    expect(pub).toMatchObject({ phase: 'closed', report: 'Tiếp thu ý kiến về Điều 2.', comments: [{ author: 'Trần Bình', organisation: 'Hội Luật gia', article: 'Điều 2' }] });
    expect(JSON.stringify(pub)).not.toContain('tranbinh@example.vn');
    expect(await getPublishedConsultation({ siteId: dept.id, slug: c.slug })).toBeNull();
  });
});

describe('site rating and page feedback (I3)', () => {
  it('records anonymous answers and sums them per site', async () => {
    const { root, dept } = await smallProvince();
    const board = await editorialBoard(root.id, 'rt');
    await submitRating({ siteId: root.id, address: '192.0.2.5' }, { interface: '5', content: '4' });
    await submitRating({ siteId: root.id, address: '192.0.2.6' }, { interface: '3', support: '2' });
    await submitRating({ siteId: dept.id, address: '192.0.2.6' }, { interface: '1' });
    await submitPageFeedback({ siteId: root.id, address: '192.0.2.5' }, { path: '/tin-tuc/bai-a', helpful: 'co' });
    await submitPageFeedback({ siteId: root.id, address: '192.0.2.6' }, { path: '/tin-tuc/bai-a', helpful: 'khong' });
    const s = await getFeedbackSummary(board.editor, root.id);
    expect(s.responses).toBe(2);
    expect(s.aspects).toEqual({ interface: { average: 4, count: 2 }, content: { average: 4, count: 1 }, quality: { average: null, count: 0 }, support: { average: 2, count: 1 } });
    expect(s.pages).toEqual([{ path: '/tin-tuc/bai-a', yes: 1, no: 1 }]);
  });
});
