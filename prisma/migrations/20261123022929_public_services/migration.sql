-- CreateEnum
CREATE TYPE "ServiceLevel" AS ENUM ('FULL', 'PARTIAL', 'INFO');

-- CreateTable
CREATE TABLE "public_services" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "level" "ServiceLevel" NOT NULL DEFAULT 'INFO',
    "implementingBody" TEXT NOT NULL,
    "applicants" TEXT,
    "steps" TEXT,
    "channels" TEXT,
    "dossier" TEXT,
    "timeLimit" TEXT,
    "fees" TEXT,
    "result" TEXT,
    "conditions" TEXT,
    "legalBasis" TEXT,
    "onlineUrl" TEXT,
    "searchKey" TEXT NOT NULL,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "public_services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_forms" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "mediaId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "service_forms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_stats" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "timesUsed" INTEGER NOT NULL DEFAULT 0,
    "received" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_stats_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "public_services_siteId_status_field_idx" ON "public_services"("siteId", "status", "field");

-- CreateIndex
CREATE UNIQUE INDEX "public_services_siteId_code_key" ON "public_services"("siteId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "public_services_siteId_slug_key" ON "public_services"("siteId", "slug");

-- CreateIndex
CREATE INDEX "service_forms_siteId_serviceId_idx" ON "service_forms"("siteId", "serviceId");

-- CreateIndex
CREATE INDEX "service_stats_siteId_serviceId_idx" ON "service_stats"("siteId", "serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "service_stats_siteId_serviceId_periodStart_periodEnd_key" ON "service_stats"("siteId", "serviceId", "periodStart", "periodEnd");

-- AddForeignKey
ALTER TABLE "public_services" ADD CONSTRAINT "public_services_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_forms" ADD CONSTRAINT "service_forms_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_forms" ADD CONSTRAINT "service_forms_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "public_services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_forms" ADD CONSTRAINT "service_forms_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_stats" ADD CONSTRAINT "service_stats_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_stats" ADD CONSTRAINT "service_stats_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "public_services"("id") ON DELETE CASCADE ON UPDATE CASCADE;
