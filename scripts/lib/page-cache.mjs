import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The page cache of one app instance (issue 7): anonymous GET responses the app marked cacheable
 * (`x-cs-cache-site`), kept per host and URL, valid while the site's cache generation (and the global one) is the
 * one they were filled under, and at most `ttlMs` (time-driven changes: a future publication date arriving, a
 * document's legal status, the week's schedule). Generations live in PostgreSQL, bumped in the transaction of every
 * public change and announced with NOTIFY, so every instance drops stale pages at once.
 */
export const CACHE_SITE_HEADER = 'x-cs-cache-site';
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript|manifest\+json)|image\/svg)/;

/** Whether a request may be answered from (or stored in) the cache at all. */
export function requestBypasses(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return 'method';
  if (SESSION_COOKIE.test(req.headers.cookie ?? '')) return 'signed-in';
  const path = req.url ?? '/';
  if (path.startsWith('/_next/') || path.startsWith('/quan-tri') || path.startsWith('/api/auth') || path.startsWith('/api/health')) return 'path';
  return null;
}

/** Whether an upstream response may be stored. */
export function responseStorable(status, headers) {
  return status === 200 && typeof headers[CACHE_SITE_HEADER] === 'string' && headers['set-cookie'] === undefined;
}

export function chooseEncoding(acceptEncoding) {
  const a = String(acceptEncoding ?? '');
  if (/\bbr\b/.test(a)) return 'br';
  if (/\bgzip\b/.test(a)) return 'gzip';
  return null;
}

export class PageCache {
  constructor({ maxEntries = 5000, maxBytes = 256 * 1024 * 1024, ttlMs = 60_000 } = {}) {
    this.entries = new Map();
    this.bytes = 0;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.ttlMs = ttlMs;
    /** scope (site id or "global") → generation; replaced as a whole so a fill can keep the one it started with. */
    this.generations = new Map();
  }

  key(host, url) {
    return `${host}\n${url}`;
  }

  setGenerations(map) {
    this.generations = map;
  }

  updateGenerations(rows) {
    const next = new Map(this.generations);
    for (const [scope, gen] of rows) next.set(scope, gen);
    this.generations = next;
  }

  get(host, url, now = Date.now()) {
    const k = this.key(host, url);
    const e = this.entries.get(k);
    if (!e) return null;
    const fresh = now < e.expires && (this.generations.get(e.site) ?? 0n) === e.gen && (this.generations.get('global') ?? 0n) === e.globalGen;
    if (!fresh) {
      this.delete(k);
      return null;
    }
    // Least recently used goes first: re-insert on use.
    this.entries.delete(k);
    this.entries.set(k, e);
    return e;
  }

  delete(k) {
    const e = this.entries.get(k);
    if (!e) return;
    this.bytes -= e.size;
    this.entries.delete(k);
  }

  /** Stores a response under the generations the request started with (a change during rendering makes it stale at once). */
  put({ host, url, site, generations, status, headers, body, now = Date.now() }) {
    const type = String(headers['content-type'] ?? '');
    const compressible = COMPRESSIBLE.test(type) && body.length > 512;
    const e = {
      site,
      gen: generations.get(site) ?? 0n,
      globalGen: generations.get('global') ?? 0n,
      expires: now + this.ttlMs,
      status,
      headers,
      body,
      gzip: compressible ? gzipSync(body, { level: 6 }) : null,
      br: compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : null,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      size: 0,
    };
    e.size = body.length + (e.gzip?.length ?? 0) + (e.br?.length ?? 0) + 512;
    const k = this.key(host, url);
    this.delete(k);
    this.entries.set(k, e);
    this.bytes += e.size;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return e;
  }
}

/** Headers sent with a cached (or just stored) page: browsers and CDNs revalidate every time with the ETag. */
export function cachedHeaders(entry, encoding) {
  const out = { ...entry.headers };
  delete out[CACHE_SITE_HEADER];
  delete out['content-length'];
  delete out['content-encoding'];
  delete out['transfer-encoding'];
  delete out['connection'];
  delete out['keep-alive'];
  delete out['date'];
  out['cache-control'] = 'public, max-age=0, must-revalidate';
  out['etag'] = entry.etag;
  out['vary'] = 'Accept-Encoding';
  if (encoding) out['content-encoding'] = encoding;
  return out;
}

export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
