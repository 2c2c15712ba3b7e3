import { apiGetDocument } from '@/modules/documents/documents.api';
import { apiJson, apiRoute, apiSite, searchParamsObject } from '@/server/api';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const site = await apiSite();
  const origin = (await originResolver())(site.host);
  return apiJson(await apiGetDocument(site, origin, (await params).slug, searchParamsObject(request)), { maxAge: 60 });
});
