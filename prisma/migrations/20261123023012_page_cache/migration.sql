-- CreateTable
CREATE TABLE "cache_generations" (
    "scope" TEXT NOT NULL,
    "gen" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cache_generations_pkey" PRIMARY KEY ("scope")
);
