#!/usr/bin/env node
/**
 * Issue 7, benchmark 5: Lighthouse performance score (Debian chromium) of the province portal's home, one article
 * with a picture and the document list, with Lighthouse's default mobile settings (simulated throttling) and its
 * desktop preset; median of BENCH_RUNS (3) runs each. The app runs as in production (scripts/serve.mjs after
 * `next build`) on the demo seed in a scratch database.
 *
 *   node bench/lighthouse.mjs     # PostgreSQL on 127.0.0.1:5432 (or BENCH_ADMIN_URL), CHROME_PATH=/usr/bin/chromium
 *
 * Lighthouse is not a dependency of the project: it is run through `npx --yes lighthouse@<LIGHTHOUSE_VERSION>`
 * (fetched once into npm's cache). Full JSON reports are kept in bench/results/lighthouse/ (not committed).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { baseEnv, DATA_DIR, ROOT_DIR, spawnServe, stopChild, waitForHttp } from '../scripts/lib/runtime.mjs';
import { ROOT_HOST, articleWithPicture, httpGet, prepareDemo, scratchDatabase } from './lib/demo.mjs';

// 12.x is the last line that runs on Node 20 (13 needs Node >= 22.19).
const LIGHTHOUSE = `lighthouse@${process.env.LIGHTHOUSE_VERSION ?? '12.8.2'}`;
const PORT = Number(process.env.BENCH_PORT ?? 3297);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const OUT_DIR = join(ROOT_DIR, 'bench', 'results', 'lighthouse');
const exec = promisify(execFile);

const scratch = await scratchDatabase('congso_bench_lighthouse');
const env = baseEnv({
  DATABASE_URL: scratch.url,
  MEDIA_ROOT: join(DATA_DIR, 'bench-media'),
  JOB_WORKER: '0',
  AUTH_SECRET: 'bench-secret-not-for-production-0123456789',
});

/** One Lighthouse run; returns the parsed report (performance category only). */
async function lighthouse(url, preset, file) {
  const args = [
    '--yes', LIGHTHOUSE, url,
    '--only-categories=performance',
    '--output=json', `--output-path=${file}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  await exec('npx', args, { env: { ...env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 });
  const lhr = JSON.parse(readFileSync(file, 'utf8'));
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
];
const fmtMetric = (name, v) => (name === 'CLS' ? v.toFixed(3) : name === 'TBT' ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(2)} s`);

/** What held the score back in one report: failing audits with estimated savings, and the LCP element. */
function limits(lhr) {
  const out = [];
  const lcpEl = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcpEl) out.push(`LCP element: ${lcpEl.nodeLabel?.slice(0, 60)} <${lcpEl.snippet?.slice(0, 120)}>`);
  const phases = lhr.audits['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  if (phases) out.push(`LCP phases: ${phases.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', ')}`);
  for (const ref of lhr.categories.performance.auditRefs) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= 0.9 || ref.group === 'metrics') continue;
    if (a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'notApplicable') continue;
    const savings = a.metricSavings ? Object.entries(a.metricSavings).filter(([, v]) => v > 0).map(([k, v]) => `${k} −${k === 'CLS' ? v.toFixed(3) : Math.round(v) + ' ms'}`).join(', ') : '';
    out.push(`${a.id}: ${a.displayValue ?? ''}${savings ? ` (${savings})` : ''}`);
  }
  return out;
}

let server;
try {
  await prepareDemo(env);
  server = spawnServe([], { env: { ...env, NODE_ENV: 'production', PORT: String(PORT) }, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForHttp(`http://127.0.0.1:${PORT}/api/health`);

  const article = await articleWithPicture(scratch.url, ROOT_HOST);
  const pages = [
    { name: 'Trang chủ cổng tỉnh', host: ROOT_HOST, path: '/' },
    { name: 'Bài viết có ảnh', ...article },
    { name: 'Danh sách văn bản', host: ROOT_HOST, path: '/van-ban' },
  ];
  // Warm the page cache and compiled routes: the figures are those of a page a visitor finds already served.
  for (const p of pages) {
    const r = await httpGet(PORT, p.host, p.path);
    if (r.status !== 200) throw new Error(`${p.host}${p.path} → HTTP ${r.status}`);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const rows = [];
  const notes = [];
  for (const p of pages) {
    const url = `http://${p.host}:${PORT}${p.path}`;
    for (const preset of ['mobile', 'desktop']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const file = join(OUT_DIR, `${p.host}${p.path.replace(/\//g, '_')}-${preset}-${i + 1}.json`);
        runs.push(await lighthouse(url, preset, file));
        process.stderr.write('.');
      }
      const scores = runs.map((r) => Math.round(r.categories.performance.score * 100));
      const row = [`${p.name} \`${p.path}\``, preset, String(median(scores)), scores.join(' / ')];
      for (const [name, id] of METRICS) row.push(fmtMetric(name, median(runs.map((r) => r.audits[id].numericValue))));
      rows.push(row);
      // Diagnose the run whose score is the median.
      const mid = runs.find((r) => Math.round(r.categories.performance.score * 100) === median(scores));
      notes.push(`${p.name} (${preset}, ${median(scores)}): ${url}\n  ${limits(mid).join('\n  ') || 'nothing fails'}`);
    }
  }
  process.stderr.write('\n');
  console.log(`\n${LIGHTHOUSE}, ${CHROME_PATH} (--headless=new), median of ${RUNS} runs; mobile = default settings (Moto G Power, slow 4G, simulated throttling), desktop = --preset=desktop\n`);
  console.log('| page | preset | score | runs | FCP | LCP | TBT | CLS | Speed Index |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\nWhat limits each score (the median run's failing audits):\n\n${notes.join('\n\n')}`);
} finally {
  if (server) await stopChild(server);
  await scratch.drop();
}
