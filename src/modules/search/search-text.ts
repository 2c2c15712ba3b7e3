import { removeDiacritics } from '@/lib/vietnamese';
import { numberInQuery } from '@/modules/documents/document-number';

/**
 * How Vietnamese text is matched (S1), shared by both engines so they find the same things: NFC first
 * (a decomposed "Hà Nội" pasted from a PDF is the same text), then without diacritics, lower case, split
 * into words of letters and digits. "Hà Nội", "HÀ NỘI", "ha noi" and "Ha\u0300 No\u0323\u0302i" all give
 * ["ha", "noi"].
 */
export function foldForSearch(value: string): string {
  return removeDiacritics(value).toLowerCase();
}

export function searchWords(value: string): string[] {
  return foldForSearch(value)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Abbreviations of the administration and their long forms, folded. Both directions match: "UBND" finds
 * "Ủy ban nhân dân" and "uy ban nhan dan" finds "UBND". Meilisearch gets the same list as synonyms.
 */
export const SEARCH_SYNONYMS: readonly { short: string; long: string }[] = [
  { short: 'ubnd', long: 'uy ban nhan dan' },
  { short: 'hdnd', long: 'hoi dong nhan dan' },
  { short: 'tthc', long: 'thu tuc hanh chinh' },
  { short: 'qd', long: 'quyet dinh' },
  { short: 'nd', long: 'nghi dinh' },
  { short: 'nq', long: 'nghi quyet' },
];

/** One part of a query: every part must match (AND); a part matches when one of its alternatives does. */
export type QueryPart = {
  /** What the person typed for this part, folded (e.g. "ubnd" or "uy ban nhan dan"). */
  typed: string;
  /** Each alternative is a phrase: words that must follow each other. */
  alternatives: string[][];
};

export type ParsedQuery = {
  /** The query as typed, NFC, trimmed, spaces collapsed. */
  text: string;
  /** The số ký hiệu inside the query, folded (document-number.ts), or null. */
  numberKey: string | null;
  parts: QueryPart[];
};

/** Longest first, so "hoi dong nhan dan" is not taken for something shorter. */
const LONG_FORMS = [...SEARCH_SYNONYMS].sort((a, b) => b.long.split(' ').length - a.long.split(' ').length);

export function parseSearchQuery(raw: string): ParsedQuery {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = searchWords(text);
  const parts: QueryPart[] = [];
  for (let i = 0; i < words.length; ) {
    const long = LONG_FORMS.find((s) => {
      const seq = s.long.split(' ');
      return seq.every((w, k) => words[i + k] === w);
    });
    if (long) {
      const seq = long.long.split(' ');
      parts.push({ typed: long.long, alternatives: [seq, [long.short]] });
      i += seq.length;
      continue;
    }
    const word = words[i]!;
    const short = SEARCH_SYNONYMS.find((s) => s.short === word);
    parts.push(short ? { typed: word, alternatives: [[word], short.long.split(' ')] } : { typed: word, alternatives: [[word]] });
    i += 1;
  }
  // The same part twice adds nothing but cost.
  const seen = new Set<string>();
  return { text, numberKey: text ? numberInQuery(text) : null, parts: parts.filter((p) => (seen.has(p.typed) ? false : (seen.add(p.typed), true))).slice(0, 12) };
}

/** Single words worth correcting: long enough for a typo to be told apart, and not a number. */
export function correctableWords(parsed: ParsedQuery): string[] {
  return parsed.parts.filter((p) => p.alternatives.length === 1 && p.typed.length >= 4 && !/\d/.test(p.typed)).map((p) => p.typed);
}

/**
 * A PostgreSQL tsquery (config 'simple', words already folded like unaccent does) for the parts: AND of
 * parts, OR of alternatives (a typed word and its corrections), `<->` inside a phrase. Words are only
 * [a-z0-9], so nothing typed can change the query's syntax.
 */
export function toTsQuery(parts: QueryPart[], corrections: ReadonlyMap<string, string>): string {
  const part = (p: QueryPart) => {
    const alts = p.alternatives.map((seq) => (seq.length === 1 ? seq[0]! : `(${seq.join(' <-> ')})`));
    const fix = corrections.get(p.typed);
    if (fix) alts.push(fix);
    return alts.length === 1 ? alts[0]! : `(${alts.join(' | ')})`;
  };
  return parts.map(part).join(' & ');
}

/**
 * The same parts as one phrase (`<->` between them): items where the words follow each other as typed
 * ("ha noi" → "Hà Nội", not "hạ tầng … nội trú") rank first. Null for a single part.
 */
export function toPhraseTsQuery(parts: QueryPart[]): string | null {
  if (parts.length < 2) return null;
  return parts.map((p) => `(${p.alternatives.map((seq) => seq.join(' <-> ')).join(' | ')})`).join(' <-> ');
}

/** Words to mark in titles and excerpts: what was typed, its long or short form, and corrections. */
export function highlightWords(parsed: ParsedQuery, corrections: ReadonlyMap<string, string>): string[] {
  const words = new Set<string>();
  for (const p of parsed.parts) {
    for (const seq of p.alternatives) for (const w of seq) words.add(w);
    const fix = corrections.get(p.typed);
    if (fix) words.add(fix);
  }
  return [...words];
}

/** The query with corrections applied, for "Có phải bạn muốn tìm …", or null when nothing was corrected. */
export function correctedQuery(parsed: ParsedQuery, corrections: ReadonlyMap<string, string>): string | null {
  if (corrections.size === 0) return null;
  return parsed.parts.map((p) => corrections.get(p.typed) ?? p.typed).join(' ');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The text folded character by character, so a match in the folded text maps back to the same
 * positions in the original (each NFC letter folds to exactly one letter).
 */
function foldByChar(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = foldForSearch(ch);
    out += f.length === ch.length ? f : ch.length === 1 ? (f[0] ?? ' ') : ch;
  }
  return out;
}

type Range = [number, number];

function matchRanges(text: string, words: readonly string[]): Range[] {
  if (words.length === 0 || !text) return [];
  const folded = foldByChar(text);
  const alternation = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean).join('|');
  if (!alternation) return [];
  const re = new RegExp(`(?<![a-z0-9])(?:${alternation})(?![a-z0-9])`, 'g');
  const ranges: Range[] = [];
  for (let m = re.exec(folded); m; m = re.exec(folded)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

function markRanges(text: string, ranges: Range[], offset = 0): string {
  let html = '';
  let at = 0;
  for (const [from, to] of ranges) {
    const a = from - offset;
    const b = to - offset;
    if (a < at || b > text.length) continue;
    html += `${escapeHtml(text.slice(at, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    at = b;
  }
  return html + escapeHtml(text.slice(at));
}

/** The title as HTML with the matched words in <mark>; everything else escaped. */
export function highlightHtml(text: string, words: readonly string[]): string {
  return markRanges(text, matchRanges(text, words));
}

/**
 * An excerpt of about `length` characters around the first matched word, cut at word boundaries, as
 * escaped HTML with the matches in <mark>. Without a match, the beginning of the text.
 */
export function excerptHtml(text: string, words: readonly string[], length = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(clean, words);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const inside = ranges.filter(([a, b]) => a >= start && b <= end);
  return `${start > 0 ? '… ' : ''}${markRanges(clean.slice(start, end), inside, start)}${end < clean.length ? ' …' : ''}`;
}

/** Plain text of stored HTML fragments (bodies are kept as sanitised HTML next to their JSON). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
