import { nfc } from './text';

/** Removes Vietnamese diacritics: "Sở Thông tin" → "So Thong tin"; đ/Đ → d/D. */
export function removeDiacritics(value: string): string {
  return nfc(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** URL slug from Vietnamese text: "Quyết định số 12" → "quyet-dinh-so-12". */
export function slugify(value: string, maxLength = 80): string {
  return removeDiacritics(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

const UNIT_PREFIXES = [
  'uy ban nhan dan',
  'ubnd',
  'thanh pho',
  'thi xa',
  'thi tran',
  'huyen',
  'phuong',
  'xa',
  'tinh',
];

/**
 * Proposes a host label from a unit's Vietnamese name, following the national scheme
 * (seed 003 Đ5.4, seed 000 Đ5): the name without diacritics, lower case, no spaces.
 * Administrative prefixes are dropped ("Xã Sơn Thái" → "sonthai"); agencies get their
 * initials ("Sở Thông tin và Truyền thông" → "stttt"). The administrator may shorten it.
 */
export function proposeHostLabel(name: string): string {
  const plain = removeDiacritics(name).toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (plain === '') return '';
  for (const prefix of UNIT_PREFIXES) {
    if (plain.startsWith(prefix + ' ')) {
      return plain.slice(prefix.length + 1).replace(/ /g, '').slice(0, 63);
    }
  }
  const words = plain.split(' ').filter((w) => w !== 'va');
  if (words.length >= 3) return words.map((w) => w[0]).join('').slice(0, 63);
  return words.join('').slice(0, 63);
}
