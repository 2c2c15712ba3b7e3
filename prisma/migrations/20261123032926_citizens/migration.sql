-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('RECEIVED', 'ASSIGNED', 'PENDING_APPROVAL', 'ANSWERED');

-- CreateEnum
CREATE TYPE "CommentStatus" AS ENUM ('PENDING', 'APPROVED', 'HIDDEN');

-- AlterTable
ALTER TABLE "sites" ADD COLUMN     "questionDueDays" INTEGER NOT NULL DEFAULT 15;

-- CreateTable
CREATE TABLE "questions" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "askerName" TEXT NOT NULL,
    "askerEmail" TEXT NOT NULL,
    "askerPhone" TEXT,
    "askerAddress" TEXT,
    "field" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "attachmentKey" TEXT,
    "attachmentName" TEXT,
    "attachmentType" TEXT,
    "attachmentSize" INTEGER,
    "status" "QuestionStatus" NOT NULL DEFAULT 'RECEIVED',
    "dueDate" DATE NOT NULL,
    "assigneeUserId" UUID,
    "assignedUnit" TEXT,
    "answer" TEXT,
    "answerDraftedById" UUID,
    "answerApprovedById" UUID,
    "returnReason" TEXT,
    "answeredAt" TIMESTAMP(3),
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultations" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fileIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "unitName" TEXT NOT NULL,
    "unitAddress" TEXT NOT NULL,
    "unitEmail" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "report" TEXT,
    "reportPublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "consultations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation_comments" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "organisation" TEXT,
    "article" TEXT,
    "content" TEXT NOT NULL,
    "status" "CommentStatus" NOT NULL DEFAULT 'PENDING',
    "moderatedById" UUID,
    "moderatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultation_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "site_ratings" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "interface" INTEGER,
    "content" INTEGER,
    "quality" INTEGER,
    "support" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "site_ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "page_feedback" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "page_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_buckets" (
    "key" TEXT NOT NULL,
    "siteId" UUID NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "questions_siteId_status_dueDate_idx" ON "questions"("siteId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "questions_siteId_isPublished_publishedAt_idx" ON "questions"("siteId", "isPublished", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "questions_siteId_code_key" ON "questions"("siteId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "questions_siteId_slug_key" ON "questions"("siteId", "slug");

-- CreateIndex
CREATE INDEX "consultations_siteId_status_endsOn_idx" ON "consultations"("siteId", "status", "endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "consultations_siteId_slug_key" ON "consultations"("siteId", "slug");

-- CreateIndex
CREATE INDEX "consultation_comments_siteId_consultationId_status_idx" ON "consultation_comments"("siteId", "consultationId", "status");

-- CreateIndex
CREATE INDEX "site_ratings_siteId_createdAt_idx" ON "site_ratings"("siteId", "createdAt");

-- CreateIndex
CREATE INDEX "page_feedback_siteId_path_idx" ON "page_feedback"("siteId", "path");

-- CreateIndex
CREATE INDEX "rate_limit_buckets_siteId_expiresAt_idx" ON "rate_limit_buckets"("siteId", "expiresAt");

-- AddForeignKey
ALTER TABLE "questions" ADD CONSTRAINT "questions_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "site_ratings" ADD CONSTRAINT "site_ratings_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "page_feedback" ADD CONSTRAINT "page_feedback_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;
