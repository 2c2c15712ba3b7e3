import { apiListDocuments } from '@/modules/documents/documents.api';
import { apiJson, apiRoute, apiSite, searchParamsObject } from '@/server/api';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request: Request) => {
  const site = await apiSite();
  const origin = (await originResolver())(site.host);
  return apiJson(await apiListDocuments(site, origin, searchParamsObject(request)), { maxAge: 60 });
});
