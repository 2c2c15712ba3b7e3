// Runs a TypeScript entry point (CLI, migrations, seed) against the right database:
// DATABASE_URL when set; otherwise the embedded database of ./.data/db — the running instance of
// `npm start` when there is one, or a temporary one started for this command.
//   node scripts/with-db.mjs src/cli/portal.ts site:list
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { DATA_DIR, ROOT_DIR, baseEnv, startEmbeddedDb } from './lib/runtime.mjs';

const [entry, ...args] = process.argv.slice(2);
const env = baseEnv();
let embedded;

function runningEmbeddedUrl() {
  const dir = join(DATA_DIR, 'db');
  const lock = join(dir, '.cong-so.lock');
  const urlFile = join(dir, '.cong-so.url');
  if (!existsSync(lock) || !existsSync(urlFile)) return null;
  try {
    process.kill(Number(readFileSync(lock, 'utf8')), 0);
    return readFileSync(urlFile, 'utf8').trim();
  } catch {
    return null;
  }
}

if (!env.DATABASE_URL) {
  env.DATABASE_URL = runningEmbeddedUrl() ?? undefined;
  if (!env.DATABASE_URL) {
    try {
      embedded = await startEmbeddedDb({ data: join(DATA_DIR, 'db') });
      env.DATABASE_URL = embedded.url;
    } catch (e) {
      console.error(`Lỗi: ${e.message}`);
      process.exit(1);
    }
  }
}

const child = spawn(process.execPath, [join(ROOT_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'), entry, ...args], { cwd: ROOT_DIR, env, stdio: 'inherit' });
child.on('exit', async (code) => {
  if (embedded) await embedded.stop();
  process.exit(code ?? 1);
});
