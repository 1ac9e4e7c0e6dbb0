-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchArticle" tsvector;

-- CreateIndex
CREATE INDEX "Article_searchArticle_idx" ON "Article" USING GIN ("searchArticle");
