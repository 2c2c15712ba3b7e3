import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM runtime module without types (scripts/lib)
import { PageCache, cachedHeaders, chooseEncoding, etagMatches, requestBypasses, responseStorable } from '../../scripts/lib/page-cache.mjs';
import { isCacheablePath } from '@/lib/page-cache-policy';

const html = Buffer.from(`<!doctype html><html lang="vi"><body>${'Tin tức '.repeat(200)}</body></html>`);
const headers = { 'content-type': 'text/html; charset=utf-8', 'x-cs-cache-site': 'site-a', 'set-cookie': undefined };

describe('page cache (issue 7)', () => {
  it('keeps an entry only while its site and the global generation are unchanged', () => {
    const cache = new PageCache();
    cache.setGenerations(new Map([['site-a', 3n], ['global', 1n]]));
    cache.put({ host: 'a.vn', url: '/tin-tuc', site: 'site-a', generations: cache.generations, status: 200, headers, body: html });
    expect(cache.get('a.vn', '/tin-tuc')).not.toBeNull();
    expect(cache.get('b.vn', '/tin-tuc')).toBeNull();
    cache.updateGenerations([['site-b', 1n]]);
    expect(cache.get('a.vn', '/tin-tuc')).not.toBeNull();
    cache.updateGenerations([['site-a', 4n]]);
    expect(cache.get('a.vn', '/tin-tuc')).toBeNull();
    cache.put({ host: 'a.vn', url: '/', site: 'site-a', generations: cache.generations, status: 200, headers, body: html });
    cache.updateGenerations([['global', 2n]]);
    expect(cache.get('a.vn', '/')).toBeNull();
  });

  it('a page filled while the site changed is stale at once (it keeps the generations it started with)', () => {
    const cache = new PageCache();
    cache.setGenerations(new Map([['site-a', 1n]]));
    const startedWith = cache.generations;
    cache.updateGenerations([['site-a', 2n]]);
    cache.put({ host: 'a.vn', url: '/', site: 'site-a', generations: startedWith, status: 200, headers, body: html });
    expect(cache.get('a.vn', '/')).toBeNull();
  });

  it('expires after its time and evicts the least recently used beyond its size', () => {
    const cache = new PageCache({ maxEntries: 2, ttlMs: 1000 });
    const put = (url: string, now = 0) => cache.put({ host: 'a.vn', url, site: 'site-a', generations: cache.generations, status: 200, headers, body: html, now });
    put('/1');
    put('/2');
    expect(cache.get('a.vn', '/1', 10)).not.toBeNull();
    put('/3');
    expect(cache.get('a.vn', '/2', 10)).toBeNull();
    expect(cache.get('a.vn', '/1', 10)).not.toBeNull();
    expect(cache.get('a.vn', '/1', 5000)).toBeNull();
  });

  it('bypasses signed-in people, writes and the console; stores only marked 200s without cookies', () => {
    const req = (method: string, url: string, cookie = '') => ({ method, url, headers: { cookie } });
    expect(requestBypasses(req('GET', '/tin-tuc'))).toBeNull();
    expect(requestBypasses(req('GET', '/tin-tuc', 'a=1; __Secure-next-auth.session-token=xyz'))).toBe('signed-in');
    expect(requestBypasses(req('GET', '/tin-tuc', 'next-auth.session-token.0=xyz'))).toBe('signed-in');
    expect(requestBypasses(req('POST', '/hoi-dap'))).toBe('method');
    expect(requestBypasses(req('GET', '/quan-tri/trang'))).toBe('path');
    expect(responseStorable(200, headers)).toBe(true);
    expect(responseStorable(404, headers)).toBe(false);
    expect(responseStorable(200, { ...headers, 'set-cookie': ['a=b'] })).toBe(false);
    expect(responseStorable(200, { 'content-type': 'text/html' })).toBe(false);
    expect(isCacheablePath('/tin-tuc')).toBe(true);
    expect(isCacheablePath('/tim-kiem')).toBe(false);
    expect(isCacheablePath('/hoi-dap/tra-cuu')).toBe(false);
  });

  it('speaks HTTP caching: ETag, 304 matching, encoding choice, no internal header out', () => {
    const cache = new PageCache();
    const e = cache.put({ host: 'a.vn', url: '/', site: 'site-a', generations: cache.generations, status: 200, headers, body: html });
    expect(etagMatches(e.etag, e.etag)).toBe(true);
    expect(etagMatches(`W/${e.etag}, "x"`, e.etag)).toBe(true);
    expect(etagMatches('"x"', e.etag)).toBe(false);
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBeNull();
    const out = cachedHeaders(e, 'br');
    expect(out['x-cs-cache-site']).toBeUndefined();
    expect(out['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(e.br.length).toBeLessThan(html.length / 5);
  });
});
