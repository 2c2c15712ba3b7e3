// Helpers shared by the benchmarks that run the demo province: a scratch PostgreSQL database, migrations + the
// demo seed + a production build when stale, plain HTTP requests with a chosen Host header, and a published
// article with a picture.
import { request as httpRequest } from 'node:http';
import pg from 'pg';
import { buildApp, buildIsCurrent, runTsx } from '../../scripts/lib/runtime.mjs';

export const ROOT_HOST = 'khanhhoa.localhost';
export const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Drops and creates database `name`; `drop()` removes it again and closes the admin connection. */
export async function scratchDatabase(name) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    },
  };
}

/** Migrations, the demo seed (with `seedEnv`, default `env`), and `next build` when the sources changed. */
export async function prepareDemo(env, { seedEnv = env } = {}) {
  await runTsx(['scripts/db/migrate.ts', 'deploy'], { env, quiet: true });
  await runTsx(['prisma/seed.ts', '--quiet'], { env: seedEnv });
  if (!buildIsCurrent()) await buildApp({ quiet: true });
}

/** GET http://127.0.0.1:port/path with Host `host:port`; the body as a Buffer. */
export function httpGet(port, host, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent: false, headers: { host: `${host}:${port}`, ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The newest published Vietnamese article with a featured image, preferring site `preferHost`; its host and path.
 * Falls back to the newest published article of that site when none has a picture.
 */
export async function articleWithPicture(databaseUrl, preferHost) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT a.slug, d.host FROM articles a JOIN domains d ON d."siteId" = a."siteId" AND d."isPrimary"
       WHERE a.status = 'PUBLISHED' AND a.lang = 'vi' AND (a."featuredImageId" IS NOT NULL OR d.host = $1)
       ORDER BY (a."featuredImageId" IS NOT NULL) DESC, (d.host = $1) DESC, a."publishedAt" DESC LIMIT 1`,
      [preferHost],
    );
    if (!rows[0]) throw new Error('Không có bài viết đã xuất bản trong dữ liệu mẫu.');
    return { host: rows[0].host, path: `/tin-tuc/${rows[0].slug}` };
  } finally {
    await db.end();
  }
}
