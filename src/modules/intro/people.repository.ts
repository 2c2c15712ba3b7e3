import type { Db } from '@/server/db';
import { db } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { publishedWhere } from '@/modules/content/visibility';

const personSelect = {
  id: true,
  slug: true,
  lang: true,
  name: true,
  jobTitle: true,
  unit: true,
  duties: true,
  phone: true,
  email: true,
  isLeader: true,
  isSiteContact: true,
  position: true,
  updatedAt: true,
  photo: { select: { id: true, siteId: true, fileName: true, width: true, height: true } },
} satisfies Prisma.PersonSelect;

const translatedSelect = { slug: true, lang: true, name: true, jobTitle: true, unit: true, duties: true } satisfies Prisma.PersonSelect;

/**
 * Published Vietnamese people of a site with their published English versions (C2, C7). The
 * Vietnamese row holds the shared facts (photo, phone, e-mail, role, order); a translation holds
 * only the translated words.
 */
export function findPublishedPeople(params: { siteId: string; filter: 'leaders' | 'contacts' }) {
  const now = new Date();
  const where: Prisma.PersonWhereInput =
    params.filter === 'leaders' ? { isLeader: true } : { OR: [{ isSiteContact: true }, { isLeader: false }] };
  return db().person.findMany({
    where: { siteId: params.siteId, lang: 'vi', ...publishedWhere(now), ...where },
    select: { ...personSelect, translations: { where: { siteId: params.siteId, lang: 'en', ...publishedWhere(now) }, select: translatedSelect, take: 1 } },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    take: 200,
  });
}

/** A published leader's profile: the Vietnamese row, or an English row whose original is public. */
export function findPublishedLeaderBySlug(params: { siteId: string; lang: string; slug: string }) {
  const now = new Date();
  const visible = { siteId: params.siteId, ...publishedWhere(now) };
  return db().person.findFirst({
    where:
      params.lang === 'vi'
        ? { ...visible, lang: 'vi', slug: params.slug, isLeader: true }
        : { ...visible, lang: params.lang, slug: params.slug, translationOf: { is: { ...visible, lang: 'vi', isLeader: true } } },
    select: {
      ...personSelect,
      translations: { where: { ...visible, lang: 'en' }, select: translatedSelect, take: 1 },
      translationOf: { select: personSelect },
    },
  });
}

export function countPublishedPeople(params: { siteId: string; lang: string }) {
  return db().person.count({ where: { siteId: params.siteId, lang: params.lang, ...publishedWhere() } });
}

// ── Console ──────────────────────────────────────────────────────────────────

export function findPeopleForConsole(siteId: string) {
  return db().person.findMany({
    where: { siteId },
    select: { id: true, slug: true, lang: true, name: true, jobTitle: true, isLeader: true, isSiteContact: true, position: true, status: true, updatedAt: true, translationOfId: true },
    orderBy: [{ position: 'asc' }, { lang: 'desc' }, { name: 'asc' }],
    take: 500,
  });
}

export function findPersonForConsole(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.person.findFirst({
    where: { id: params.id, siteId: params.siteId },
    include: {
      translations: { where: { siteId: params.siteId }, select: { id: true, lang: true, slug: true, status: true } },
      translationOf: { select: { id: true, name: true, siteId: true, slug: true } },
    },
  });
}

export function personSlugExists(params: { siteId: string; lang: string; slug: string; exceptId?: string }, tx: Db = db()) {
  return tx.person
    .findFirst({ where: { siteId: params.siteId, lang: params.lang, slug: params.slug, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) }, select: { id: true } })
    .then(Boolean);
}

export function findPersonTranslation(params: { siteId: string; originalId: string; lang: string }, tx: Db = db()) {
  return tx.person.findFirst({ where: { siteId: params.siteId, translationOfId: params.originalId, lang: params.lang }, select: { id: true } });
}

export function insertPerson(tx: Db, data: Prisma.PersonUncheckedCreateInput) {
  return tx.person.create({ data });
}

export async function updatePersonRow(tx: Db, params: { siteId: string; id: string; data: Prisma.PersonUncheckedUpdateManyInput }) {
  return (await tx.person.updateMany({ where: { id: params.id, siteId: params.siteId }, data: params.data })).count;
}

/** Role flags and order belong to the original; its translations follow them. */
export async function syncPersonTranslations(tx: Db, params: { siteId: string; originalId: string; data: { isLeader: boolean; isSiteContact: boolean; position: number } }) {
  await tx.person.updateMany({ where: { siteId: params.siteId, translationOfId: params.originalId }, data: params.data });
}

/** One person in charge of the site (C7): choosing one clears the flag on everyone else of the site. */
export async function clearSiteContact(tx: Db, params: { siteId: string; exceptIds: string[] }) {
  return (await tx.person.updateMany({ where: { siteId: params.siteId, isSiteContact: true, id: { notIn: params.exceptIds } }, data: { isSiteContact: false } })).count;
}

export async function deletePersonRow(tx: Db, params: { siteId: string; id: string }) {
  return (await tx.person.deleteMany({ where: { id: params.id, siteId: params.siteId } })).count;
}

export function findImageInSite(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.media.findFirst({ where: { siteId: params.siteId, id: params.id, kind: 'IMAGE' }, select: { id: true } });
}

/** What the editorial workflow needs of a person row. */
export function findPersonFacts(params: { siteId: string; id: string }, tx: Db = db()) {
  return tx.person.findFirst({
    where: { id: params.id, siteId: params.siteId },
    select: { id: true, lang: true, slug: true, status: true, publishedAt: true, isLeader: true, isSiteContact: true, translations: { where: { siteId: params.siteId }, select: { id: true } } },
  });
}
