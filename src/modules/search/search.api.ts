import { parseInput } from '@/server/validation';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { ApiSearchQuerySchema } from './search.schemas';
import { getSearchScope, searchContent } from './search.service';

/**
 * GET /api/v1/search (CONTRACT "search hit": type, slug, title, excerpt, site, date, url). The excerpt is
 * escaped HTML with the matched words in <mark>; `url` is absolute on the item's own host.
 */
export async function apiSearch(site: SiteDto, origin: (host: string) => string, query: Record<string, string>) {
  const q = parseInput(ApiSearchQuerySchema, query);
  const scope = await getSearchScope(site);
  const r = await searchContent({
    scope,
    filter: { q: q.q, types: q.type, site: q.site, field: q.field, from: q.from, to: q.to, sort: q.sort, page: q.page, pageSize: q.pageSize },
  });
  return {
    items: r.items.map((h) => ({
      type: h.type,
      typeLabel: h.typeLabel,
      slug: h.slug,
      lang: h.lang,
      title: h.title,
      excerpt: h.excerptHtml,
      site: { host: h.site.host, name: h.site.name },
      date: h.date,
      url: `${origin(h.site.host)}${h.path}`,
      exactNumber: h.exactNumber,
    })),
    page: r.page,
    pageSize: r.pageSize,
    total: r.total,
    totalCapped: r.totalCapped,
    corrected: r.corrected,
  };
}
