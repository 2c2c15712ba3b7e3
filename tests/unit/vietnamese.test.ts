import { describe, expect, it } from 'vitest';
import { deepNfc, nfc } from '@/lib/text';
import { proposeHostLabel, removeDiacritics, slugify } from '@/lib/vietnamese';

describe('Vietnamese text helpers', () => {
  it('removes diacritics including đ/Đ', () => {
    expect(removeDiacritics('Đắk Lắk – Sơn Thái')).toBe('Dak Lak – Son Thai');
  });
  it('normalises decomposed input to NFC (TCVN 6909:2001)', () => {
    const decomposed = 'Hà Nội'.normalize('NFD');
    expect(decomposed).not.toBe('Hà Nội');
    expect(nfc(decomposed)).toBe('Hà Nội');
    expect(deepNfc({ a: [decomposed], b: { c: decomposed } })).toEqual({ a: ['Hà Nội'], b: { c: 'Hà Nội' } });
  });
  it('makes URL slugs', () => {
    expect(slugify('Quyết định số 12/2024/QĐ-UBND')).toBe('quyet-dinh-so-12-2024-qd-ubnd');
  });
});

describe('proposeHostLabel', () => {
  it.each([
    ['Xã Sơn Thái', 'sonthai'],
    ['Phường Nha Trang', 'nhatrang'],
    ['Huyện Khánh Sơn', 'khanhson'],
    ['Thị trấn Tô Hạp', 'tohap'],
    ['Xã Đồng Xuân', 'dongxuan'],
    ['Sở Thông tin và Truyền thông', 'stttt'],
    ['Sở Tài chính', 'stc'],
    ['Ủy ban nhân dân huyện Khánh Sơn', 'huyenkhanhson'],
  ])('%s → %s', (name, label) => {
    expect(proposeHostLabel(name)).toBe(label);
  });
  it('decomposed input gives the same label', () => {
    expect(proposeHostLabel('Xã Sơn Thái'.normalize('NFD'))).toBe('sonthai');
  });
});
