import type { Db } from '@/server/db';
import { db } from '@/server/db';

/**
 * What each search source reads: a site's published items (status PUBLISHED with a publish time; the
 * time itself is checked when searching, so a scheduled item appears when its time comes), all of them
 * in id order for a rebuild, or a few by id for the index job. Always scoped by siteId in the where.
 */
export type SourcePage = { ids?: string[]; afterId?: string; limit: number };

const published = (siteId: string, page: SourcePage) => ({
  siteId,
  status: 'PUBLISHED' as const,
  publishedAt: { not: null },
  ...(page.ids ? { id: { in: page.ids } } : {}),
  ...(page.afterId ? { id: { gt: page.afterId } } : {}),
});

export function findIndexableArticles(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.article.findMany({
    where: published(siteId, page),
    orderBy: { id: 'asc' },
    take: page.limit,
    select: {
      id: true, siteId: true, lang: true, slug: true, title: true, sapo: true, bodyHtml: true, author: true, tags: true, publishedAt: true,
      categories: { select: { category: { select: { name: true } } } },
    },
  });
}

export function findIndexableDocuments(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.document.findMany({
    where: published(siteId, page),
    orderBy: { id: 'asc' },
    take: page.limit,
    select: {
      id: true, siteId: true, lang: true, slug: true, number: true, numberKey: true, type: true, issuer: true, signer: true,
      summary: true, bodyHtml: true, field: true, issuedAt: true, publishedAt: true,
    },
  });
}

export function findIndexablePages(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.page.findMany({
    where: published(siteId, page),
    orderBy: { id: 'asc' },
    take: page.limit,
    select: { id: true, siteId: true, lang: true, slug: true, title: true, bodyHtml: true, publishedAt: true },
  });
}

/** Leadership profiles only: other people (contacts) have no page of their own. */
export function findIndexablePeople(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.person.findMany({
    where: { ...published(siteId, page), isLeader: true },
    orderBy: { id: 'asc' },
    take: page.limit,
    select: { id: true, siteId: true, lang: true, slug: true, name: true, jobTitle: true, unit: true, duties: true, publishedAt: true },
  });
}

export function findIndexableProjects(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.project.findMany({
    where: published(siteId, page),
    orderBy: { id: 'asc' },
    take: page.limit,
    select: {
      id: true, siteId: true, lang: true, slug: true, name: true, objective: true, field: true, location: true, sponsor: true,
      bodyHtml: true, startDate: true, publishedAt: true,
    },
  });
}

export function findIndexableGalleries(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.gallery.findMany({
    where: published(siteId, page),
    orderBy: { id: 'asc' },
    take: page.limit,
    select: {
      id: true, siteId: true, lang: true, slug: true, kind: true, title: true, description: true, publishedAt: true,
      items: { select: { caption: true }, orderBy: { position: 'asc' }, take: 50 },
    },
  });
}

/** Procedures of the public-services catalogue (P1), published on the site. */
export function findIndexableServices(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.publicService.findMany({
    where: published(siteId, page),
    orderBy: { id: 'asc' },
    take: page.limit,
    select: {
      id: true, siteId: true, slug: true, code: true, name: true, field: true, implementingBody: true, applicants: true,
      steps: true, dossier: true, result: true, publishedAt: true,
    },
  });
}

const publishedQuestions = (siteId: string, page: SourcePage) => ({
  siteId,
  status: 'ANSWERED' as const,
  isPublished: true,
  publishedAt: { not: null },
  ...(page.ids ? { id: { in: page.ids } } : {}),
  ...(page.afterId ? { id: { gt: page.afterId } } : {}),
});

/** Answered questions the board published (I1): their text and answer only — never who asked. */
export function findIndexableQuestions(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.question.findMany({
    where: publishedQuestions(siteId, page),
    orderBy: { id: 'asc' },
    take: page.limit,
    select: { id: true, siteId: true, slug: true, title: true, content: true, answer: true, field: true, publishedAt: true },
  });
}

/** Drafts published for comment (I2), with their report once published. */
export function findIndexableConsultations(siteId: string, page: SourcePage, tx: Db = db()) {
  return tx.consultation.findMany({
    where: published(siteId, page),
    orderBy: { id: 'asc' },
    take: page.limit,
    select: { id: true, siteId: true, slug: true, title: true, summary: true, body: true, unitName: true, startsOn: true, publishedAt: true },
  });
}

/** How many published items each source has on a site (progress of a rebuild). */
export async function countIndexableItems(siteId: string, tx: Db = db()): Promise<number> {
  const p = published(siteId, { limit: 0 });
  const counts = await Promise.all([
    tx.article.count({ where: p }),
    tx.document.count({ where: p }),
    tx.page.count({ where: p }),
    tx.person.count({ where: { ...p, isLeader: true } }),
    tx.project.count({ where: p }),
    tx.gallery.count({ where: p }),
    tx.publicService.count({ where: p }),
    tx.question.count({ where: publishedQuestions(siteId, { limit: 0 }) }),
    tx.consultation.count({ where: p }),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
