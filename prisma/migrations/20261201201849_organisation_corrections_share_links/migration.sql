-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publishedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL DEFAULT 'Factdesk',
    "url" TEXT NOT NULL DEFAULT 'https://factdesk.example',
    "logoText" TEXT NOT NULL DEFAULT 'Factdesk',
    "reportsNameReviewers" BOOLEAN NOT NULL DEFAULT false,
    "twoPersonRule" BOOLEAN NOT NULL DEFAULT true,
    "publishRequiresEvidence" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "previousVerdictId" TEXT,
    "previousRatingLabel" TEXT NOT NULL,
    "previousRationale" TEXT NOT NULL,
    "previousPublishedAt" TIMESTAMPTZ(3),
    "reason" TEXT NOT NULL,
    "newVerdictId" TEXT,
    "newRatingLabel" TEXT,
    "newRationale" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "openedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Correction_claimId_createdAt_idx" ON "Correction"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_publishedAt_idx" ON "Correction"("publishedAt");

-- CreateIndex
CREATE INDEX "Correction_openedById_idx" ON "Correction"("openedById");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_articleId_idx" ON "ShareLink"("articleId");

-- CreateIndex
CREATE INDEX "ShareLink_createdById_idx" ON "ShareLink"("createdById");

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
