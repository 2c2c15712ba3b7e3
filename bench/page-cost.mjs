#!/usr/bin/env node
/**
 * Page cost of the public templates (issue 3 closing note): bytes a browser downloads for home, article and
 * document list (Chromium, cold cache, 1280 px and 375 px), and the number of database queries one request
 * makes. Runs on its own database and port:
 *
 *   node bench/page-cost.mjs            # local PostgreSQL on 127.0.0.1:5432 (or BENCH_ADMIN_URL)
 */
import { chromium } from 'playwright-core';
import { baseEnv, spawnNext, stopChild, waitForHttp, DATA_DIR } from '../scripts/lib/runtime.mjs';
import { join } from 'node:path';
import { ROOT_HOST as ROOT, httpGet, prepareDemo, scratchDatabase } from './lib/demo.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3299);
const scratch = await scratchDatabase('congso_bench_pagecost');
const env = baseEnv({ DATABASE_URL: scratch.url, MEDIA_ROOT: join(DATA_DIR, 'bench-media'), JOB_WORKER: '0', AUTH_SECRET: 'bench-secret-not-for-production-0123456789' });

let server;
let browser;
try {
  await prepareDemo(env);
  const lines = [];
  server = spawnNext(['start', '-p', String(PORT)], { env: { ...env, NODE_ENV: 'production', DB_QUERY_LOG: process.env.DB_QUERY_LOG ?? '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let buffer = '';
  server.stdout.on('data', (chunk) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop();
    lines.push(...parts);
  });
  await waitForHttp(`http://127.0.0.1:${PORT}/api/health`);

  const get = async (host, path) => {
    const r = await httpGet(PORT, host, path, { 'user-agent': 'bench' });
    return { status: r.status, body: r.body.toString('utf8') };
  };
  const queries = () => lines.filter((l) => l.includes('"db query"')).length;
  async function queriesFor(host, path) {
    await get(host, path); // warm (compiled routes, pools)
    await new Promise((r) => setTimeout(r, 200));
    const before = queries();
    const r = await get(host, path);
    await new Promise((r) => setTimeout(r, 200));
    if (r.status !== 200) throw new Error(`${host}${path} → ${r.status}`);
    if (process.env.DB_QUERY_LOG === 'sql') console.log(`\n${host}${path}\n${lines.slice(before).filter((l) => l.includes('"db query"')).map((l) => JSON.parse(l).sql).join('\n')}`);
    return queries() - before;
  }

  const stttt = `stttt.${ROOT}`;
  const list = await get(stttt, '/tin-tuc');
  const slugs = [...list.body.matchAll(/href="\/tin-tuc\/([a-z0-9-]+)"/g)].map((m) => m[1]);
  let articlePath = `/tin-tuc/${slugs[0]}`;
  for (const s of slugs) {
    if (/<source type="image\/webp"/i.test((await get(stttt, `/tin-tuc/${s}`)).body)) {
      articlePath = `/tin-tuc/${s}`;
      break;
    }
  }
  const pages = [
    { name: 'Trang chủ cổng tỉnh', host: ROOT, path: '/' },
    { name: 'Bài viết (có ảnh)', host: stttt, path: articlePath },
    { name: 'Danh sách tin', host: stttt, path: '/tin-tuc' },
    { name: 'Danh sách văn bản', host: ROOT, path: '/van-ban' },
  ];

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const rows = [];
  for (const p of pages) {
    const status = (await get(p.host, p.path)).status;
    if (status !== 200) {
      rows.push({ page: `${p.name} (${p.path})`, note: `HTTP ${status}: chưa có trang này` });
      continue;
    }
    const row = { page: `${p.name} (${p.path})`, queries: await queriesFor(p.host, p.path) };
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const sizes = { document: 0, stylesheet: 0, script: 0, font: 0, image: 0, other: 0 };
      const pending = [];
      page.on('requestfinished', (req) =>
        pending.push(
          req.sizes().then((s) => {
            const type = req.resourceType();
            sizes[type in sizes ? type : 'other'] += s.responseBodySize + s.responseHeadersSize;
          }),
        ),
      );
      await page.goto(`http://${p.host}:${PORT}${p.path}`, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      const total = Object.values(sizes).reduce((a, b) => a + b, 0);
      row[`${width}px KB`] = (total / 1024).toFixed(1);
      if (width === 1280) for (const [k, v] of Object.entries(sizes)) row[k] = (v / 1024).toFixed(1);
      await context.close();
    }
    rows.push(row);
  }
  console.log('\nTrọng lượng trang (KB truyền qua mạng, đã nén, bộ nhớ đệm trống; cột theo loại là ở 1280 px) và số truy vấn CSDL cho một lần tải:');
  console.table(rows);
} finally {
  await browser?.close();
  if (server) await stopChild(server);
  await scratch.drop();
}
