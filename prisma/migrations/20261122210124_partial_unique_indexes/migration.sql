-- Extensions for the built-in search (unaccent, trigram similarity).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Rules the Prisma schema language cannot express (partial unique indexes); listed in
-- scripts/db/migrate-lib.ts UNMANAGED_INDEXES so generated migrations never drop them.
-- Exactly one super-admin per site (seed 000 Đ19.2c).
CREATE UNIQUE INDEX "memberships_one_super_admin_per_site" ON "memberships" ("siteId") WHERE "role" = 'SUPER_ADMIN';
-- Exactly one primary host per site (T2).
CREATE UNIQUE INDEX "domains_one_primary_per_site" ON "domains" ("siteId") WHERE "isPrimary";
