import { describe, expect, it } from 'vitest';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { DirectoryEntryInputSchema, PersonInputSchema, PHONE_MESSAGE } from '@/modules/intro/intro.schemas';
import { excerptOf, groupPagesByKind } from '@/modules/intro/pages.service';

describe('introduction helpers (C2)', () => {
  it('groups pages by kind in the order organisation, functions, history, geography, map, other', () => {
    const pages = [
      { kind: 'OTHER' as const, t: 'Khác' },
      { kind: 'MAP' as const, t: 'Bản đồ' },
      { kind: 'ORGANISATION' as const, t: 'Cơ cấu 1' },
      { kind: 'HISTORY' as const, t: 'Lịch sử' },
      { kind: 'ORGANISATION' as const, t: 'Cơ cấu 2' },
    ];
    expect(groupPagesByKind(pages).map((g) => [g.kind, g.pages.map((p) => p.t)])).toEqual([
      ['ORGANISATION', ['Cơ cấu 1', 'Cơ cấu 2']],
      ['HISTORY', ['Lịch sử']],
      ['MAP', ['Bản đồ']],
      ['OTHER', ['Khác']],
    ]);
  });

  it('excerpts take the paragraphs, skip headings and cut at a word boundary', () => {
    const doc = { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Khí hậu' }] }, ...paragraphsToDoc(['Nắng nhiều, mưa ít.']).content] };
    expect(excerptOf(doc)).toBe('Nắng nhiều, mưa ít.');
    const long = excerptOf(paragraphsToDoc(['Tỉnh Khánh Hòa nằm ở vùng duyên hải Nam Trung Bộ, '.repeat(10)]), 60);
    expect(long).toBe('Tỉnh Khánh Hòa nằm ở vùng duyên hải Nam Trung Bộ, Tỉnh…');
  });
});

describe('contact data schemas (C7)', () => {
  const base = { name: 'Lê Quang Vinh', jobTitle: 'Chủ tịch' };
  it.each(['0258 3822 661', '0905.123.456', '+84 258 3822 661', '(0258) 3822661', '0258-3822-661'])('accepts the official number %s', (phone) => {
    expect(PersonInputSchema.parse({ ...base, phone }).phone).toBe(phone);
  });
  it.each(['3822', 'gọi 0258 3822 661', '0258 3822 661 máy lẻ 12', '++84 258 3822 661', '1234567890123456'])('refuses %s with a precise message', (phone) => {
    const r = PersonInputSchema.safeParse({ ...base, phone });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(PHONE_MESSAGE);
  });
  it('lower-cases e-mail addresses, keeps empty optional fields empty, reads checkboxes', () => {
    expect(PersonInputSchema.parse({ ...base, email: ' LQVinh@KhanhHoa.gov.vn ', phone: '', unit: '  ', isLeader: 'on' })).toMatchObject({
      email: 'lqvinh@khanhhoa.gov.vn',
      phone: undefined,
      unit: undefined,
      isLeader: true,
      isSiteContact: false,
    });
    expect(DirectoryEntryInputSchema.safeParse({ unit: 'Sở Y tế', email: 'syt khanhhoa.gov.vn' }).error?.issues[0]?.message).toBe('Địa chỉ thư điện tử không hợp lệ (ví dụ: vanphong@khanhhoa.gov.vn).');
  });
});
