-- CreateEnum
CREATE TYPE "Classification" AS ENUM ('NONE', 'MAT', 'TOI_MAT', 'TUYET_MAT');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "sourceArticleId" UUID,
ADD COLUMN     "sourceUrl" TEXT;

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "approvalDelegated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "categoryIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateTable
CREATE TABLE "editorial_items" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "state" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" UUID,
    "classification" "Classification" NOT NULL DEFAULT 'NONE',
    "forbiddenSubject" BOOLEAN NOT NULL DEFAULT false,
    "workingRevisionId" UUID,
    "publishedRevisionId" UUID,
    "scheduledAt" TIMESTAMPTZ(3),
    "unpublishAt" TIMESTAMPTZ(3),
    "note" TEXT,
    "lastError" TEXT,
    "lockedById" UUID,
    "lockedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "editorial_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revisions" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "autosave" BOOLEAN NOT NULL DEFAULT false,
    "restoredFrom" INTEGER,
    "createdById" UUID,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalties" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "coefficient" DECIMAL(6,2),
    "unitValue" BIGINT,
    "total" BIGINT NOT NULL,
    "note" TEXT,
    "gradedById" UUID,
    "gradedBy" TEXT NOT NULL,
    "gradedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "royalties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalty_shares" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "royaltyId" UUID NOT NULL,
    "author" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "royalty_shares_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "editorial_items_siteId_state_idx" ON "editorial_items"("siteId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "editorial_items_siteId_entity_entityId_key" ON "editorial_items"("siteId", "entity", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "revisions_siteId_entity_entityId_number_key" ON "revisions"("siteId", "entity", "entityId", "number");

-- CreateIndex
CREATE INDEX "royalties_siteId_publishedAt_idx" ON "royalties"("siteId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "royalties_siteId_entity_entityId_key" ON "royalties"("siteId", "entity", "entityId");

-- CreateIndex
CREATE INDEX "royalty_shares_siteId_author_idx" ON "royalty_shares"("siteId", "author");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_sourceArticleId_fkey" FOREIGN KEY ("sourceArticleId") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editorial_items" ADD CONSTRAINT "editorial_items_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalties" ADD CONSTRAINT "royalties_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_shares" ADD CONSTRAINT "royalty_shares_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_shares" ADD CONSTRAINT "royalty_shares_royaltyId_fkey" FOREIGN KEY ("royaltyId") REFERENCES "royalties"("id") ON DELETE CASCADE ON UPDATE CASCADE;
