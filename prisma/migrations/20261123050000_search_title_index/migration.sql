-- Hand-written (UNMANAGED_INDEXES in scripts/db/migrate-lib.ts): a relevance search takes the items with the words in
-- their title first (a capped candidate set, modules/search/search.repository.ts), read through this index.
CREATE INDEX "search_entries_titleTsv_idx" ON "search_entries" USING GIN ("titleTsv");
