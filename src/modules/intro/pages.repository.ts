import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';

const summarySelect = { id: true, slug: true, lang: true, kind: true, title: true, body: true, position: true, publishedAt: true, updatedAt: true } satisfies Prisma.PageSelect;

/** Published introduction pages of one site in one language, in the editors' order (C2). */
export function findPublishedPages(params: { siteId: string; lang: string }) {
  return db().page.findMany({
    where: { siteId: params.siteId, lang: params.lang, ...publishedWhere() },
    select: summarySelect,
    orderBy: [{ position: 'asc' }, { title: 'asc' }],
    take: 200,
  });
}

export function findPublishedPageBySlug(params: { siteId: string; lang: string; slug: string }) {
  const now = new Date();
  return db().page.findFirst({
    where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...publishedWhere(now) },
    select: {
      ...summarySelect,
      bodyHtml: true,
      // The other language's version, for the language switch: only when it is public too.
      translations: { where: { siteId: params.siteId, ...publishedWhere(now) }, select: { slug: true, lang: true } },
      translationOf: { select: { slug: true, lang: true, status: true, publishedAt: true, siteId: true } },
    },
  });
}

export function countPublishedPages(params: { siteId: string; lang: string }) {
  return db().page.count({ where: { siteId: params.siteId, lang: params.lang, ...publishedWhere() } });
}

// ── Console ──────────────────────────────────────────────────────────────────

export function findPagesForConsole(siteId: string) {
  return db().page.findMany({
    where: { siteId },
    select: { id: true, slug: true, lang: true, kind: true, title: true, position: true, status: true, updatedAt: true, translationOfId: true },
    orderBy: [{ position: 'asc' }, { lang: 'desc' }, { title: 'asc' }],
    take: 500,
  });
}

export function findPageForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.page.findFirst({
    where: { id: params.id, siteId: params.siteId },
    include: {
      translations: { where: { siteId: params.siteId }, select: { id: true, lang: true, slug: true, status: true } },
      translationOf: { select: { id: true, title: true, siteId: true } },
    },
  });
}

export function pageSlugExists(params: { siteId: string; lang: string; slug: string; exceptId?: string }, tx: Db = db()) {
  return tx.page
    .findFirst({ where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) }, select: { id: true } })
    .then(Boolean);
}

export function findPageTranslation(params: { siteId: string; originalId: string; lang: string }, tx: Db = db()) {
  return tx.page.findFirst({ where: { siteId: params.siteId, translationOfId: params.originalId, lang: params.lang }, select: { id: true } });
}

export function insertPage(tx: Db, data: Prisma.PageUncheckedCreateInput) {
  return tx.page.create({ data });
}

export async function updatePageRow(tx: Db, params: { siteId: string; id: string; data: Prisma.PageUncheckedUpdateManyInput }) {
  return (await tx.page.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

/** Kind and position belong to the original; its translations follow them (C11). */
export async function syncPageTranslations(tx: Db, params: { siteId: string; originalId: string; data: { kind: Prisma.PageUncheckedUpdateManyInput['kind']; position: number } }) {
  await tx.page.updateMany({ where: { siteId: params.siteId, translationOfId: params.originalId }, data: params.data });
}

export async function deletePageRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.page.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

/** What the editorial workflow needs of a page row. */
export function findPageFacts(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.page.findFirst({ where: { id: params.id, siteId: params.siteId }, select: { id: true, lang: true, slug: true, status: true, publishedAt: true } });
}
