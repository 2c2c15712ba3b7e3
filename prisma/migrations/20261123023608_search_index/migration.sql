-- CreateTable
CREATE TABLE "search_entries" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'vi',
    "slug" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "field" TEXT,
    "numberKey" TEXT,
    "date" TIMESTAMPTZ(3),
    "visibleFrom" TIMESTAMPTZ(3) NOT NULL,
    "tsv" tsvector NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_terms" (
    "siteId" UUID NOT NULL,
    "term" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "search_entries_siteId_date_idx" ON "search_entries"("siteId", "date");

-- CreateIndex
CREATE INDEX "search_entries_siteId_numberKey_idx" ON "search_entries"("siteId", "numberKey");

-- CreateIndex
CREATE UNIQUE INDEX "search_entries_siteId_type_entityId_key" ON "search_entries"("siteId", "type", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "search_terms_siteId_term_key" ON "search_terms"("siteId", "term");

-- AddForeignKey
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "search_terms" ADD CONSTRAINT "search_terms_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (UNMANAGED_INDEXES in scripts/db/migrate-lib.ts): the schema language cannot express them.
-- Full-text index of the built-in search engine.
CREATE INDEX "search_entries_tsv_idx" ON "search_entries" USING GIN ("tsv");

-- Trigram index of the vocabulary: a mistyped word is corrected to the most similar known word.
CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING GIN ("term" gin_trgm_ops);
