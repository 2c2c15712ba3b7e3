#!/usr/bin/env node
/**
 * node scripts/serve.mjs [--dev]   (PORT, DATABASE_URL, PAGE_CACHE=0 to turn the cache off)
 *
 * One app instance: Next.js on a private loopback port and, in front of it on PORT, the page cache (issue 7).
 * Anonymous GETs of pages the app marks cacheable are answered from memory without rendering React; everything
 * else (signed-in people, forms, the console, assets) passes straight through. Generations are read from
 * PostgreSQL and followed with LISTEN/NOTIFY, so a publish on any instance empties every instance's pages of
 * that site at commit. Nothing here decides who may see what: it only keeps what the app already served to
 * anyone on that host.
 */
import http from 'node:http';
import net from 'node:net';
import pg from 'pg';
import { spawnNext, stopChild } from './lib/runtime.mjs';
import { CACHE_SITE_HEADER, PageCache, cachedHeaders, chooseEncoding, etagMatches, requestBypasses, responseStorable } from './lib/page-cache.mjs';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const enabled = process.env.PAGE_CACHE !== '0' && !dev;
const trustProxy = process.env.TRUST_PROXY === '1';
const CHANNEL = 'cong_so_cache';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port: p } = s.address();
      s.close(() => resolve(p));
    });
  });
}

const innerPort = Number(process.env.INNER_PORT ?? (await freePort()));
const next = spawnNext(dev ? ['dev', '-p', String(innerPort)] : ['start', '-p', String(innerPort)], {
  env: { ...process.env, PORT: String(innerPort), PUBLIC_PORT: process.env.PUBLIC_PORT ?? String(port) },
});
next.on('exit', (code) => {
  console.error(`[serve] máy chủ ứng dụng dừng (mã ${code}).`);
  process.exit(code ?? 1);
});

const cache = new PageCache({ ttlMs: Number(process.env.PAGE_CACHE_TTL_MS ?? 60_000) });
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const stats = { hit: 0, miss: 0, bypass: 0 };

// ── Generations from PostgreSQL ─────────────────────────────────────────────────────────────
let listener = null;
let reloading = null;
/** When the reload whose generations are current started; anything that happened before it is reflected. */
let loadedFrom = 0;
/** The last moment something may have changed generations: a write passed through here, or a NOTIFY arrived. */
let changedAt = 0;

let pool = null;
function reloadAll() {
  reloading ??= (async () => {
    const started = Date.now();
    try {
      pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
      const rows = (await pool.query('SELECT scope, gen::text AS gen FROM cache_generations')).rows;
      cache.setGenerations(new Map(rows.map((r) => [r.scope, BigInt(r.gen)])));
      loadedFrom = Math.max(loadedFrom, started);
    } catch (e) {
      // Without generations nothing can be trusted: empty the cache and keep serving through the app.
      cache.setGenerations(new Map([['global', -1n]]));
      console.error('[serve] không đọc được thế hệ bộ nhớ đệm:', e.message);
    } finally {
      reloading = null;
    }
  })();
  return reloading;
}

/** Waits until the generations were read after `t` (a reload already under way may have started before it). */
async function freshSince(t) {
  for (let i = 0; i < 5 && loadedFrom <= t; i++) await (reloading ?? reloadAll());
}

async function listen() {
  try {
    listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    listener.on('notification', () => {
      changedAt = Date.now();
      void reloadAll();
    });
    listener.on('error', () => {
      listener = null;
      setTimeout(listen, 1000);
    });
    await listener.connect();
    await listener.query(`LISTEN ${CHANNEL}`);
    await reloadAll();
  } catch (e) {
    console.error('[serve] LISTEN thất bại, dùng thăm dò định kỳ:', e.message);
    listener = null;
    setTimeout(listen, 5000);
  }
}

if (enabled) {
  await listen();
  // Lost notifications (a dropped connection) cannot keep a stale page for long.
  setInterval(() => void reloadAll(), 2000).unref();
}

// ── The front server ────────────────────────────────────────────────────────────────────────
function hostOf(req) {
  const h = (trustProxy ? req.headers['x-forwarded-host'] : null) ?? req.headers.host ?? '';
  return String(h).split(',')[0].trim().toLowerCase().replace(/:\d+$/, '');
}

/**
 * The visitor's address for the app's rate limits (I4), in an internal header nobody outside can set: the socket's
 * peer, or with TRUST_PROXY=1 the last X-Forwarded-For entry (appended by the trusted proxy itself; earlier
 * entries are whatever the client wrote).
 */
const CLIENT_IP_HEADER = 'x-cs-client-ip';
function setClientAddress(req) {
  delete req.headers[CLIENT_IP_HEADER];
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop().trim() : '';
  const address = forwarded || req.socket.remoteAddress || 'unknown';
  req.headers[CLIENT_IP_HEADER] = address.replace(/^::ffff:/, '');
}

function passThrough(req, res, label) {
  stats.bypass++;
  const up = http.request({ host: '127.0.0.1', port: innerPort, method: req.method, path: req.url, headers: req.headers, agent }, (r) => {
    const headers = { ...r.headers };
    delete headers[CACHE_SITE_HEADER];
    if (enabled) headers['x-cache'] = label;
    res.writeHead(r.statusCode ?? 502, headers);
    r.pipe(res);
    // A write (form, server action) may have changed generations: the next hit on this instance re-reads them.
    r.on('end', () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') changedAt = Date.now();
    });
  });
  up.on('error', () => badGateway(res));
  req.pipe(up);
}

function badGateway(res) {
  if (res.headersSent) return res.destroy();
  res.writeHead(502, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end('<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tạm thời gián đoạn</title><h1>Hệ thống đang khởi động lại</h1><p>Vui lòng thử lại sau ít giây.</p></html>');
}

function send(req, res, entry, label) {
  const encoding = entry.br || entry.gzip ? chooseEncoding(req.headers['accept-encoding']) : null;
  const headers = cachedHeaders(entry, encoding);
  headers['x-cache'] = label;
  if (etagMatches(req.headers['if-none-match'], entry.etag)) {
    delete headers['content-encoding'];
    res.writeHead(304, headers);
    return res.end();
  }
  const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.body;
  headers['content-length'] = String(body.length);
  res.writeHead(entry.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handle(req, res) {
  setClientAddress(req);
  const bypass = enabled ? requestBypasses(req) : 'off';
  if (bypass) return passThrough(req, res, 'BYPASS');
  // After a write through this instance (its response has ended, so it committed) or a NOTIFY, no page is served
  // before the generations have been read again: the next request after a publish sees it.
  if (changedAt >= loadedFrom) await freshSince(changedAt);
  const host = hostOf(req);
  const hit = cache.get(host, req.url);
  if (hit) {
    stats.hit++;
    return send(req, res, hit, 'HIT');
  }
  stats.miss++;
  const generations = cache.generations;
  const headers = { ...req.headers };
  delete headers['accept-encoding']; // the cache compresses once; the app renders plain
  delete headers['if-none-match'];
  delete headers['if-modified-since'];
  const up = http.request({ host: '127.0.0.1', port: innerPort, method: 'GET', path: req.url, headers, agent }, (r) => {
    const chunks = [];
    r.on('data', (c) => chunks.push(c));
    r.on('end', () => {
      const body = Buffer.concat(chunks);
      if (responseStorable(r.statusCode, r.headers)) {
        const entry = cache.put({ host, url: req.url, site: r.headers[CACHE_SITE_HEADER], generations, status: 200, headers: r.headers, body });
        return send(req, res, entry, 'MISS');
      }
      const out = { ...r.headers, 'x-cache': 'MISS' };
      delete out[CACHE_SITE_HEADER];
      delete out['transfer-encoding'];
      out['content-length'] = String(body.length);
      res.writeHead(r.statusCode ?? 502, out);
      res.end(req.method === 'HEAD' ? undefined : body);
    });
    r.on('error', () => badGateway(res));
  });
  up.on('error', () => badGateway(res));
  up.end();
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((e) => {
    console.error('[serve] lỗi bộ nhớ đệm trang:', e.message);
    badGateway(res);
  });
});
server.keepAliveTimeout = 65_000;
server.on('upgrade', (req, socket) => {
  // Development hot reload (websocket) goes straight to Next.
  const up = net.connect(innerPort, '127.0.0.1', () => {
    up.write(`${req.method} ${req.url} HTTP/1.1\r\n${Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`);
    socket.pipe(up).pipe(socket);
  });
  up.on('error', () => socket.destroy());
});
server.listen(port, () => console.log(`[serve] cổng ${port} → ứng dụng ${innerPort}${enabled ? ', bộ nhớ đệm trang bật' : ''}`));

async function shutdown() {
  next.removeAllListeners('exit');
  server.close();
  await stopChild(next);
  await listener?.end().catch(() => {});
  await pool?.end().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
