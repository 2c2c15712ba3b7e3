import { foldDocumentNumber } from '@/modules/documents/document-number';

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * The số ký hiệu written in a line of a procedure's legal basis, folded like documents.numberKey:
 * "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014" → ["60/2014/QH13"]. A number/symbol has a digit, a
 * letter and a "/" ("45/KH-UBND", "123/2015/NĐ-CP"), which keeps dates such as 20/11/2014 out.
 */
export function documentNumbersIn(line: string): string[] {
  const v = line.normalize('NFC').replace(DASHES, '-').replace(/\s*([/-])\s*/g, '$1');
  const out: string[] = [];
  for (const token of v.split(/\s+/)) {
    const t = token.replace(/^[(“"']+/, '').replace(/^s[ốo]:?(?=\d)/i, '').replace(/[.,;:)”"']+$/, '');
    if (/\d/.test(t) && /\p{L}/u.test(t) && t.includes('/') && /^[\p{L}\p{N}.]+(?:[/-][\p{L}\p{N}.]+)+$/u.test(t)) {
      const key = foldDocumentNumber(t);
      if (!out.includes(key)) out.push(key);
    }
  }
  return out;
}
