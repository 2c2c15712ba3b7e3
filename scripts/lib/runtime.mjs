// Process helpers shared by `npm start`, `npm test` and the build script. Plain Node, no dependencies.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT_DIR = resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = join(ROOT_DIR, '.data');
const TSX_CLI = join(ROOT_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const NEXT_CLI = join(ROOT_DIR, 'node_modules', 'next', 'dist', 'bin', 'next');

export function baseEnv(extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    ...extra,
  };
}

/** Runs a command to completion; rejects with its exit code. */
export function run(cmd, args, { env = baseEnv(), quiet = false, cwd = ROOT_DIR } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise(output);
      else {
        const err = new Error(`${cmd} ${args.join(' ')} kết thúc với mã ${code}`);
        err.exitCode = code ?? 1;
        err.output = output;
        reject(err);
      }
    });
  });
}

export function runTsx(args, options) {
  return run(process.execPath, [TSX_CLI, ...args], options);
}

export function spawnNext(args, { env, stdio = 'inherit' } = {}) {
  return spawn(process.execPath, [NEXT_CLI, ...args], { cwd: ROOT_DIR, env, stdio });
}

/** One app instance: the page cache on PORT in front of Next.js (scripts/serve.mjs). */
export function spawnServe(args, { env, stdio = 'inherit' } = {}) {
  return spawn(process.execPath, [join(ROOT_DIR, 'scripts', 'serve.mjs'), ...args], { cwd: ROOT_DIR, env, stdio });
}

export function runNext(args, options) {
  return run(process.execPath, [NEXT_CLI, ...args], options);
}

/**
 * Starts the embedded PostgreSQL-compatible database (PGlite over the wire protocol) as a child
 * process and resolves with its URL once it accepts connections.
 */
export function startEmbeddedDb({ data, memory = false, port = 0 } = {}) {
  const args = [join(ROOT_DIR, 'scripts', 'db', 'embedded.mjs'), '--port', String(port)];
  if (memory) args.push('--memory');
  else args.push('--data', data);
  const child = spawn(process.execPath, args, { cwd: ROOT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error('Cơ sở dữ liệu nhúng không khởi động trong 120 giây.')), 120_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ url: m[1], child, stop: () => stopChild(child) });
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Cơ sở dữ liệu nhúng dừng (mã ${code}): ${err.trim()}`));
    });
  });
}

export function stopChild(child, signal = 'SIGTERM') {
  return new Promise((resolvePromise) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolvePromise();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    child.kill(signal);
  });
}

/** Development secret generated once into .data (CONTRACT: never in production). */
export function ensureDevAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Thiếu AUTH_SECRET: môi trường production phải đặt biến này (ví dụ: openssl rand -base64 32).');
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const file = join(DATA_DIR, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export async function waitForHttp(url, { timeoutMs = 120_000, headers = {} } = {}) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try {
      const r = await fetch(url, { headers });
      if (r.status < 500) return r.status;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Máy chủ không trả lời ${url} sau ${timeoutMs / 1000} giây (${last}).`);
}

/** A fingerprint of everything `next build` reads, to rebuild only when sources changed. */
export function sourceFingerprint() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
      }
    }
  };
  walk(join(ROOT_DIR, 'src'));
  walk(join(ROOT_DIR, 'public'));
  for (const f of ['next.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'prisma/schema.prisma']) {
    const p = join(ROOT_DIR, f);
    if (existsSync(p)) hash.update(`${f}:${readFileSync(p)}`);
  }
  hash.update(`PORTAL_ROOT_DOMAIN=${process.env.PORTAL_ROOT_DOMAIN ?? ''}`);
  return hash.digest('hex');
}

const STAMP = join(ROOT_DIR, '.next', 'cong-so-build-stamp');

export function buildIsCurrent() {
  return existsSync(join(ROOT_DIR, '.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceFingerprint();
}

export async function buildApp({ quiet = false } = {}) {
  const fingerprint = sourceFingerprint();
  await runNext(['build'], { env: baseEnv({ NODE_ENV: 'production' }), quiet });
  writeFileSync(STAMP, fingerprint);
}
