import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, generateTrackingCode, normaliseTrackingCode } from '@/modules/questions/tracking-code';
import { addWorkingDays, isOverdue, questionDueDate, vnDate, workingDaysLeft } from '@/modules/questions/question-deadline';
import { isOverLimit, retryAfterSeconds, slidingCount, windowStartOf } from '@/modules/rate-limit/rate-limit-window';
import { AskQuestionSchema } from '@/modules/questions/questions.schemas';
import { CommentSchema, ConsultationSchema } from '@/modules/consultations/consultations.schemas';
import { closingInstant, consultationPhase, draftArticles } from '@/modules/consultations/consultation-window';
import { PageFeedbackSchema, RatingSchema } from '@/modules/feedback/feedback.schemas';

describe('tracking codes', () => {
  it('are HD-<year>-<8 unambiguous characters> and read back from what people type', () => {
    const code = generateTrackingCode(2026);
    expect(code).toMatch(/^HD-2026-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(CODE_ALPHABET).not.toMatch(/[01OILU]/);
    expect(normaliseTrackingCode(` hd-2026-${code.slice(8).toLowerCase()} `)).toBe(code);
    expect(normaliseTrackingCode(`HD 2026 ${code.slice(8)}`)).toBe(code);
    expect(normaliseTrackingCode('HD-2026-0000OOOO')).toBeNull();
    expect(normaliseTrackingCode('không phải mã')).toBeNull();
  });

  it('uses every character of the alphabet with the random source given', () => {
    let i = 0;
    const code = generateTrackingCode(2027, (max) => i++ % max);
    expect(code).toBe(`HD-2027-${CODE_ALPHABET.slice(0, 8)}`);
  });
});

describe('answer deadlines in working days (Vietnam time)', () => {
  it('skips weekends and fixed-date holidays, starting the day after receipt', () => {
    // Friday 2026-04-24 + 5 working days: 27, 28, 29 (30/4 and 1/5 are holidays), 4, 5 May.
    expect(addWorkingDays('2026-04-24', 5)).toBe('2026-05-05');
    expect(addWorkingDays('2026-03-02', 15)).toBe('2026-03-23');
  });

  it('takes the calendar day in Vietnam, not UTC', () => {
    // 20:00 UTC on Sunday 1 March is Monday 2 March 03:00 in Vietnam.
    expect(vnDate(new Date('2026-03-01T20:00:00Z'))).toBe('2026-03-02');
    expect(questionDueDate(new Date('2026-03-01T20:00:00Z'), 15)).toBe('2026-03-23');
  });

  it('is overdue only after the deadline day and while unanswered', () => {
    expect(isOverdue({ dueDate: '2026-03-23', answered: false, now: new Date('2026-03-23T16:59:00Z') })).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-23', answered: false, now: new Date('2026-03-23T17:00:00Z') })).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-23', answered: true, now: new Date('2026-04-30T00:00:00Z') })).toBe(false);
    expect(workingDaysLeft({ dueDate: '2026-03-23', now: new Date('2026-03-19T03:00:00Z') })).toBe(2);
    expect(workingDaysLeft({ dueDate: '2026-03-23', now: new Date('2026-03-25T03:00:00Z') })).toBe(-2);
  });
});

describe('rate-limit window arithmetic', () => {
  const w = 60_000;
  it('weighs the previous window by the part that still overlaps', () => {
    expect(windowStartOf(125_000, w)).toBe(120_000);
    expect(slidingCount({ previous: 10, current: 2, nowMs: 120_000, windowMs: w })).toBe(12);
    expect(slidingCount({ previous: 10, current: 2, nowMs: 150_000, windowMs: w })).toBe(7);
    expect(slidingCount({ previous: 10, current: 2, nowMs: 179_999, windowMs: w })).toBeCloseTo(2, 2);
  });

  it('refuses above the limit and says when to come back', () => {
    expect(isOverLimit({ previous: 0, current: 5, nowMs: 0, limit: 5, windowMs: w })).toBe(false);
    expect(isOverLimit({ previous: 0, current: 6, nowMs: 0, limit: 5, windowMs: w })).toBe(true);
    // A burst at the end of one window still counts at the start of the next.
    expect(isOverLimit({ previous: 5, current: 1, nowMs: 60_000, limit: 5, windowMs: w })).toBe(true);
    expect(isOverLimit({ previous: 5, current: 1, nowMs: 90_000, limit: 5, windowMs: w })).toBe(false);
    expect(retryAfterSeconds({ previous: 5, current: 1, nowMs: 60_000, limit: 5, windowMs: w })).toBe(12);
    expect(retryAfterSeconds({ previous: 0, current: 10, nowMs: 30_000, limit: 5, windowMs: w })).toBe(60);
  });
});

describe('public form schemas (Vietnamese messages, NFC, limits)', () => {
  const ok = { name: 'Nguyễn Văn An', email: 'An@Example.VN', field: 'Khác', title: 'Câu hỏi', content: 'Nội dung câu hỏi đủ dài để hiểu rõ vấn đề.' };
  it('accepts a question, normalises text and e-mail', () => {
    const q = AskQuestionSchema.parse({ ...ok, name: 'Nguye\u0302\u0303n Văn An ' });
    expect(q.name).toBe('Nguyễn Văn An');
    expect(q.email).toBe('an@example.vn');
    expect(q.phone).toBeUndefined();
  });

  it('refuses with Vietnamese messages', () => {
    const r = AskQuestionSchema.safeParse({ ...ok, email: 'khong-phai-thu', field: 'Lạ', content: 'ngắn', title: 'x'.repeat(251), phone: 'abc' });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Thư điện tử không đúng dạng, ví dụ ten@example.vn.',
        'Hãy chọn lĩnh vực của câu hỏi.',
        'Nội dung câu hỏi cần ít nhất 20 ký tự để cơ quan hiểu rõ vấn đề.',
        'Tiêu đề dài tối đa 250 ký tự.',
        'Số điện thoại chỉ gồm chữ số (có thể có dấu cách, dấu chấm), ví dụ 0258 3822 123.',
      ]),
    );
  });

  it('checks consultations, comments, ratings and page feedback', () => {
    const c = ConsultationSchema.safeParse({ title: 'Dự thảo', summary: 'Tóm tắt', body: 'Điều 1. A', unitName: 'Sở', unitAddress: 'Địa chỉ', unitEmail: 'so@khanhhoa.gov.vn', startsOn: '2026-05-10', endsOn: '2026-05-01' });
    expect(c.error?.issues.map((i) => i.message)).toEqual(['Ngày kết thúc phải từ ngày bắt đầu trở đi.']);
    expect(CommentSchema.safeParse({ name: '', email: 'a@b.vn', content: 'x' }).error?.issues[0]?.message).toBe('Họ và tên là bắt buộc.');
    expect(RatingSchema.safeParse({}).error?.issues[0]?.message).toBe('Hãy chọn điểm cho ít nhất một tiêu chí.');
    expect(RatingSchema.safeParse({ interface: '6' }).error?.issues[0]?.message).toBe('Điểm giao diện phải từ 1 đến 5.');
    expect(RatingSchema.parse({ content: '4' })).toEqual({ interface: null, content: 4, quality: null, support: null });
    expect(PageFeedbackSchema.parse({ path: '/tin-tuc/bai-viet', helpful: 'co' })).toEqual({ path: '/tin-tuc/bai-viet', helpful: true });
    expect(PageFeedbackSchema.safeParse({ path: 'https://evil.example/tin-tuc/x', helpful: 'co' }).success).toBe(false);
  });
});

describe('consultation window (Vietnam calendar, decided at request time)', () => {
  it('is open from the first to the end of the last day', () => {
    const span = { startsOn: '2026-05-01', endsOn: '2026-05-31' };
    expect(consultationPhase({ ...span, now: new Date('2026-04-30T16:59:59Z') })).toBe('upcoming');
    expect(consultationPhase({ ...span, now: new Date('2026-04-30T17:00:00Z') })).toBe('open');
    expect(consultationPhase({ ...span, now: new Date('2026-05-31T16:59:59Z') })).toBe('open');
    expect(consultationPhase({ ...span, now: new Date('2026-05-31T17:00:00Z') })).toBe('closed');
    expect(closingInstant('2026-05-31').toISOString()).toBe('2026-05-31T17:00:00.000Z');
  });

  it('finds the articles of a draft', () => {
    expect(draftArticles('Điều 1. Phạm vi\nnội dung\nĐiều 2: Đối tượng\nĐiều 1. lặp')).toEqual([
      { anchor: 'dieu-1', label: 'Điều 1', heading: 'Điều 1. Phạm vi' },
      { anchor: 'dieu-2', label: 'Điều 2', heading: 'Điều 2: Đối tượng' },
    ]);
  });
});
