import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import type { Prisma } from '@/generated/prisma/client';

/**
 * The one database client. Only `*.repository.ts` files and src/server import it
 * (enforced by tests/unit/architecture.test.ts), so every query passes through a
 * repository that scopes it by site.
 */
const globalForDb = globalThis as unknown as { congSoPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Thiếu DATABASE_URL.');
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const mode = process.env.DB_QUERY_LOG;
  if (mode !== '1' && mode !== 'sql') return new PrismaClient({ adapter });
  // Measurement only (bench/page-cost.mjs counts queries per page): one line per query, never parameters;
  // DB_QUERY_LOG=sql adds the statement text.
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) =>
    process.stdout.write(`${JSON.stringify({ level: 'debug', message: 'db query', durationMs: e.duration, ...(mode === 'sql' ? { sql: e.query.slice(0, 300) } : {}) })}\n`),
  );
  return client;
}

export function db(): PrismaClient {
  globalForDb.congSoPrisma ??= createClient();
  return globalForDb.congSoPrisma;
}

/** A client or a transaction: repositories accept either so services can compose them atomically. */
export type Db = PrismaClient | Prisma.TransactionClient;

export async function disconnectDb(): Promise<void> {
  if (globalForDb.congSoPrisma) {
    await globalForDb.congSoPrisma.$disconnect();
    globalForDb.congSoPrisma = undefined;
  }
}
