import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditStepLabel, auditTransition } from '@/modules/audit/audit-labels';
import { AuditFilterSchema } from '@/modules/audit/audit.schemas';

describe('audit labels and filters (O4)', () => {
  it('names every workflow step and the board’s actions in Vietnamese', () => {
    expect(auditActionLabel('article.submit')).toBe('Bài viết: Gửi duyệt');
    expect(auditActionLabel('article.publishScheduled')).toBe('Bài viết: Đăng theo lịch');
    expect(auditActionLabel('article.cancelSchedule')).toBe('Bài viết: Hủy hẹn giờ');
    expect(auditActionLabel('article.schedule-failed')).toBe('Bài viết: Đăng/gỡ theo lịch không thành công');
    expect(auditActionLabel('board.delegation')).toBe('Ban biên tập: Ủy quyền duyệt bài');
    expect(auditActionLabel('board.categories')).toBe('Ban biên tập: Phân công chuyên mục');
    expect(auditActionLabel('gallery.unpublish')).toBe('Thư viện: Gỡ bài');
    expect(auditStepLabel('article.take-over')).toBe('Tiếp quản việc sửa');
    expect(auditStepLabel('article.constructor')).toBeNull();
    expect(auditActionLabel('article.toString')).toBe('article.toString');
  });

  it('reads from state, to state and reason from before/after JSON of any shape', () => {
    expect(auditTransition({ state: 'SUBMITTED' }, { state: 'REVIEWED' })).toEqual({ from: 'Chờ biên tập', to: 'Chờ duyệt', reason: null });
    expect(auditTransition(null, { state: 'UNPUBLISHED', reason: 'Sai số liệu.' })).toEqual({ from: null, to: 'Đã gỡ', reason: 'Sai số liệu.' });
    expect(auditTransition('x', [1])).toEqual({ from: null, to: null, reason: null });
  });

  it('dates are whole days in Vietnam time', () => {
    const f = AuditFilterSchema.parse({ from: '2026-11-01', to: '2026-11-30', page: '2' });
    expect(f.from).toEqual(new Date('2026-10-31T17:00:00Z'));
    expect(f.to).toEqual(new Date('2026-11-29T17:00:00Z'));
    expect(f.page).toBe(2);
    expect(AuditFilterSchema.safeParse({ page: '0' }).error?.issues[0]?.message).toBe('Trang không hợp lệ.');
  });
});
