#!/usr/bin/env node
/**
 * Issue 7 benchmarks: the page cache against nginx serving the same bytes, uncached rendering, publish → visible,
 * and 10 vs 1,000 sites. Server and load generator are pinned to different cores (taskset); needs Debian's `nginx`
 * and `wrk`, PostgreSQL on 127.0.0.1:5432 (or BENCH_ADMIN_URL), and a production build (made when missing).
 *
 *   node bench/cache-bench.mjs            # all parts; BENCH_SECONDS=10 per wrk run
 *
 * Prints one Markdown table per part; figures of one run, to be compared as ratios.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { baseEnv, ROOT_DIR, spawnServe, stopChild, waitForHttp } from '../scripts/lib/runtime.mjs';
import { ROOT_HOST as ROOT, httpGet, prepareDemo, scratchDatabase } from './lib/demo.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3298);
const NGINX_PORT = PORT + 1;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HOST = `stttt.${ROOT}`;
const SERVER_CPU = process.env.BENCH_SERVER_CPU ?? '0';
const CLIENT_CPU = process.env.BENCH_CLIENT_CPU ?? '1';
const scratch = await scratchDatabase('congso_bench_cache');
const dbUrl = new URL(scratch.url);
const env = baseEnv({ DATABASE_URL: dbUrl.toString(), JOB_WORKER: '0', AUTH_SECRET: 'bench-secret-not-for-production-0123456789', NODE_ENV: 'production', PORT: String(PORT) });

const get = (host, path, headers = {}) => httpGet(PORT, host, path, headers);

/** wrk on the client core; returns requests/s and latency percentiles in ms. */
function wrk(url, { connections = 64, script } = {}) {
  const args = ['-c', CLIENT_CPU, 'wrk', '-t1', `-c${connections}`, `-d${SECONDS}s`, '--latency', ...(script ? ['-s', script] : []), url];
  const out = execFileSync('taskset', args, { encoding: 'utf8' });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const pct = (p) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) return NaN;
    const v = Number(m[1]);
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
  };
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? '0';
  // wrk stops waiting after 2 s: its p99 cannot exceed that, so timeouts are reported beside it.
  const timeouts = /timeout (\d+)/.exec(out)?.[1] ?? '0';
  return { rps, p50: pct(50), p99: pct(99), errors: Number(errors), timeouts: Number(timeouts) };
}

function hostHeaderScript(hosts, path) {
  const dir = mkdtempSync(join(tmpdir(), 'wrk-'));
  const file = join(dir, 'hosts.lua');
  writeFileSync(file, `local hosts = {${hosts.map((h) => `"${h}:${PORT}"`).join(',')}}\nlocal i = 0\nrequest = function()\n  i = (i % #hosts) + 1\n  wrk.headers["Host"] = hosts[i]\n  return wrk.format("GET", "${path}")\nend\n`);
  return file;
}

async function startApp(extraEnv = {}) {
  const server = spawnServe([], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
  // Pin the whole instance (front and Next) to the server core.
  await waitForHttp(`http://127.0.0.1:${PORT}/api/health`);
  execFileSync('sh', ['-c', `for p in $(pgrep -f "scripts/serve.mjs") $(pgrep -f "next-server"); do taskset -a -p -c ${SERVER_CPU} $p >/dev/null; done`]);
  return server;
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 0) : '—');
const p99 = (r) => `${fmt(r.p99)}${r.timeouts ? ` (+${r.timeouts} timeouts)` : ''}`;
const rows = [];
let server;
let nginx;
try {
  await prepareDemo(env, { seedEnv: { ...env, NODE_ENV: 'development' } });

  // An article of the department site, as the public sees it.
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  const { rows: [article] } = await db.query(`SELECT a.slug FROM articles a JOIN domains d ON d."siteId" = a."siteId" WHERE d.host = $1 AND a.status = 'PUBLISHED' AND a.lang = 'vi' ORDER BY a."publishedAt" DESC LIMIT 1`, [HOST]);
  await db.end();
  const path = `/tin-tuc/${article.slug}`;

  // 1. Warm cache against nginx serving the same bytes.
  server = await startApp();
  await get(HOST, path);
  const page = await get(HOST, path);
  const warm = wrk(`http://127.0.0.1:${PORT}${path}`, { script: hostHeaderScript([HOST], path) });
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  writeFileSync(join(dir, 'page.html'), page.body);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;\nevents { worker_connections 1024; }\nhttp { access_log off; keepalive_requests 100000; server { listen ${NGINX_PORT}; root ${dir}; location / { default_type text/html; try_files /page.html =404; } } }\n`,
  );
  nginx = spawn('taskset', ['-c', SERVER_CPU, 'nginx', '-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const ng = wrk(`http://127.0.0.1:${NGINX_PORT}${path}`);
  rows.push(['1. article page, warm cache (64 connections)', fmt(warm.rps), fmt(warm.p50), p99(warm), `${((warm.rps / ng.rps) * 100).toFixed(0)} % of nginx (${fmt(ng.rps)} req/s, p50 ${fmt(ng.p50)} ms, p99 ${fmt(ng.p99)} ms)`]);

  // 3. Publish → visible, through the services in this process (another instance, as far as the cache knows).
  const publishTimes = await measurePublishes(50);
  const sorted = [...publishTimes].sort((a, b) => a - b);
  const p95 = sorted[Math.ceil(sorted.length * 0.95) - 1];
  rows.push(['3. approve returned → public list shows the title (50 publishes)', '', fmt(sorted[Math.floor(sorted.length / 2)]), '', `p95 ${fmt(p95)} ms, max ${fmt(sorted[sorted.length - 1])} ms`]);
  await stopChild(server);

  // 2. Uncached: the same page rendered every time (the first request after an invalidation).
  server = await startApp({ PAGE_CACHE: '0' });
  await get(HOST, path);
  const cold = wrk(`http://127.0.0.1:${PORT}${path}`, { script: hostHeaderScript([HOST], path) });
  rows.push(['2. article page, uncached render (64 connections)', fmt(cold.rps), fmt(cold.p50), p99(cold), `warm cache is ${(warm.rps / cold.rps).toFixed(0)}× faster`]);
  await stopChild(server);

  // 4. Tenants: the home page spread over all hosts, with the demo's sites and with 1,000 sites, warm (a TTL longer
  // than the warm-up, so nothing expires mid-run) and uncached.
  const tenants = async (hosts) => {
    server = await startApp({ PAGE_CACHE_TTL_MS: '3600000' });
    for (const h of hosts) await get(h, '/');
    const warmRun = wrk(`http://127.0.0.1:${PORT}/`, { script: hostHeaderScript(hosts, '/') });
    await stopChild(server);
    server = await startApp({ PAGE_CACHE: '0' });
    await get(hosts[0], '/');
    const coldRun = wrk(`http://127.0.0.1:${PORT}/`, { script: hostHeaderScript(hosts, '/') });
    await stopChild(server);
    return { warmRun, coldRun };
  };
  const hosts10 = await siteHosts();
  const small = await tenants(hosts10);
  await addSites(1000 - hosts10.length);
  const hosts1000 = await siteHosts();
  const large = await tenants(hosts1000);
  const growth = (a, b) => (b <= a ? 'did not grow' : `grew ${(((b - a) / a) * 100).toFixed(0)} %`);
  rows.push([`4. home pages over ${hosts10.length} sites, warm`, fmt(small.warmRun.rps), fmt(small.warmRun.p50), fmt(small.warmRun.p99), '']);
  rows.push([`4. home pages over ${hosts1000.length} sites, warm`, fmt(large.warmRun.rps), fmt(large.warmRun.p50), fmt(large.warmRun.p99), `p99 ${growth(small.warmRun.p99, large.warmRun.p99)}`]);
  rows.push([`4. home pages over ${hosts10.length} sites, uncached`, fmt(small.coldRun.rps), fmt(small.coldRun.p50), p99(small.coldRun), '']);
  rows.push([`4. home pages over ${hosts1000.length} sites, uncached`, fmt(large.coldRun.rps), fmt(large.coldRun.p50), p99(large.coldRun), `p99 ${growth(small.coldRun.p99, large.coldRun.p99)}`]);

  console.log(`\n| measurement | req/s | p50 ms | p99 ms | note |\n| --- | --- | --- | --- | --- |`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\nwrk -t1 -c64 -d${SECONDS}s on CPU ${CLIENT_CPU}; app (front + Next) and nginx pinned to CPU ${SERVER_CPU}; page ${page.body.length} bytes uncompressed.`);
} finally {
  if (nginx) nginx.kill('SIGTERM');
  if (server) await stopChild(server);
  await scratch.drop();
}

async function siteHosts() {
  const c = new pg.Client({ connectionString: dbUrl.toString() });
  await c.connect();
  const r = await c.query(`SELECT d.host FROM domains d JOIN sites s ON s.id = d."siteId" WHERE d."isPrimary" AND s.status = 'ACTIVE' ORDER BY d.host`);
  await c.end();
  return r.rows.map((x) => x.host);
}

/** Extra commune sites with a few articles each, inserted directly (the provisioning service is not what is measured). */
async function addSites(n) {
  const c = new pg.Client({ connectionString: dbUrl.toString() });
  await c.connect();
  const { rows: [root] } = await c.query(`SELECT "siteId" AS id FROM domains WHERE host = $1`, [ROOT]);
  await c.query('BEGIN');
  for (let i = 0; i < n; i++) {
    const code = `xa${String(i).padStart(4, '0')}`;
    const { rows: [s] } = await c.query(`INSERT INTO sites (id, kind, name, code, "parentId", "updatedAt") VALUES (gen_random_uuid(), 'COMMUNE', $1, $2, $3, now()) RETURNING id`, [`Xã thử nghiệm ${i + 1}`, code, root.id]);
    await c.query(`INSERT INTO domains (id, "siteId", host, "isPrimary") VALUES (gen_random_uuid(), $1, $2, true)`, [s.id, `${code}.${ROOT}`]);
    for (let k = 0; k < 3; k++) {
      await c.query(
        `INSERT INTO articles (id, "siteId", slug, title, sapo, body, "bodyHtml", author, source, tags, status, "publishedAt", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'Tin hoạt động của xã.', '{"type":"doc","content":[]}', '<p>Nội dung.</p>', 'Văn phòng xã', 'UBND xã', '{}', 'PUBLISHED', now() - interval '1 day' * $4, now())`,
        [s.id, `tin-${k}`, `Tin số ${k + 1} của xã thử nghiệm ${i + 1}`, k],
      );
    }
  }
  await c.query('COMMIT');
  await c.end();
}

async function measurePublishes(n) {
  process.env.DATABASE_URL = dbUrl.toString();
  const out = execFileSync(process.execPath, [join(ROOT_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT_DIR, 'bench', 'publish-visible.ts'), String(n), String(PORT), HOST], {
    env: { ...env, DATABASE_URL: dbUrl.toString() },
    encoding: 'utf8',
    maxBuffer: 10 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop());
}
