-- AlterTable
ALTER TABLE "search_entries" ADD COLUMN     "titleTsv" tsvector;

-- Hand-written: keep the heap rows narrow (the long body and full-text vector go to TOAST), so scanning many
-- matches reads few pages; only the ten rows of a result page read their body.
ALTER TABLE "search_entries" SET (toast_tuple_target = 256);

-- Hand-written (UNMANAGED_INDEXES): "12/2024" finds 12/2024/QĐ-UBND by prefix whatever the database's collation.
CREATE INDEX "search_entries_numberKey_pattern_idx" ON "search_entries" ("numberKey" text_pattern_ops);
