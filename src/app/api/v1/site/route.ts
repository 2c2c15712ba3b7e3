import { toApiSite } from '@/modules/sites/sites.api';
import { apiJson, apiRoute, apiSite } from '@/server/api';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async () => apiJson(toApiSite(await apiSite(), await originResolver()), { maxAge: 60 }));
