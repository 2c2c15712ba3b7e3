-- CreateEnum
CREATE TYPE "ContentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED', 'PUBLISHED', 'RETURNED', 'SCHEDULED', 'UNPUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('IMAGE', 'DOCUMENT', 'VIDEO');

-- CreateEnum
CREATE TYPE "PageKind" AS ENUM ('ORGANISATION', 'FUNCTIONS', 'HISTORY', 'GEOGRAPHY', 'MAP', 'OTHER');

-- CreateEnum
CREATE TYPE "LegalStatus" AS ENUM ('NOT_YET_EFFECTIVE', 'IN_FORCE', 'PARTLY_EXPIRED', 'EXPIRED', 'REPLACED');

-- CreateEnum
CREATE TYPE "ProjectType" AS ENUM ('PROJECT', 'INVESTMENT', 'TENDER', 'PROCUREMENT');

-- CreateEnum
CREATE TYPE "ProjectPhase" AS ENUM ('PREPARING', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "BannerSlot" AS ENUM ('HEADER', 'HOME_TOP', 'SIDEBAR', 'FOOTER');

-- CreateEnum
CREATE TYPE "GalleryKind" AS ENUM ('PHOTO', 'VIDEO');

-- CreateTable
CREATE TABLE "categories" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "parentId" UUID,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "storageKey" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "alt" TEXT,
    "caption" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'vi',
    "translationOfId" UUID,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sapo" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "featuredImageId" UUID,
    "featuredCaption" TEXT,
    "featuredAlt" TEXT,
    "author" TEXT,
    "source" TEXT,
    "tags" TEXT[],
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_categories" (
    "siteId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,

    CONSTRAINT "article_categories_pkey" PRIMARY KEY ("articleId","categoryId")
);

-- CreateTable
CREATE TABLE "article_relations" (
    "siteId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "relatedId" UUID NOT NULL,

    CONSTRAINT "article_relations_pkey" PRIMARY KEY ("articleId","relatedId")
);

-- CreateTable
CREATE TABLE "pages" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'vi',
    "translationOfId" UUID,
    "slug" TEXT NOT NULL,
    "kind" "PageKind" NOT NULL DEFAULT 'OTHER',
    "title" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'vi',
    "translationOfId" UUID,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "unit" TEXT,
    "duties" TEXT,
    "photoId" UUID,
    "phone" TEXT,
    "email" TEXT,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,
    "isSiteContact" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "directory_entries" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "unit" TEXT NOT NULL,
    "unitEn" TEXT,
    "holder" TEXT,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "directory_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'vi',
    "translationOfId" UUID,
    "slug" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "numberKey" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "signer" TEXT,
    "issuedAt" DATE NOT NULL,
    "effectiveAt" DATE,
    "expiresAt" DATE,
    "legalStatus" "LegalStatus" NOT NULL DEFAULT 'IN_FORCE',
    "replacedById" UUID,
    "field" TEXT,
    "summary" TEXT NOT NULL,
    "body" JSONB,
    "bodyHtml" TEXT,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_files" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "mediaId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "document_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_relations" (
    "siteId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "relatedId" UUID NOT NULL,

    CONSTRAINT "document_relations_pkey" PRIMARY KEY ("documentId","relatedId")
);

-- CreateTable
CREATE TABLE "schedule_entries" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'vi',
    "date" DATE NOT NULL,
    "startTime" TEXT,
    "endTime" TEXT,
    "leader" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "place" TEXT,
    "participants" TEXT,
    "preparedBy" TEXT,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "schedule_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'vi',
    "translationOfId" UUID,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "field" TEXT,
    "type" "ProjectType" NOT NULL,
    "location" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "durationText" TEXT,
    "budget" BIGINT,
    "fundingType" TEXT,
    "sponsor" TEXT,
    "phase" "ProjectPhase" NOT NULL DEFAULT 'PREPARING',
    "body" JSONB,
    "bodyHtml" TEXT,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "link_groups" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "link_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "links" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "labelEn" TEXT,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "banners" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "slot" "BannerSlot" NOT NULL,
    "title" TEXT NOT NULL,
    "imageId" UUID,
    "alt" TEXT NOT NULL,
    "url" TEXT,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "banners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "galleries" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'vi',
    "translationOfId" UUID,
    "slug" TEXT NOT NULL,
    "kind" "GalleryKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "coverId" UUID,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "galleries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gallery_items" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "galleryId" UUID NOT NULL,
    "mediaId" UUID,
    "videoUrl" TEXT,
    "caption" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "gallery_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "categories_siteId_parentId_idx" ON "categories"("siteId", "parentId");

-- CreateIndex
CREATE UNIQUE INDEX "categories_siteId_slug_key" ON "categories"("siteId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "media_storageKey_key" ON "media"("storageKey");

-- CreateIndex
CREATE INDEX "media_siteId_createdAt_idx" ON "media"("siteId", "createdAt");

-- CreateIndex
CREATE INDEX "media_siteId_kind_idx" ON "media"("siteId", "kind");

-- CreateIndex
CREATE INDEX "articles_siteId_status_publishedAt_idx" ON "articles"("siteId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "articles_status_publishedAt_idx" ON "articles"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "articles_siteId_lang_slug_key" ON "articles"("siteId", "lang", "slug");

-- CreateIndex
CREATE INDEX "article_categories_siteId_categoryId_idx" ON "article_categories"("siteId", "categoryId");

-- CreateIndex
CREATE INDEX "article_relations_siteId_idx" ON "article_relations"("siteId");

-- CreateIndex
CREATE INDEX "pages_siteId_status_idx" ON "pages"("siteId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "pages_siteId_lang_slug_key" ON "pages"("siteId", "lang", "slug");

-- CreateIndex
CREATE INDEX "people_siteId_status_idx" ON "people"("siteId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "people_siteId_lang_slug_key" ON "people"("siteId", "lang", "slug");

-- CreateIndex
CREATE INDEX "directory_entries_siteId_idx" ON "directory_entries"("siteId");

-- CreateIndex
CREATE INDEX "documents_siteId_status_issuedAt_idx" ON "documents"("siteId", "status", "issuedAt");

-- CreateIndex
CREATE INDEX "documents_siteId_numberKey_idx" ON "documents"("siteId", "numberKey");

-- CreateIndex
CREATE UNIQUE INDEX "documents_siteId_lang_slug_key" ON "documents"("siteId", "lang", "slug");

-- CreateIndex
CREATE INDEX "document_files_siteId_documentId_idx" ON "document_files"("siteId", "documentId");

-- CreateIndex
CREATE INDEX "document_relations_siteId_idx" ON "document_relations"("siteId");

-- CreateIndex
CREATE INDEX "schedule_entries_siteId_date_idx" ON "schedule_entries"("siteId", "date");

-- CreateIndex
CREATE INDEX "projects_siteId_status_phase_idx" ON "projects"("siteId", "status", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "projects_siteId_lang_slug_key" ON "projects"("siteId", "lang", "slug");

-- CreateIndex
CREATE INDEX "link_groups_siteId_idx" ON "link_groups"("siteId");

-- CreateIndex
CREATE INDEX "links_siteId_groupId_idx" ON "links"("siteId", "groupId");

-- CreateIndex
CREATE INDEX "banners_siteId_slot_idx" ON "banners"("siteId", "slot");

-- CreateIndex
CREATE INDEX "galleries_siteId_status_idx" ON "galleries"("siteId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "galleries_siteId_lang_slug_key" ON "galleries"("siteId", "lang", "slug");

-- CreateIndex
CREATE INDEX "gallery_items_siteId_galleryId_idx" ON "gallery_items"("siteId", "galleryId");

-- AddForeignKey
ALTER TABLE "categories" ADD CONSTRAINT "categories_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "categories" ADD CONSTRAINT "categories_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media" ADD CONSTRAINT "media_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_featuredImageId_fkey" FOREIGN KEY ("featuredImageId") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_categories" ADD CONSTRAINT "article_categories_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_categories" ADD CONSTRAINT "article_categories_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_categories" ADD CONSTRAINT "article_categories_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_relations" ADD CONSTRAINT "article_relations_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_relations" ADD CONSTRAINT "article_relations_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_relations" ADD CONSTRAINT "article_relations_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pages" ADD CONSTRAINT "pages_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pages" ADD CONSTRAINT "pages_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "pages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_relations" ADD CONSTRAINT "document_relations_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_relations" ADD CONSTRAINT "document_relations_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_relations" ADD CONSTRAINT "document_relations_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "link_groups" ADD CONSTRAINT "link_groups_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "links" ADD CONSTRAINT "links_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "links" ADD CONSTRAINT "links_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "link_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "banners" ADD CONSTRAINT "banners_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "banners" ADD CONSTRAINT "banners_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "galleries" ADD CONSTRAINT "galleries_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "galleries" ADD CONSTRAINT "galleries_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "galleries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "galleries" ADD CONSTRAINT "galleries_coverId_fkey" FOREIGN KEY ("coverId") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gallery_items" ADD CONSTRAINT "gallery_items_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gallery_items" ADD CONSTRAINT "gallery_items_galleryId_fkey" FOREIGN KEY ("galleryId") REFERENCES "galleries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gallery_items" ADD CONSTRAINT "gallery_items_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "media"("id") ON DELETE CASCADE ON UPDATE CASCADE;
