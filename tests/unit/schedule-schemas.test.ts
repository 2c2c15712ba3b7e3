import { describe, expect, it } from 'vitest';
import { ScheduleEntryInputSchema } from '@/modules/schedule/schedule.schemas';

const base = { date: '2026-11-23', leader: 'Chủ tịch UBND tỉnh Nguyễn Văn An', content: 'Họp UBND tỉnh thường kỳ tháng 11' };

function messages(input: Record<string, unknown>): Record<string, string> {
  const r = ScheduleEntryInputSchema.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('schedule entry input (C4)', () => {
  it('normalises text to NFC and times to HH:MM', () => {
    const r = ScheduleEntryInputSchema.parse({ ...base, leader: '  Chủ tịch UBND tỉnh Nguyễn Văn An '.normalize('NFD'), startTime: '7h30', endTime: '11:00' });
    expect(r.leader).toBe('Chủ tịch UBND tỉnh Nguyễn Văn An');
    expect(r.leader).toBe(r.leader.normalize('NFC'));
    expect(r.startTime).toBe('07:30');
    expect(r.endTime).toBe('11:00');
    expect(r.lang).toBe('vi');
    expect(r.place).toBeUndefined();
  });

  it('refuses missing fields and malformed times with precise Vietnamese messages', () => {
    expect(messages({ date: '', leader: ' ', content: '' })).toEqual({
      date: 'Ngày là bắt buộc.',
      leader: 'Lãnh đạo chủ trì là bắt buộc.',
      content: 'Nội dung công tác là bắt buộc.',
    });
    expect(messages({ ...base, startTime: '25:00' })).toEqual({ startTime: 'Giờ bắt đầu phải có dạng HH:MM (từ 00:00 đến 23:59), ví dụ 07:30.' });
    expect(messages({ ...base, startTime: '08:00', endTime: 'chiều' })).toEqual({ endTime: 'Giờ kết thúc phải có dạng HH:MM (từ 00:00 đến 23:59), ví dụ 07:30.' });
    expect(messages({ ...base, date: '2026-02-30' })).toEqual({ date: 'Ngày không hợp lệ; hãy chọn ngày theo dạng năm-tháng-ngày, ví dụ 2026-11-23.' });
  });

  it('requires the end after the start, and a start when there is an end', () => {
    expect(messages({ ...base, startTime: '14:00', endTime: '13:30' })).toEqual({ endTime: 'Giờ kết thúc phải sau giờ bắt đầu.' });
    expect(messages({ ...base, startTime: '14:00', endTime: '14:00' })).toEqual({ endTime: 'Giờ kết thúc phải sau giờ bắt đầu.' });
    expect(messages({ ...base, endTime: '10:00' })).toEqual({ startTime: 'Hãy nhập giờ bắt đầu khi đã có giờ kết thúc.' });
  });

  it('limits lengths', () => {
    expect(messages({ ...base, place: 'x'.repeat(501) })).toEqual({ place: 'Địa điểm dài tối đa 500 ký tự.' });
  });
});
