-- AlterEnum
ALTER TYPE "FlagStatus" ADD VALUE 'resolved';

-- AlterTable
ALTER TABLE "Flag" ADD COLUMN     "needsLook" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "resolvedByVersion" INTEGER;
