import { removeDiacritics } from '@/lib/vietnamese';

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SLASHES = /[\uFF0F\u2044\u2215]/g;

/**
 * Số ký hiệu folded for exact matching (C3, S1 "a legal document found by its number/symbol"):
 * NFC, Vietnamese diacritics removed (Đ → D), upper case, no spaces, every kind of dash made "-".
 * "12/2024/qđ-ubnd", "12 / 2024 / QĐ – UBND" and "12/2024/QD-UBND" all fold to "12/2024/QD-UBND",
 * the value stored in `documents.numberKey` next to the number as written.
 */
export function foldDocumentNumber(value: string): string {
  return removeDiacritics(value).replace(DASHES, '-').replace(SLASHES, '/').toUpperCase().replace(/\s+/g, '');
}

/**
 * The number/symbol inside what a person typed, folded, or null when there is none. A number is a
 * run of letters and digits joined by "/" (and "-") that holds a digit: "12/2024/QĐ-UBND",
 * "45/KH-UBND", "80/2015/QH13". Spaces around the separators and a leading "Số:" copied from a
 * document's header are ignored, so "Quyết định số 12 / 2024 / QĐ-UBND" yields "12/2024/QD-UBND".
 */
export function numberInQuery(value: string): string | null {
  const v = value.normalize('NFC').replace(DASHES, '-').replace(SLASHES, '/').replace(/\s*([/-])\s*/g, '$1');
  for (const token of v.split(/\s+/)) {
    const t = token.replace(/^s[ốo]:?(?=\d)/i, '').replace(/[.,;:]+$/, '');
    if (/\d/.test(t) && /^[\p{L}\p{N}.]+(?:[/-][\p{L}\p{N}.]+)*$/u.test(t) && t.includes('/')) return foldDocumentNumber(t);
  }
  return null;
}

/** Whether the whole query is a number/symbol (then the page says so when nothing matches exactly). */
export function looksLikeDocumentNumber(value: string): boolean {
  const key = numberInQuery(value);
  if (!key) return false;
  const rest = foldDocumentNumber(value.replace(/^\s*s[ốo]\s*:?/i, ''));
  return rest === key;
}
