-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "ratedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Verdicts written before this column: their last change is the best guess of when they were rated.
UPDATE "Verdict" SET "ratedAt" = "updatedAt";
