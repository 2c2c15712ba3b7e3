import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { applyMigrations } from '../../scripts/db/migrate-lib';
import { startEmbeddedDb } from '../../scripts/lib/runtime.mjs';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c().catch(() => undefined);
});

/** An empty database: a new one on the local server, or a new in-memory embedded instance. */
async function emptyDatabase(): Promise<string> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (adminUrl) {
    const name = `congso_mig_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  }
  const db = await startEmbeddedDb({ memory: true });
  cleanups.push(db.stop);
  return db.url;
}

describe('migrations', () => {
  it('apply to an empty database, record themselves as Prisma does, and are idempotent', async () => {
    const url = await emptyDatabase();
    const applied = await applyMigrations({ databaseUrl: url, log: () => undefined });
    expect(applied.length).toBeGreaterThanOrEqual(2);
    expect(await applyMigrations({ databaseUrl: url, log: () => undefined })).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = (await client.query(`SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`)).rows;
      expect(rows.map((r) => r.migration_name)).toEqual(applied);
      expect(rows.every((r) => r.finished_at)).toBe(true);
      const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((r) => r.tablename);
      expect(tables).toEqual(expect.arrayContaining(['sites', 'domains', 'users', 'memberships', 'menu_items', 'audit_logs']));
      const ext = (await client.query(`SELECT extname FROM pg_extension`)).rows.map((r) => r.extname);
      expect(ext).toEqual(expect.arrayContaining(['unaccent', 'pg_trgm']));
    } finally {
      await client.end();
    }
  });
});
