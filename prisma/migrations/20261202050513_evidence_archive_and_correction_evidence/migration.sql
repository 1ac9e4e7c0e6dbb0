/*
  Warnings:

  - The column `archivedText` of `Evidence` is dropped after its texts are copied into "EvidenceArchive" (hand-added
    INSERT below, with each text's SHA-256 and the evidence's access date as the capture date).

*/
-- AlterTable
ALTER TABLE "Correction" ADD COLUMN     "previousEvidence" JSONB;

-- CreateTable
CREATE TABLE "EvidenceArchive" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT,
    "content" BYTEA,
    "fileName" TEXT,
    "mimeType" TEXT,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "capturedAt" TIMESTAMPTZ(3) NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceArchive_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceArchive_evidenceId_key" ON "EvidenceArchive"("evidenceId");

-- CreateIndex
CREATE INDEX "EvidenceArchive_addedById_idx" ON "EvidenceArchive"("addedById");

-- AddForeignKey
ALTER TABLE "EvidenceArchive" ADD CONSTRAINT "EvidenceArchive_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceArchive" ADD CONSTRAINT "EvidenceArchive_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-added: the archived texts kept on Evidence so far become archived copies, then the column goes.
INSERT INTO "EvidenceArchive" ("id", "evidenceId", "kind", "text", "byteSize", "sha256", "capturedAt", "addedById")
SELECT 'arch_' || e."id", e."id", 'text', e."archivedText", octet_length(convert_to(e."archivedText", 'UTF8')),
       encode(sha256(convert_to(e."archivedText", 'UTF8')), 'hex'), e."accessedAt", e."addedById"
FROM "Evidence" e WHERE e."archivedText" IS NOT NULL;

ALTER TABLE "Evidence" DROP COLUMN "archivedText";
