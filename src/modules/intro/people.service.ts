import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { knownId } from './known-id';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { canEditContent } from '@/modules/content/content.policy';
import { contentChanged } from '@/modules/content/content-events';
import type { Snapshot } from '@/modules/workflow/workflow-adapter';
import { assertCanWrite, forgetItem, getEditorialView, saveVersion, startImportedItem, startItem, transition, workingStates, type TransitionInput } from '@/modules/workflow/workflow.service';
import { personWorkflow, type PersonSnapshot } from './person-workflow';
import { uniqueSlug } from '@/modules/content/slug';
import type { MediaRef } from '@/modules/media/media-url';
import { findSiteImages } from '@/modules/articles/articles.repository';
import { PersonInputSchema, type PersonInput } from './intro.schemas';
import {
  countPublishedPeople,
  deletePersonRow,
  findImageInSite,
  findPeopleForConsole,
  findPersonForConsole,
  findPersonTranslation,
  findPublishedLeaderBySlug,
  findPublishedPeople,
  insertPerson,
  personSlugExists,
} from './people.repository';

/**
 * A person as the public sees them (C2 leadership, C7 contacts). `lang` is the language of the words
 * (name, position, unit, duties): an English page falls back to the Vietnamese words, marked as such,
 * when no English version is published, so that contacts are never missing.
 */

const NOT_FOUND = 'Không tìm thấy người này.';

export type PublicPerson = {
  slug: string;
  lang: 'vi' | 'en';
  profilePath: string;
  name: string;
  jobTitle: string;
  unit: string | null;
  duties: string | null;
  phone: string | null;
  email: string | null;
  photo: MediaRef | null;
  isLeader: boolean;
  isSiteContact: boolean;
  updatedAt: string;
};

export type LeaderProfile = PublicPerson & { translation: { lang: 'vi' | 'en'; slug: string } | null };

type Facts = { slug: string; phone: string | null; email: string | null; isLeader: boolean; isSiteContact: boolean; updatedAt: Date; photo: MediaRef | null };
type Words = { slug: string; lang: string; name: string; jobTitle: string; unit: string | null; duties: string | null };

function toPublicPerson(facts: Facts, words: Words): PublicPerson {
  const lang = words.lang === 'en' ? 'en' : 'vi';
  return {
    slug: words.slug,
    lang,
    profilePath: `${lang === 'en' ? '/en' : ''}/gioi-thieu/lanh-dao/${words.slug}`,
    name: words.name,
    jobTitle: words.jobTitle,
    unit: words.unit,
    duties: words.duties,
    phone: facts.phone,
    email: facts.email,
    photo: facts.photo,
    isLeader: facts.isLeader,
    isSiteContact: facts.isSiteContact,
    updatedAt: facts.updatedAt.toISOString(),
  };
}

/** Published leaders of a site in order (C2). */
export async function listLeaders(params: { siteId: string; lang: 'vi' | 'en' }): Promise<PublicPerson[]> {
  const rows = await findPublishedPeople({ siteId: params.siteId, filter: 'leaders' });
  return rows.map((r) => toPublicPerson(r, (params.lang === 'en' ? r.translations[0] : undefined) ?? r));
}

/** The person in charge of the site and the other contact persons (C7). */
export async function listContactPeople(params: { siteId: string; lang: 'vi' | 'en' }): Promise<{ siteContact: PublicPerson | null; others: PublicPerson[] }> {
  const rows = await findPublishedPeople({ siteId: params.siteId, filter: 'contacts' });
  const people = rows.map((r) => toPublicPerson(r, (params.lang === 'en' ? r.translations[0] : undefined) ?? r));
  return { siteContact: people.find((p) => p.isSiteContact) ?? null, others: people.filter((p) => !p.isSiteContact) };
}

export async function getLeaderProfile(params: { siteId: string; slug: string; lang: 'vi' | 'en' }): Promise<LeaderProfile | null> {
  const row = await findPublishedLeaderBySlug(params);
  if (!row) return null;
  if (params.lang === 'vi') {
    const en = row.translations[0];
    return { ...toPublicPerson(row, row), translation: en ? { lang: 'en', slug: en.slug } : null };
  }
  const original = row.translationOf;
  if (!original) return null;
  return { ...toPublicPerson(original, row), translation: { lang: 'vi', slug: original.slug } };
}

export async function countEnglishPeople(siteId: string): Promise<number> {
  return countPublishedPeople({ siteId, lang: 'en' });
}

// ── Console ──────────────────────────────────────────────────────────────────

function requireEditor(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền biên tập nội dung của trang này.');
}

async function checkPhoto(siteId: string, photoId: string | null | undefined) {
  if (photoId && !(await findImageInSite({ siteId, id: photoId }))) {
    throw new AppError('VALIDATION', 'Ảnh chân dung không thuộc thư viện ảnh của trang.', { photoId: 'Chọn một ảnh trong thư viện ảnh của trang.' });
  }
}

async function resolveOriginal(siteId: string, translationOfId: string | null | undefined) {
  if (!translationOfId) throw new AppError('VALIDATION', 'Bản tiếng Anh phải gắn với một người đã có thông tin tiếng Việt.', { translationOfId: 'Chọn bản tiếng Việt gốc.' });
  const original = await findPersonForConsole({ siteId, id: translationOfId });
  if (!original || original.lang !== 'vi') throw new AppError('VALIDATION', 'Bản gốc không thuộc trang này.', { translationOfId: 'Bản gốc không hợp lệ.' });
  if (await findPersonTranslation({ siteId, originalId: original.id, lang: 'en' })) {
    throw new AppError('CONFLICT', 'Người này đã có bản tiếng Anh; hãy sửa bản đó.');
  }
  return original;
}

/**
 * Adds a leader or contact person as a draft of its writer (E2); it becomes public only through the workflow.
 * `imported` brings in people approved before this platform (the command line only). An English version carries
 * only translated words; photo, phone, e-mail, role and order stay on the original.
 */
export async function createPerson(actor: Actor, siteId: string, input: PersonInput, options: { imported?: 'PUBLISHED' | 'DRAFT' } = {}) {
  const data = parseInput(PersonInputSchema, input);
  if (!options.imported) await withTransaction((tx) => assertCanWrite(tx, actor, siteId, [], personWorkflow.noun));
  else if (!(actor.isPlatformAdmin && actor.userId === null)) throw new AppError('FORBIDDEN', 'Chỉ dòng lệnh nhập dữ liệu mới được nhập thông tin người; thông tin mới phải qua ban biên tập duyệt.');
  const original = data.lang === 'en' ? await resolveOriginal(siteId, data.translationOfId) : null;
  if (!original) await checkPhoto(siteId, data.photoId);
  const published = options.imported === 'PUBLISHED';
  return withTransaction(async (tx) => {
    // The English version shares the original's address: /en/gioi-thieu/lanh-dao/<same slug>.
    const slug = original
      ? (await personSlugExists({ siteId, lang: 'en', slug: original.slug }, tx))
        ? await uniqueSlug(data.name, (s) => personSlugExists({ siteId, lang: 'en', slug: s }, tx), 'nguoi')
        : original.slug
      : await uniqueSlug(data.name, (s) => personSlugExists({ siteId, lang: 'vi', slug: s }, tx), 'nguoi');
    const snapshot: PersonSnapshot = {
      name: data.name,
      jobTitle: data.jobTitle,
      unit: data.unit ?? null,
      duties: data.duties ?? null,
      phone: original ? null : (data.phone ?? null),
      email: original ? null : (data.email ?? null),
      photoId: original ? null : (data.photoId ?? null),
      isLeader: original ? original.isLeader : data.isLeader,
      isSiteContact: original ? original.isSiteContact : data.isSiteContact,
      position: original ? original.position : data.position,
    };
    const row = await insertPerson(tx, {
      siteId,
      lang: data.lang,
      translationOfId: original?.id ?? null,
      slug,
      ...snapshot,
      status: published ? 'PUBLISHED' : 'DRAFT',
      publishedAt: published ? new Date() : null,
    });
    if (published) {
      await startImportedItem(tx, actor, personWorkflow, siteId, row.id, snapshot as unknown as Snapshot);
      await personWorkflow.setPublic(tx, siteId, row.id, { status: 'PUBLISHED' });
    } else {
      await startItem(tx, actor, personWorkflow, { siteId, entityId: row.id, data: snapshot as unknown as Snapshot });
    }
    await recordAudit(tx, actor, {
      siteId,
      action: options.imported ? 'person.import' : 'person.create',
      entity: 'person',
      entityId: row.id,
      after: { name: row.name, jobTitle: row.jobTitle, lang: row.lang, isLeader: row.isLeader, isSiteContact: row.isSiteContact, status: row.status },
    });
    await contentChanged(tx, { siteId, type: 'person', id: row.id, change: published ? 'published' : 'saved' });
    return { id: row.id, slug, status: row.status };
  });
}

/** Saves a version of a person (E3): before first publication the row is the draft; after it, a pending version. */
export async function updatePerson(actor: Actor, siteId: string, personId: string, input: PersonInput, options: { autosave?: boolean } = {}) {
  requireEditor(actor, siteId);
  const data = parseInput(PersonInputSchema, input);
  const before = await findPersonForConsole({ siteId, id: knownId(personId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  const isTranslation = before.lang !== 'vi';
  if (!isTranslation) await checkPhoto(siteId, data.photoId);
  const snapshot: PersonSnapshot = {
    name: data.name,
    jobTitle: data.jobTitle,
    unit: data.unit ?? null,
    duties: data.duties ?? null,
    ...(isTranslation
      ? { phone: null, email: null, photoId: null, isLeader: before.isLeader, isSiteContact: before.isSiteContact, position: before.position }
      : { phone: data.phone ?? null, email: data.email ?? null, photoId: data.photoId ?? null, isLeader: data.isLeader, isSiteContact: data.isSiteContact, position: data.position }),
  };
  return saveVersion(actor, personWorkflow, { siteId, entityId: personId, data: snapshot as unknown as Snapshot, autosave: options.autosave });
}

/** One step of the editorial workflow on a person: submit, review, return, approve, schedule, unpublish… */
export function personTransition(actor: Actor, siteId: string, personId: string, input: TransitionInput) {
  return transition(actor, personWorkflow, { siteId, entityId: personId, ...input });
}

/** Only the board head removes a person for good, and never while public (unpublish first, with a reason). */
export async function deletePerson(actor: Actor, siteId: string, personId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId && m.role === 'BOARD_HEAD')) throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập được xóa thông tin lãnh đạo, người liên hệ.');
  const before = await findPersonForConsole({ siteId, id: knownId(personId, NOT_FOUND) });
  if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (before.status === 'PUBLISHED' || before.status === 'SCHEDULED') throw new AppError('RULE_VIOLATION', 'Thông tin đang đăng hoặc hẹn giờ đăng: hãy gỡ (ghi lý do) trước khi xóa.');
  if (before.translations.length > 0) throw new AppError('RULE_VIOLATION', 'Người này còn bản tiếng Anh; hãy xóa bản tiếng Anh trước.');
  await withTransaction(async (tx) => {
    await deletePersonRow(tx, { siteId, id: personId });
    await forgetItem(tx, personWorkflow, siteId, personId);
    await recordAudit(tx, actor, { siteId, action: 'person.delete', entity: 'person', entityId: personId, before: { name: before.name, jobTitle: before.jobTitle, status: before.status } });
    await contentChanged(tx, { siteId, type: 'person', id: personId, change: 'deleted' });
  });
}

export async function listPeopleForConsole(actor: Actor, siteId: string) {
  requireEditor(actor, siteId);
  const rows = await findPeopleForConsole(siteId);
  const working = await workingStates(personWorkflow, siteId, rows.map((r) => r.id));
  return rows.map((r) => {
    const w = working.get(r.id);
    const pendingVersion = r.status === 'PUBLISHED' && w && w.state !== 'PUBLISHED' ? w.label : null;
    return { ...r, lang: r.lang === 'en' ? ('en' as const) : ('vi' as const), pendingVersion, updatedAt: r.updatedAt.toISOString() };
  });
}

/** The person as the editor should see them: the working version (the pending one while published) and its workflow. */
export async function getPersonForEditing(actor: Actor, siteId: string, personId: string) {
  requireEditor(actor, siteId);
  const row = await findPersonForConsole({ siteId, id: knownId(personId, NOT_FOUND) });
  if (!row) return null;
  const { data, ...editorial } = (await getEditorialView(actor, personWorkflow, siteId, personId))!;
  const working = data as unknown as PersonSnapshot;
  return {
    id: row.id,
    lang: row.lang === 'en' ? ('en' as const) : ('vi' as const),
    slug: row.slug,
    status: row.status,
    publicName: row.name,
    publicIsLeader: row.isLeader,
    name: working.name,
    jobTitle: working.jobTitle,
    unit: working.unit,
    duties: working.duties,
    phone: working.phone,
    email: working.email,
    photoId: working.photoId,
    isLeader: working.isLeader,
    isSiteContact: working.isSiteContact,
    position: working.position,
    translationOf: row.translationOf ? { id: row.translationOf.id, name: row.translationOf.name } : null,
    translation: row.translations.find((t) => t.lang === 'en') ?? null,
    editorial,
  };
}

/** What the person form offers: the site's images for the portrait. */
export async function getPersonFormOptions(actor: Actor, siteId: string) {
  requireEditor(actor, siteId);
  const images = await findSiteImages(siteId);
  return { images: images.map((m) => ({ id: m.id, label: m.alt ? `${m.alt} (${m.fileName})` : m.fileName })) };
}
