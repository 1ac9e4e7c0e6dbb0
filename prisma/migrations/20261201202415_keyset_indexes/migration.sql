-- DropIndex
DROP INDEX "Article_createdAt_idx";

-- DropIndex
DROP INDEX "Claim_articleId_start_idx";

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_articleId_start_id_idx" ON "Claim"("articleId", "start", "id");
