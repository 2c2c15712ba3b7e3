import { apiSearch } from '@/modules/search/search.api';
import { apiJson, apiRoute, apiSite, searchParamsObject } from '@/server/api';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request: Request) => {
  const site = await apiSite();
  return apiJson(await apiSearch(site, await originResolver(), searchParamsObject(request)));
});
