/**
 * Which public responses the page cache (scripts/serve.mjs) may keep (issue 7). The proxy marks a response as
 * cacheable by naming its site in `x-cs-cache-site`; the cache itself skips anything signed in, any method but
 * GET/HEAD, any status but 200 and anything setting a cookie. Pages that answer one person (a tracking code, a
 * search, a form's result) are listed here and never marked.
 */
const NEVER_CACHED = [/^\/tim-kiem(\/|$)/, /^\/en\/tim-kiem(\/|$)/, /^\/hoi-dap\/tra-cuu(\/|$)/, /^\/media\//, /^\/api\/v1\/search(\/|$)/];

export const CACHE_SITE_HEADER = 'x-cs-cache-site';

export function isCacheablePath(pathname: string): boolean {
  return !NEVER_CACHED.some((re) => re.test(pathname));
}
