import { AppError, isAppError, isDatabaseUnavailable } from '@/server/errors';
import { logError } from '@/server/log';
import { listActiveSites } from '@/modules/sites/sites.service';
import { searchEngine } from './search-index';
import { SEARCH_SOURCES, searchSource } from './search-sources';
import type { SearchFilter } from './search.schemas';
import { correctedQuery, excerptHtml, highlightHtml, highlightWords, parseSearchQuery } from './search-text';

/** One result as the page and the API show it (CONTRACT "search hit": type, slug, title, excerpt, site, date, url). */
export type SearchHitDto = {
  type: string;
  typeLabel: string;
  slug: string;
  lang: string;
  title: string;
  /** The title as escaped HTML with the matched words in <mark>. */
  titleHtml: string;
  /** An excerpt as escaped HTML with the matched words in <mark>. */
  excerptHtml: string;
  site: { id: string; host: string; name: string };
  date: string | null;
  /** Path on the item's own site (the caller makes it absolute with the site's origin). */
  path: string;
  exactNumber: boolean;
};

export type SearchResultDto = {
  query: string;
  total: number;
  /** More items match than were counted (a very broad query): `total` is a lower bound. */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  items: SearchHitDto[];
  /** The query with mistyped words corrected, when the engine corrected some. */
  corrected: string | null;
};

export type SearchScope = {
  /** The root portal searches every active site; a sub-site only itself (T4, S1). */
  isRoot: boolean;
  sites: { id: string; host: string; name: string }[];
};

export const SEARCH_UNAVAILABLE_MESSAGE = 'Chức năng tìm kiếm tạm thời không hoạt động. Vui lòng thử lại sau ít phút; các trang khác vẫn dùng bình thường.';

export async function getSearchScope(site: { id: string; parentId: string | null }): Promise<SearchScope> {
  const active = (await listActiveSites()).map((s) => ({ id: s.id, host: s.host, name: s.name }));
  if (site.parentId === null) return { isRoot: true, sites: active };
  return { isRoot: false, sites: active.filter((s) => s.id === site.id) };
}

const VN_DAY = (day: string) => new Date(`${day}T00:00:00+07:00`);
const NEXT_DAY = (day: string) => new Date(VN_DAY(day).getTime() + 86_400_000);

/**
 * S1: searches the request's site (or, on the root portal, every active site or the one chosen). Drafts are
 * never indexed; items of suspended or archived sites are removed from the index and also outside the scope.
 */
export async function searchContent(params: { scope: SearchScope; filter: SearchFilter; now?: Date }): Promise<SearchResultDto> {
  const { scope, filter } = params;
  const parsed = parseSearchQuery(filter.q);
  const empty: SearchResultDto = { query: parsed.text, total: 0, totalCapped: false, page: filter.page, pageSize: filter.pageSize, items: [], corrected: null };
  if (parsed.parts.length === 0 && !parsed.numberKey) return empty;
  let sites = scope.sites;
  if (scope.isRoot && filter.site) {
    sites = scope.sites.filter((s) => s.host === filter.site);
    if (sites.length === 0) throw new AppError('NOT_FOUND', `Không có trang thành phần nào đang hoạt động với tên miền “${filter.site}”.`);
  }
  if (sites.length === 0) return empty;
  const byId = new Map(sites.map((s) => [s.id, s]));
  try {
    const result = await searchEngine().search({
      siteIds: sites.map((s) => s.id),
      parsed,
      types: filter.types.length ? filter.types : undefined,
      field: filter.field,
      from: filter.from ? VN_DAY(filter.from) : undefined,
      to: filter.to ? NEXT_DAY(filter.to) : undefined,
      sort: filter.sort,
      offset: (filter.page - 1) * filter.pageSize,
      limit: filter.pageSize,
      now: params.now ?? new Date(),
    });
    const words = highlightWords(parsed, result.corrections);
    return {
      query: parsed.text,
      total: result.total,
      totalCapped: result.totalCapped,
      page: filter.page,
      pageSize: filter.pageSize,
      corrected: result.total === 0 ? null : correctedQuery(parsed, result.corrections),
      items: result.hits
        .filter((h) => byId.has(h.siteId))
        .map((h) => ({
          type: h.type,
          typeLabel: searchSource(h.type)?.label ?? h.type,
          slug: h.slug,
          lang: h.lang,
          title: h.title,
          titleHtml: highlightHtml(h.title, words),
          excerptHtml: excerptHtml(h.body, words),
          site: byId.get(h.siteId)!,
          date: h.date ? h.date.toISOString() : null,
          path: h.path,
          exactNumber: h.exactNumber,
        })),
    };
  } catch (error) {
    // The built-in engine is the database: its failure is the database's (answered as such); Meilisearch's is search's.
    if (isAppError(error) || (searchEngine().name === 'built-in' && isDatabaseUnavailable(error))) throw error;
    logError('search failed', error, { engine: searchEngine().name });
    throw new AppError('UNAVAILABLE', SEARCH_UNAVAILABLE_MESSAGE);
  }
}

/** Fields (lĩnh vực) of the scope's items for the filter; none when the engine does not answer. */
export async function listSearchFields(scope: SearchScope): Promise<string[]> {
  if (scope.sites.length === 0) return [];
  return searchEngine()
    .fields(scope.sites.map((s) => s.id))
    .catch((error) => {
      logError('search fields failed', error, { engine: searchEngine().name });
      return [];
    });
}

export const SEARCH_TYPE_OPTIONS = SEARCH_SOURCES.map((s) => ({ type: s.type, param: s.param, label: s.label }));
