// `npm test`: the whole suite on a fresh machine (CONTRACT "Set-up").
//   unit → integration (real PostgreSQL: the local server when one answers, the embedded one otherwise)
//   → end-to-end (production build, demo province, Debian's Chromium).
// Ends with a plain "N passed, N failed" line for CI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  DATA_DIR,
  ROOT_DIR,
  baseEnv,
  buildApp,
  buildIsCurrent,
  run,
  runTsx,
  spawnServe,
  startEmbeddedDb,
  stopChild,
  waitForHttp,
} from './lib/runtime.mjs';

const VITEST = join(ROOT_DIR, 'node_modules', 'vitest', 'vitest.mjs');
const REPORT_DIR = join(DATA_DIR, 'test-reports');
const only = process.argv.slice(2).find((a) => ['unit', 'integration', 'e2e'].includes(a));
/** Test file filters after the group, e.g. `npm test -- e2e documents` runs only matching files. */
const filters = process.argv.slice(2).filter((a) => !['unit', 'integration', 'e2e'].includes(a));
const cleanups = [];
let closeAdmin = async () => undefined;
const totals = { passed: 0, failed: 0 };

function log(message) {
  console.log(`\n▶ ${message}`);
}

async function localPostgres() {
  const url = process.env.TEST_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url, client };
  } catch {
    await client.end().catch(() => undefined);
    return null;
  }
}

/** A fresh database for one phase: on the local server when it answers, else an embedded in-memory one. */
async function freshDatabase(name, admin) {
  if (admin) {
    const dbName = `congso_${name}_${process.pid}`;
    await admin.client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.client.query(`CREATE DATABASE ${dbName}`);
    cleanups.push(() => admin.client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
    const u = new URL(admin.url);
    u.pathname = `/${dbName}`;
    return u.toString();
  }
  const db = await startEmbeddedDb({ memory: true });
  cleanups.push(() => db.stop());
  return db.url;
}

async function vitest(project, env) {
  const out = join(REPORT_DIR, `${project}.json`);
  rmSync(out, { force: true });
  const r = spawnSync(process.execPath, [VITEST, 'run', ...filters, '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    cwd: ROOT_DIR,
    env,
    stdio: 'inherit',
  });
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  } else {
    totals.failed += 1;
    console.error(`Không đọc được kết quả của nhóm kiểm thử ${project} (mã ${r.status}).`);
  }
}

function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Debian's Chromium (never a downloaded browser); installed when missing and the machine allows it. */
function ensureChromium() {
  let path = chromiumPath();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    log('Cài Chromium từ gói Debian (apt-get install chromium) …');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      /* reported below */
    }
    path = chromiumPath();
  }
  if (!path) console.error('Không có Chromium cho kiểm thử đầu-cuối. Hãy cài: sudo apt-get install chromium (hoặc đặt CHROMIUM_PATH).');
  return path;
}

async function main() {
  mkdirSync(REPORT_DIR, { recursive: true });
  if (!existsSync(join(ROOT_DIR, 'src', 'generated', 'prisma', 'client.ts'))) {
    await run(process.execPath, [join(ROOT_DIR, 'scripts', 'prisma-generate.mjs')]);
  }
  const admin = await localPostgres();
  // Closed after every other clean-up: the databases made for each phase are dropped through this connection.
  if (admin) closeAdmin = () => admin.client.end();
  console.log(admin ? 'Cơ sở dữ liệu kiểm thử: PostgreSQL tại 127.0.0.1:5432.' : 'Không có PostgreSQL cục bộ: dùng cơ sở dữ liệu nhúng (PGlite).');
  const common = { PORTAL_ROOT_DOMAIN: 'khanhhoa.localhost', AUTH_SECRET: 'test-secret-not-for-production-0123456789', TZ: 'Asia/Ho_Chi_Minh' };

  if (!only || only === 'unit') {
    log('Kiểm thử đơn vị');
    await vitest('unit', baseEnv(common));
  }

  if (!only || only === 'integration') {
    log('Kiểm thử tích hợp (PostgreSQL thật)');
    const url = await freshDatabase('it', admin);
    await runTsx(['scripts/db/migrate.ts', 'deploy'], { env: baseEnv({ ...common, DATABASE_URL: url }), quiet: true });
    await vitest('integration', baseEnv({ ...common, DATABASE_URL: url, TEST_ADMIN_DATABASE_URL: admin?.url ?? '' }));
  }

  if (!only || only === 'e2e') {
    log('Kiểm thử đầu-cuối (Chromium)');
    const chromium = ensureChromium();
    if (!chromium) {
      totals.failed += 1;
    } else {
      const url = await freshDatabase('e2e', admin);
      const env = baseEnv({ ...common, DATABASE_URL: url, DATABASE_POOL_SIZE: '5' });
      await runTsx(['scripts/db/migrate.ts', 'deploy'], { env, quiet: true });
      await runTsx(['prisma/seed.ts', '--quiet'], { env });
      if (!buildIsCurrent()) {
        log('Biên dịch ứng dụng (next build) …');
        await buildApp({ quiet: true });
      }
      const port = Number(process.env.E2E_PORT ?? 3199);
      const serverEnv = { ...env, NODE_ENV: 'production', PORT: String(port), AUTH_TRUST_HOST: 'true', NEXTAUTH_URL: `http://khanhhoa.localhost:${port}` };
      const server = spawnServe([], { env: serverEnv, stdio: ['ignore', 'inherit', 'inherit'] });
      cleanups.unshift(() => stopChild(server));
      await waitForHttp(`http://127.0.0.1:${port}/api/health`);
      await vitest('e2e', { ...serverEnv, E2E_PORT: String(port), CHROMIUM_PATH: chromium, PORTAL_CLI_ENV: JSON.stringify({ DATABASE_URL: url }) });
    }
  }
}

let crashed = false;
try {
  await main();
} catch (e) {
  crashed = true;
  totals.failed += 1;
  console.error(`\nKiểm thử dừng giữa chừng: ${e.message}${e.output ? `\n${e.output}` : ''}`);
} finally {
  for (const c of cleanups) await Promise.resolve().then(c).catch(() => undefined);
  await closeAdmin().catch(() => undefined);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || crashed ? 1 : 0);
