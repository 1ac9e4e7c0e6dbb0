-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchClaim" tsvector,
ADD COLUMN     "searchNotes" tsvector,
ADD COLUMN     "searchPublished" tsvector,
ADD COLUMN     "searchVerdicts" tsvector;

-- CreateIndex
CREATE INDEX "Claim_searchClaim_idx" ON "Claim" USING GIN ("searchClaim");

-- CreateIndex
CREATE INDEX "Claim_searchVerdicts_idx" ON "Claim" USING GIN ("searchVerdicts");

-- CreateIndex
CREATE INDEX "Claim_searchNotes_idx" ON "Claim" USING GIN ("searchNotes");

-- CreateIndex
CREATE INDEX "Claim_searchPublished_idx" ON "Claim" USING GIN ("searchPublished");
