import type { Db } from '@/server/db';
import { documentTypeLabel } from '@/modules/documents/document-types';
import { galleryPath } from '@/modules/galleries/gallery-paths';
import { htmlToText } from './search-text';
import {
  findIndexableArticles,
  findIndexableConsultations,
  findIndexableDocuments,
  findIndexableGalleries,
  findIndexablePages,
  findIndexablePeople,
  findIndexableProjects,
  findIndexableQuestions,
  findIndexableServices,
  type SourcePage,
} from './search-sources.repository';

/** One published item as both engines index it (S1). Text is NFC as stored. */
export type SearchDocument = {
  siteId: string;
  type: string;
  entityId: string;
  lang: string;
  slug: string;
  /** Public path on the item's own site, e.g. /van-ban/<slug>. */
  path: string;
  title: string;
  body: string;
  field: string | null;
  /** Số ký hiệu folded (documents only), matched exactly. */
  numberKey: string | null;
  date: Date | null;
  visibleFrom: Date;
};

/**
 * A kind of content the search finds. A module becomes searchable with one entry in SEARCH_SOURCES below and a `contentChanged(tx, …)` call of its type
 * in its write paths: the index job, the rebuild, both engines, the filters and the results page all
 * read this list.
 */
export type SearchSource = {
  /** Stored in the index and answered by the API as the hit's `type`. */
  type: string;
  /** The value of `?loai=` on /tim-kiem (Vietnamese, lower-kebab). */
  param: string;
  /** What people read in filters and results. */
  label: string;
  /** Published items of a site: by id (the index job) or in id order from `afterId` (a rebuild). */
  load: (siteId: string, page: SourcePage, tx?: Db) => Promise<SearchDocument[]>;
};

/** Bodies beyond this add little to finding an item and a lot to the index. */
const BODY_LIMIT = 20_000;
const text = (...parts: (string | null | undefined)[]) =>
  parts
    .map((p) => p?.trim() ?? '')
    .filter(Boolean)
    .reduce((all, p) => (all ? `${all}${/[.!?:;…]$/.test(all) ? ' ' : '. '}${p}` : p), '')
    .slice(0, BODY_LIMIT);
const prefix = (lang: string) => (lang === 'en' ? '/en' : '');

const articles: SearchSource = {
  type: 'article',
  param: 'tin-bai',
  label: 'Tin bài',
  async load(siteId, page, tx) {
    return (await findIndexableArticles(siteId, page, tx)).map((a) => ({
      siteId: a.siteId,
      type: 'article',
      entityId: a.id,
      lang: a.lang,
      slug: a.slug,
      path: `${prefix(a.lang)}/tin-tuc/${a.slug}`,
      title: a.title,
      body: text(a.sapo, htmlToText(a.bodyHtml), a.tags.join(', '), a.author),
      field: a.categories[0]?.category.name ?? null,
      numberKey: null,
      date: a.publishedAt,
      visibleFrom: a.publishedAt!,
    }));
  },
};

const documents: SearchSource = {
  type: 'document',
  param: 'van-ban',
  label: 'Văn bản',
  async load(siteId, page, tx) {
    return (await findIndexableDocuments(siteId, page, tx)).map((d) => ({
      siteId: d.siteId,
      type: 'document',
      entityId: d.id,
      lang: d.lang,
      slug: d.slug,
      path: `${prefix(d.lang)}/van-ban/${d.slug}`,
      title: `${documentTypeLabel(d.type, d.lang === 'en' ? 'en' : 'vi')} ${d.number}`,
      body: text(d.summary, d.issuer, d.signer, d.bodyHtml ? htmlToText(d.bodyHtml) : null),
      field: d.field,
      numberKey: d.numberKey,
      date: d.issuedAt,
      visibleFrom: d.publishedAt!,
    }));
  },
};

const pages: SearchSource = {
  type: 'page',
  param: 'gioi-thieu',
  label: 'Giới thiệu',
  async load(siteId, page, tx) {
    return (await findIndexablePages(siteId, page, tx)).map((p) => ({
      siteId: p.siteId,
      type: 'page',
      entityId: p.id,
      lang: p.lang,
      slug: p.slug,
      path: `${prefix(p.lang)}/gioi-thieu/${p.slug}`,
      title: p.title,
      body: text(htmlToText(p.bodyHtml)),
      field: null,
      numberKey: null,
      date: p.publishedAt,
      visibleFrom: p.publishedAt!,
    }));
  },
};

const people: SearchSource = {
  type: 'person',
  param: 'lanh-dao',
  label: 'Lãnh đạo',
  async load(siteId, page, tx) {
    return (await findIndexablePeople(siteId, page, tx)).map((p) => ({
      siteId: p.siteId,
      type: 'person',
      entityId: p.id,
      lang: p.lang,
      slug: p.slug,
      path: `${prefix(p.lang)}/gioi-thieu/lanh-dao/${p.slug}`,
      title: p.name,
      body: text(p.jobTitle, p.unit, p.duties),
      field: null,
      numberKey: null,
      date: p.publishedAt,
      visibleFrom: p.publishedAt!,
    }));
  },
};

const projects: SearchSource = {
  type: 'project',
  param: 'du-an',
  label: 'Dự án',
  async load(siteId, page, tx) {
    return (await findIndexableProjects(siteId, page, tx)).map((p) => ({
      siteId: p.siteId,
      type: 'project',
      entityId: p.id,
      lang: p.lang,
      slug: p.slug,
      path: `${prefix(p.lang)}/du-an/${p.slug}`,
      title: p.name,
      body: text(p.objective, p.location, p.sponsor, p.bodyHtml ? htmlToText(p.bodyHtml) : null),
      field: p.field,
      numberKey: null,
      date: p.startDate ?? p.publishedAt,
      visibleFrom: p.publishedAt!,
    }));
  },
};

const galleries: SearchSource = {
  type: 'gallery',
  param: 'thu-vien',
  label: 'Thư viện ảnh, video',
  async load(siteId, page, tx) {
    return (await findIndexableGalleries(siteId, page, tx)).map((g) => ({
      siteId: g.siteId,
      type: 'gallery',
      entityId: g.id,
      lang: g.lang,
      slug: g.slug,
      path: galleryPath(g),
      title: g.title,
      body: text(g.description, ...g.items.map((i) => i.caption)),
      field: null,
      numberKey: null,
      date: g.publishedAt,
      visibleFrom: g.publishedAt!,
    }));
  },
};

const services: SearchSource = {
  type: 'service',
  param: 'thu-tuc',
  label: 'Thủ tục hành chính',
  async load(siteId, page, tx) {
    return (await findIndexableServices(siteId, page, tx)).map((s) => ({
      siteId: s.siteId,
      type: 'service',
      entityId: s.id,
      lang: 'vi',
      slug: s.slug,
      path: `/dich-vu-cong/${s.slug}`,
      title: s.name,
      body: text(`Mã thủ tục ${s.code}`, s.implementingBody, s.applicants, s.steps, s.dossier, s.result),
      field: s.field,
      numberKey: null,
      date: s.publishedAt,
      visibleFrom: s.publishedAt!,
    }));
  },
};

const questions: SearchSource = {
  type: 'question',
  param: 'hoi-dap',
  label: 'Hỏi đáp',
  async load(siteId, page, tx) {
    return (await findIndexableQuestions(siteId, page, tx)).map((q) => ({
      siteId: q.siteId,
      type: 'question',
      entityId: q.id,
      lang: 'vi',
      slug: q.slug,
      path: `/hoi-dap/${q.slug}`,
      title: q.title,
      body: text(q.content, q.answer),
      field: q.field,
      numberKey: null,
      date: q.publishedAt,
      visibleFrom: q.publishedAt!,
    }));
  },
};

const consultations: SearchSource = {
  type: 'consultation',
  param: 'du-thao',
  label: 'Dự thảo lấy ý kiến',
  async load(siteId, page, tx) {
    return (await findIndexableConsultations(siteId, page, tx)).map((c) => ({
      siteId: c.siteId,
      type: 'consultation',
      entityId: c.id,
      lang: 'vi',
      slug: c.slug,
      path: `/gop-y-du-thao/${c.slug}`,
      title: c.title,
      body: text(c.summary, c.unitName, c.body),
      field: null,
      numberKey: null,
      date: c.startsOn,
      visibleFrom: c.publishedAt!,
    }));
  },
};

/** Every searchable kind of content, in the order the type filter lists them. */
export const SEARCH_SOURCES: readonly SearchSource[] = [articles, documents, services, questions, consultations, pages, people, projects, galleries];

export function searchSource(type: string): SearchSource | undefined {
  return SEARCH_SOURCES.find((s) => s.type === type);
}

export function searchSourceByParam(param: string): SearchSource | undefined {
  return SEARCH_SOURCES.find((s) => s.param === param);
}
