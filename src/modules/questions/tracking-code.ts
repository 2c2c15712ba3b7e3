import { randomInt } from 'node:crypto';

/**
 * Tracking codes of citizens' questions: "HD-2026-7KQ4M9XA". Eight characters from 30 that cannot be mistaken for
 * one another when read aloud or copied by hand (no 0/O, 1/I/L, U): 30^8 ≈ 6.6·10^11 codes per year, so with the
 * lookup limited to a few tries per address and ten minutes a code cannot be guessed.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;
const PATTERN = new RegExp(`^HD-(\\d{4})-([${CODE_ALPHABET}]{${CODE_LENGTH}})$`);

export function generateTrackingCode(year: number, random: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < CODE_LENGTH; i++) body += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return `HD-${year}-${body}`;
}

/** What a person typed → the canonical code, or null when it cannot be one. Case, spaces and other dashes are forgiven. */
export function normaliseTrackingCode(input: string): string | null {
  const s = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u00a0]/g, '')
    .replace(/[‐‑‒–—―_.]/g, '-');
  const m = /^HD-?(\d{4})-?([0-9A-Z]{8})$/.exec(s);
  if (!m) return null;
  const code = `HD-${m[1]}-${m[2]}`;
  return PATTERN.test(code) ? code : null;
}
