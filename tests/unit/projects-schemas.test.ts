import { describe, expect, it } from 'vitest';
import { formatBudget, formatBudgetInput, phaseFromSlug, typeFromSlug } from '@/modules/projects/project-labels';
import { ProjectInputSchema } from '@/modules/projects/projects.schemas';

const base = { name: 'Đường giao thông liên xã', objective: 'Kết nối hai xã miền núi.', type: 'PROJECT' };

function messages(input: Record<string, unknown>): Record<string, string> {
  const r = ProjectInputSchema.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('project input (C6)', () => {
  it('reads budgets written the Vietnamese way and stores đồng as a bigint', () => {
    for (const [typed, value] of [
      ['1.250.000.000', 1_250_000_000n],
      ['1 250 000 000', 1_250_000_000n],
      ['1250000000', 1_250_000_000n],
      ['1.250.000.000 đồng', 1_250_000_000n],
      ['  38.500.000.000đ ', 38_500_000_000n],
      ['1,250,000,000', 1_250_000_000n],
    ] as const) {
      expect(ProjectInputSchema.parse({ ...base, budget: typed }).budget).toBe(value);
    }
    expect(ProjectInputSchema.parse({ ...base, budget: '' }).budget).toBeUndefined();
  });

  it('refuses budgets that could be misread', () => {
    const msg = 'Tổng mức đầu tư phải là số tiền bằng đồng, chỉ gồm chữ số (có thể ngăn cách hàng nghìn bằng dấu chấm), ví dụ 1.250.000.000.';
    expect(messages({ ...base, budget: '1,5 tỷ' })).toEqual({ budget: msg });
    expect(messages({ ...base, budget: '12.5' })).toEqual({ budget: msg });
    expect(messages({ ...base, budget: '-100' })).toEqual({ budget: msg });
    expect(messages({ ...base, budget: '99999999999999999999' })).toEqual({ budget: 'Tổng mức đầu tư quá lớn; hãy kiểm tra lại số chữ số.' });
  });

  it('requires name, objective and a known type, with Vietnamese messages, and NFC text', () => {
    expect(messages({ name: '', objective: ' ', type: 'ROAD' })).toEqual({
      name: 'Tên dự án là bắt buộc.',
      objective: 'Mục tiêu là bắt buộc.',
      type: 'Hãy chọn loại: dự án, đầu tư, đấu thầu hoặc mua sắm công.',
    });
    expect(messages({ ...base, phase: 'DONE' })).toEqual({ phase: 'Hãy chọn giai đoạn: chuẩn bị đầu tư, đang thực hiện hoặc đã hoàn thành.' });
    const r = ProjectInputSchema.parse({ ...base, sponsor: 'Ban Quản lý dự án huyện Khánh Sơn'.normalize('NFD') });
    expect(r.sponsor).toBe('Ban Quản lý dự án huyện Khánh Sơn'.normalize('NFC'));
    expect(r.phase).toBe('PREPARING');
  });

  it('checks dates and their order', () => {
    expect(messages({ ...base, startDate: '2026-02-30' })).toEqual({ startDate: 'Ngày bắt đầu không hợp lệ; hãy chọn ngày theo dạng năm-tháng-ngày, ví dụ 2026-03-01.' });
    expect(messages({ ...base, startDate: '2026-05-01', endDate: '2026-04-30' })).toEqual({ endDate: 'Ngày kết thúc phải sau ngày bắt đầu.' });
  });

  it('an empty editor stores no body', () => {
    expect(ProjectInputSchema.parse({ ...base, body: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] }) }).body).toBeNull();
    expect(ProjectInputSchema.parse({ ...base, body: '' }).body).toBeNull();
    expect(messages({ ...base, body: '{not json' })).toEqual({ body: 'Nội dung chi tiết không đọc được.' });
  });
});

describe('project labels', () => {
  it('formats budgets in Vietnamese đồng and in English', () => {
    expect(formatBudget('1250000000')).toBe('1.250.000.000 đồng');
    expect(formatBudget('950000')).toBe('950.000 đồng');
    expect(formatBudget('1856000000000', 'en')).toBe('VND 1,856,000,000,000');
    expect(formatBudgetInput('38500000000')).toBe('38.500.000.000');
  });

  it('maps the Vietnamese filter values to types and phases, ignoring anything else', () => {
    expect(typeFromSlug('dau-thau')).toBe('TENDER');
    expect(typeFromSlug('mua-sam-cong')).toBe('PROCUREMENT');
    expect(typeFromSlug('TENDER')).toBeUndefined();
    expect(phaseFromSlug('da-hoan-thanh')).toBe('COMPLETED');
    expect(phaseFromSlug(undefined)).toBeUndefined();
  });
});
