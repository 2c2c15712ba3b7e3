#!/usr/bin/env node
// The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL
// wire protocol on loopback, as its own process, so the app, migrations, tests and psql all use an
// ordinary DATABASE_URL and the same driver as production (STACK.md "Databases").
//
//   node scripts/db/embedded.mjs [--data .data/db | --memory] [--port 54329]
//
// Prints "READY <url>" on stdout once it accepts connections.
import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
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

let db;
try {
  if (!values.memory) mkdirSync(values.data, { recursive: true });
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
console.log(`READY postgresql://postgres:postgres@${values.host}:${actualPort}/postgres`);

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
