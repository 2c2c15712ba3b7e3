#!/usr/bin/env node
// The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL
// wire protocol on loopback, as its own process, so the app, migrations, tests and psql all use an
// ordinary DATABASE_URL and the same driver as production (STACK.md "Databases").
//
//   node scripts/db/embedded.mjs [--data .data/db | --memory] [--port 54329]
//
// Prints "READY <url>" on stdout once it accepts connections.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.data/db' },
    memory: { type: 'boolean', default: false },
    port: { type: 'string', default: '54329' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Cổng không hợp lệ: ${values.port}`);
  process.exit(2);
}

// PGlite's data folder must never be opened by two processes at once: that corrupts it.
const lockFile = values.memory ? null : join(values.data, '.cong-so.lock');
if (lockFile) {
  mkdirSync(values.data, { recursive: true });
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    let alive = false;
    try {
      alive = Number.isInteger(pid) && pid > 0 && process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (alive) {
      console.error(`Cơ sở dữ liệu nhúng ${values.data} đang được tiến trình ${pid} sử dụng (có thể npm start đang chạy ở cửa sổ khác). Hãy dừng tiến trình đó trước.`);
      process.exit(1);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  process.on('exit', () => rmSync(lockFile, { force: true }));
}

let db;
try {
  db = await PGlite.create(values.memory ? undefined : values.data, { extensions: { unaccent, pg_trgm } });
  await db.exec('CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
} catch (error) {
  console.error(`Không mở được cơ sở dữ liệu nhúng tại ${values.data}: ${error.message}`);
  console.error('Nếu một tiến trình khác đang dùng thư mục này, hãy dừng nó trước.');
  process.exit(1);
}

const server = new PGLiteSocketServer({ db, port, host: values.host, maxConnections: 50 });
server.addEventListener?.('error', (e) => console.error('[embedded-db]', e?.detail?.message ?? e));
try {
  await server.start();
} catch (error) {
  console.error(`Không mở được cổng ${values.host}:${port} cho cơ sở dữ liệu nhúng: ${error.message}`);
  process.exit(1);
}
const actualPort = server.getServerConn?.().split(':').pop() ?? port;
const url = `postgresql://postgres:postgres@${values.host}:${actualPort}/postgres`;
// Other commands (npm run portal, db:migrate) find the running instance through this file.
if (lockFile) {
  writeFileSync(join(values.data, '.cong-so.url'), url);
  process.on('exit', () => rmSync(join(values.data, '.cong-so.url'), { force: true }));
}
console.log(`READY ${url}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
    await db.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('disconnect', stop);
