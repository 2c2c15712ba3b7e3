import { apiListServices } from '@/modules/services/services.api';
import { apiJson, apiRoute, apiSite, searchParamsObject } from '@/server/api';
import { originResolver } from '@/server/public-origin';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request: Request) => apiJson(await apiListServices(await apiSite(), await originResolver(), searchParamsObject(request)), { maxAge: 60 }));
