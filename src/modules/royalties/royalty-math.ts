/**
 * Royalty arithmetic (E7) in whole đồng. Shares are per cent of the total; rounding never loses or invents a đồng:
 * every share is rounded down and what remains goes to the first author.
 */
export function splitAmount(total: bigint, percents: number[]): bigint[] {
  const amounts = percents.map((p) => (total * BigInt(Math.round(p * 100))) / 10_000n);
  const rest = total - amounts.reduce((a, b) => a + b, 0n);
  if (amounts.length > 0) amounts[0] = amounts[0]! + rest;
  return amounts;
}

/** Equal shares in whole per cent adding up to 100; the first authors take the leftover points. */
export function equalPercents(n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => base + (i < 100 - base * n ? 1 : 0));
}

/** Coefficient (two decimals) × value of one coefficient, rounded to the nearest đồng. */
export function coefficientTotal(coefficient: number, unitValue: bigint): bigint {
  return (BigInt(Math.round(coefficient * 100)) * unitValue + 50n) / 100n;
}

/** The authors named in an article's byline ("A, B và C" or "A; B"). */
export function authorsOf(byline: string | null): string[] {
  return (byline ?? '')
    .split(/\s*(?:,|;| và )\s*/)
    .map((a) => a.normalize('NFC').trim())
    .filter(Boolean);
}

/** Month or year boundaries in Vietnam time (UTC+7) as instants. */
export function periodBounds(year: number, month?: number): { from: Date; to: Date } {
  const offset = 7 * 3600_000;
  const from = new Date(Date.UTC(year, month ? month - 1 : 0, 1) - offset);
  const to = new Date(Date.UTC(month ? (month === 12 ? year + 1 : year) : year + 1, month ? month % 12 : 0, 1) - offset);
  return { from, to };
}
