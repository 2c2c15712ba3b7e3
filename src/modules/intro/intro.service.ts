import { listDirectory, type PublicDirectoryEntry } from './directory.service';
import { countEnglishPages, groupPagesByKind, listIntroPages, type IntroPageSummary } from './pages.service';
import { countEnglishPeople, listContactPeople, listLeaders, type PublicPerson } from './people.service';
import type { PageKindName } from './intro.schemas';

/**
 * Whether the site publishes an English introduction (C11): the language switch of /gioi-thieu and
 * /lien-he appears only then. The Vietnamese pages always exist, so the English ones always link back.
 */
export async function hasEnglishIntro(siteId: string): Promise<boolean> {
  const [pages, people] = await Promise.all([countEnglishPages(siteId), countEnglishPeople(siteId)]);
  return pages + people > 0;
}

export type IntroIndex = {
  groups: { kind: PageKindName; pages: IntroPageSummary[] }[];
  leaders: PublicPerson[];
  /** The other language's index is worth linking to. */
  hasTranslation: boolean;
};

/** /gioi-thieu and /en/gioi-thieu: pages grouped by kind, then the leadership (C2). */
export async function getIntroIndex(params: { siteId: string; lang: 'vi' | 'en' }): Promise<IntroIndex> {
  const [pages, leaders, hasTranslation] = await Promise.all([
    listIntroPages(params),
    listLeaders(params),
    params.lang === 'vi' ? hasEnglishIntro(params.siteId) : Promise.resolve(true),
  ]);
  return { groups: groupPagesByKind(pages), leaders, hasTranslation };
}

export type ContactDirectory = {
  siteContact: PublicPerson | null;
  others: PublicPerson[];
  directory: PublicDirectoryEntry[];
  hasTranslation: boolean;
};

/** /lien-he and /en/lien-he: the person in charge of the site, contact persons, the e-mail directory (C7). */
export async function getContactDirectory(params: { siteId: string; lang: 'vi' | 'en' }): Promise<ContactDirectory> {
  const [people, directory, hasTranslation] = await Promise.all([
    listContactPeople(params),
    listDirectory(params),
    params.lang === 'vi' ? hasEnglishIntro(params.siteId) : Promise.resolve(true),
  ]);
  return { ...people, directory, hasTranslation };
}
