import { headers } from 'next/headers';
import { z } from 'zod';
import { getSiteById } from '@/modules/sites/sites.service';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, GENERIC_ERROR_MESSAGE, isAppError, isDatabaseUnavailable } from './errors';
import { logError } from './log';

/**
 * The public JSON API's plumbing (X2, CONTRACT "Public JSON API"): the site comes from the header
 * the proxy set after stripping any client copy; errors have the shape { error: { code, message } }.
 */
export async function apiSite(): Promise<SiteDto> {
  const siteId = (await headers()).get('x-cs-site-id');
  const site = siteId ? await getSiteById(siteId) : null;
  if (!site || site.status !== 'ACTIVE') throw new AppError('NOT_FOUND', 'Không tìm thấy trang thông tin điện tử.');
  return site;
}

export const PagingSchema = z.object({
  page: z.coerce.number({ error: 'Tham số page phải là số nguyên ≥ 1.' }).int({ error: 'Tham số page phải là số nguyên ≥ 1.' }).min(1, { error: 'Tham số page phải là số nguyên ≥ 1.' }).default(1),
  pageSize: z.coerce
    .number({ error: 'Tham số pageSize phải là số nguyên từ 1 đến 100.' })
    .int({ error: 'Tham số pageSize phải là số nguyên từ 1 đến 100.' })
    .min(1, { error: 'Tham số pageSize phải là số nguyên từ 1 đến 100.' })
    .max(100, { error: 'Tham số pageSize tối đa là 100.' })
    .default(20),
});

export function searchParamsObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

export function apiJson(body: unknown, init: { status?: number; maxAge?: number } = {}): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: {
      'cache-control': init.maxAge ? `public, max-age=${init.maxAge}` : 'no-store',
      'access-control-allow-origin': '*',
    },
  });
}

export function apiList<T>(items: T[], paging: { page: number; pageSize: number }, total: number): Response {
  return apiJson({ items, page: paging.page, pageSize: paging.pageSize, total }, { maxAge: 60 });
}

const CODES: Record<string, string> = {
  VALIDATION: 'invalid_request',
  NOT_FOUND: 'not_found',
  FORBIDDEN: 'forbidden',
  UNAUTHENTICATED: 'unauthenticated',
  CONFLICT: 'conflict',
  RULE_VIOLATION: 'unprocessable',
  RATE_LIMITED: 'rate_limited',
  UNAVAILABLE: 'unavailable',
};

export function apiError(error: unknown): Response {
  if (isAppError(error)) return apiJson({ error: { code: CODES[error.code] ?? 'error', message: error.message } }, { status: error.status });
  if (isDatabaseUnavailable(error)) return apiJson({ error: { code: 'unavailable', message: DATABASE_UNAVAILABLE_MESSAGE } }, { status: 503 });
  logError('api request failed', error);
  return apiJson({ error: { code: 'internal_error', message: GENERIC_ERROR_MESSAGE } }, { status: 500 });
}

/** Wraps a route handler so every failure answers the JSON error shape. */
export function apiRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return apiError(error);
    }
  };
}
