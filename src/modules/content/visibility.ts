/**
 * What the public may see (C1–C10, issue 3 "Drafts … never appear"): an item is public only when
 * it is PUBLISHED and its publish time has come. Every public repository query spreads this into its
 * `where`, next to `siteId`.
 */
export function publishedWhere(now: Date = new Date()) {
  return { status: 'PUBLISHED' as const, publishedAt: { lte: now } };
}

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
