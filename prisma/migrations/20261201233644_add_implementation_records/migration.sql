-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "AcceptanceForm" AS ENUM ('MAU_5A', 'MAU_5B', 'MAU_5C');

-- CreateEnum
CREATE TYPE "OutcomeTiming" AS ENUM ('AT_ACCEPTANCE', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "SettlementStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'APPROVED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AttachmentKind" ADD VALUE 'PROGRESS_REPORT';
ALTER TYPE "AttachmentKind" ADD VALUE 'INSPECTION';
ALTER TYPE "AttachmentKind" ADD VALUE 'EVIDENCE';
ALTER TYPE "AttachmentKind" ADD VALUE 'SETTLEMENT';
ALTER TYPE "AttachmentKind" ADD VALUE 'LIQUIDATION';
ALTER TYPE "AttachmentKind" ADD VALUE 'PHOTO';

-- DropForeignKey
ALTER TABLE "Contract" DROP CONSTRAINT "Contract_partyBId_fkey";

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "beneficiaryId" UUID,
ADD COLUMN     "counterpartValue" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "endsOn" DATE,
ADD COLUMN     "startsOn" DATE,
ADD COLUMN     "terms" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "partyBId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "PaymentScheduleItem" ADD COLUMN     "advanceRuleId" UUID,
ADD COLUMN     "afterAcceptance" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "documents" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "LedgerYearClosing" ADD COLUMN     "closedById" UUID,
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "AdvanceRule" ADD COLUMN     "balanceDocuments" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "confirmationNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "contractId" UUID,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "submittedById" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "recordedById" UUID,
ADD COLUMN     "team" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Acceptance" ADD COLUMN     "beneficiaryId" UUID,
ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "confirmedById" UUID,
ADD COLUMN     "contractId" UUID,
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "forceMajeure" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "forceMajeureReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "members" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recordedById" UUID,
ADD COLUMN     "workVolume" TEXT NOT NULL DEFAULT '',
DROP COLUMN "form",
ADD COLUMN     "form" "AcceptanceForm" NOT NULL;

-- AlterTable
ALTER TABLE "Liquidation" ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "recordedById" UUID;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "acceptanceId" UUID,
ADD COLUMN     "contractId" UUID,
ADD COLUMN     "findingId" UUID,
ADD COLUMN     "inspectionId" UUID,
ADD COLUMN     "progressReportId" UUID;

-- CreateTable
CREATE TABLE "ContractVersion" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "signedOn" DATE NOT NULL,
    "value" BIGINT NOT NULL,
    "counterpartValue" BIGINT NOT NULL DEFAULT 0,
    "startsOn" DATE,
    "endsOn" DATE,
    "terms" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL DEFAULT '',
    "schedule" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImplementationDeadline" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dayOfMonth" INTEGER,
    "daysAfter" INTEGER,
    "month" INTEGER,
    "status" "NormStatus" NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "ImplementationDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReportLine" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "budgetLineId" UUID,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "plannedQuantity" DECIMAL(14,2),
    "doneQuantity" DECIMAL(14,2) NOT NULL,
    "costExecuted" BIGINT NOT NULL,

    CONSTRAINT "ProgressReportLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionFinding" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "requiredAction" TEXT NOT NULL,
    "dueOn" DATE,
    "status" "FindingStatus" NOT NULL DEFAULT 'OPEN',
    "closedOn" DATE,
    "closedById" UUID,
    "closingEvidence" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "InspectionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AcceptanceLine" (
    "id" UUID NOT NULL,
    "acceptanceId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "budgetLineId" UUID,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "quantityAccepted" DECIMAL(14,2) NOT NULL,
    "supportValue" BIGINT NOT NULL,
    "counterpartValue" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AcceptanceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeRecord" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "beneficiaryId" UUID NOT NULL,
    "acceptanceId" UUID,
    "timing" "OutcomeTiming" NOT NULL,
    "recordedOn" DATE NOT NULL,
    "productionValueBefore" BIGINT,
    "productionValueAfter" BIGINT,
    "revenueBefore" BIGINT,
    "revenueAfter" BIGINT,
    "jobsBefore" INTEGER,
    "jobsAfter" INTEGER,
    "averageIncomeBefore" BIGINT,
    "averageIncomeAfter" BIGINT,
    "productsBefore" INTEGER,
    "productsAfter" INTEGER,
    "machineryBefore" INTEGER,
    "machineryAfter" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Settlement" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "submittedOn" DATE NOT NULL,
    "settledAmount" BIGINT NOT NULL,
    "counterpartAmount" BIGINT NOT NULL DEFAULT 0,
    "status" "SettlementStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decidedOn" DATE,
    "decidedById" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "submittedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Settlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectStop" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "stoppedOn" DATE NOT NULL,
    "decisionRef" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL,
    "disbursedAtStop" BIGINT NOT NULL,
    "acceptedAtStop" BIGINT NOT NULL,
    "refundDue" BIGINT NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectStop_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContractVersion_contractId_versionNo_key" ON "ContractVersion"("contractId", "versionNo");

-- CreateIndex
CREATE UNIQUE INDEX "ImplementationDeadline_code_validFrom_key" ON "ImplementationDeadline"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReportLine_reportId_seq_key" ON "ProgressReportLine"("reportId", "seq");

-- CreateIndex
CREATE INDEX "InspectionFinding_status_dueOn_idx" ON "InspectionFinding"("status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionFinding_inspectionId_seq_key" ON "InspectionFinding"("inspectionId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "AcceptanceLine_acceptanceId_seq_key" ON "AcceptanceLine"("acceptanceId", "seq");

-- CreateIndex
CREATE INDEX "OutcomeRecord_projectId_idx" ON "OutcomeRecord"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeRecord_beneficiaryId_timing_recordedOn_key" ON "OutcomeRecord"("beneficiaryId", "timing", "recordedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Settlement_contractId_key" ON "Settlement"("contractId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectStop_projectId_key" ON "ProjectStop"("projectId");

-- CreateIndex
CREATE INDEX "Contract_parentId_idx" ON "Contract"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_partyAId_number_key" ON "Contract"("partyAId", "number");

-- CreateIndex
CREATE INDEX "Acceptance_projectId_idx" ON "Acceptance"("projectId");

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_partyBId_fkey" FOREIGN KEY ("partyBId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_beneficiaryId_fkey" FOREIGN KEY ("beneficiaryId") REFERENCES "ProjectBeneficiary"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractVersion" ADD CONSTRAINT "ContractVersion_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentScheduleItem" ADD CONSTRAINT "PaymentScheduleItem_advanceRuleId_fkey" FOREIGN KEY ("advanceRuleId") REFERENCES "AdvanceRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportLine" ADD CONSTRAINT "ProgressReportLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportLine" ADD CONSTRAINT "ProgressReportLine_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "ProjectBudgetLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_beneficiaryId_fkey" FOREIGN KEY ("beneficiaryId") REFERENCES "ProjectBeneficiary"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AcceptanceLine" ADD CONSTRAINT "AcceptanceLine_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "Acceptance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AcceptanceLine" ADD CONSTRAINT "AcceptanceLine_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "ProjectBudgetLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeRecord" ADD CONSTRAINT "OutcomeRecord_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeRecord" ADD CONSTRAINT "OutcomeRecord_beneficiaryId_fkey" FOREIGN KEY ("beneficiaryId") REFERENCES "ProjectBeneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeRecord" ADD CONSTRAINT "OutcomeRecord_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "Acceptance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStop" ADD CONSTRAINT "ProjectStop_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_progressReportId_fkey" FOREIGN KEY ("progressReportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "InspectionFinding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "Acceptance"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- Rules the database keeps whatever the code does (docs/decisions/021).
-- Contract versions are history: never changed or removed.
CREATE TRIGGER "ContractVersion_append_only"
  BEFORE UPDATE OR DELETE ON "ContractVersion"
  FOR EACH ROW EXECUTE FUNCTION "refuse_update_or_delete"();

-- A support contract names the beneficiary as bên B; a main contract or task assignment names an organisation.
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_party_b_check" CHECK (
  ("kind" = 'SUPPORT_CONTRACT' AND "beneficiaryId" IS NOT NULL AND "partyBId" IS NULL)
  OR ("kind" <> 'SUPPORT_CONTRACT' AND "partyBId" IS NOT NULL AND "beneficiaryId" IS NULL));
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_amounts_check" CHECK ("value" > 0 AND "counterpartValue" >= 0);
ALTER TABLE "ContractVersion" ADD CONSTRAINT "ContractVersion_amounts_check" CHECK ("value" > 0 AND "counterpartValue" >= 0);
ALTER TABLE "PaymentScheduleItem" ADD CONSTRAINT "PaymentScheduleItem_amount_check" CHECK ("amount" >= 0 AND "shareBp" BETWEEN 0 AND 10000);
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_figures_check" CHECK ("completedValue" >= 0 AND "completionBp" BETWEEN 0 AND 10000);
ALTER TABLE "ProgressReportLine" ADD CONSTRAINT "ProgressReportLine_figures_check" CHECK ("costExecuted" >= 0 AND "doneQuantity" >= 0);
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_amounts_check" CHECK ("acceptedValue" >= 0 AND "counterpartValue" >= 0);
ALTER TABLE "AcceptanceLine" ADD CONSTRAINT "AcceptanceLine_amounts_check" CHECK ("supportValue" >= 0 AND "counterpartValue" >= 0 AND "quantityAccepted" >= 0);
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_amounts_check" CHECK ("settledAmount" >= 0 AND "counterpartAmount" >= 0);
ALTER TABLE "Liquidation" ADD CONSTRAINT "Liquidation_amounts_check" CHECK ("settledAmount" >= 0 AND "refundAmount" >= 0);
ALTER TABLE "ProjectStop" ADD CONSTRAINT "ProjectStop_amounts_check" CHECK ("disbursedAtStop" >= 0 AND "acceptedAtStop" >= 0 AND "refundDue" >= 0);
-- A file documents at most one thing inside its đề án.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_one_subject_check" CHECK (
  num_nonnulls("contractId", "progressReportId", "inspectionId", "findingId", "acceptanceId") <= 1);
