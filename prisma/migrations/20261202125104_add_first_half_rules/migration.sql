-- AlterTable
ALTER TABLE "Facility" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ProjectBudgetLine" ADD COLUMN     "normJustification" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Appraisal" ADD COLUMN     "actingSecretaryId" UUID,
ADD COLUMN     "failedCriterionReason" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "retroactiveReason" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "resolvedAt" TIMESTAMPTZ(3),
ADD COLUMN     "subject" TEXT;

-- CreateTable
CREATE TABLE "DocumentRequest" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "requestedById" UUID,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fulfilledAt" TIMESTAMPTZ(3),
    "fulfilledById" UUID,

    CONSTRAINT "DocumentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilQuorumRule" (
    "id" UUID NOT NULL,
    "level" "AppraisalLevel" NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "minShareBp" INTEGER NOT NULL,
    "minMembers" INTEGER NOT NULL,
    "chairRequired" BOOLEAN NOT NULL DEFAULT true,
    "basis" TEXT NOT NULL,
    "programmeRule" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilQuorumRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentRequest_projectId_idx" ON "DocumentRequest"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilQuorumRule_level_validFrom_key" ON "CouncilQuorumRule"("level", "validFrom");

-- CreateIndex
CREATE INDEX "Notification_subject_idx" ON "Notification"("subject");

-- AddForeignKey
ALTER TABLE "DocumentRequest" ADD CONSTRAINT "DocumentRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appraisal" ADD CONSTRAINT "Appraisal_actingSecretaryId_fkey" FOREIGN KEY ("actingSecretaryId") REFERENCES "CouncilMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;
