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
  return new PrismaClient({ adapter });
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
