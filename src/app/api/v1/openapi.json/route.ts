import { openApiDocument } from '@/modules/api-docs/openapi';
import { apiJson, apiRoute, apiSite } from '@/server/api';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async () => {
  const site = await apiSite();
  return apiJson(openApiDocument((await originResolver())(site.host)), { maxAge: 3600 });
});
