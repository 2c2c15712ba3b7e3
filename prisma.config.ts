import { defineConfig } from 'prisma/config';

// Prisma 7 does not read .env; the fallback URL lets `prisma generate` run without a database.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  },
});
