-- AlterTable
ALTER TABLE "ProjectBudgetLine" ADD COLUMN     "priority" BOOLEAN NOT NULL DEFAULT false;
