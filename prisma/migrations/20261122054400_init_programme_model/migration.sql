-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CommuneKind" AS ENUM ('XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('CUC', 'MINISTRY_UNIT', 'REGIONAL_CENTRE', 'SCT', 'PROVINCIAL_CENTRE', 'OTHER_IMPLEMENTER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CUC_STAFF', 'LEADERSHIP', 'REGIONAL_CENTRE', 'SCT', 'PROVINCIAL_CENTRE');

-- CreateEnum
CREATE TYPE "ScopeKind" AS ENUM ('NATIONAL', 'ZONE', 'PROVINCE');

-- CreateEnum
CREATE TYPE "FacilityKind" AS ENUM ('SME', 'COOPERATIVE', 'COOPERATIVE_UNION', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS', 'OTHER_ENTERPRISE');

-- CreateEnum
CREATE TYPE "FacilitySize" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('FLAGSHIP', 'GROUP', 'STANDARD');

-- CreateEnum
CREATE TYPE "NormCapUnit" AS ENUM ('PER_MODEL', 'PER_FACILITY', 'PER_LINE', 'PER_CCN', 'PER_BRAND', 'PER_ROUND', 'PER_PRODUCT', 'PER_ENTERPRISE', 'PER_CLUSTER', 'PER_ASSOCIATION', 'PER_PROJECT', 'PER_YEAR_BUDGET');

-- CreateEnum
CREATE TYPE "NormSeverity" AS ENUM ('HARD', 'SOFT');

-- CreateEnum
CREATE TYPE "NormStatus" AS ENUM ('CONFIRMED', 'BASELINE');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('DRAFT', 'SUBMITTED_TO_SCT', 'RETURNED_BY_SCT', 'REJECTED_BY_SCT', 'APPROVED_BY_SCT', 'REGISTERED', 'UNDER_CUC_APPRAISAL', 'RETURNED_BY_CUC', 'REJECTED_BY_CUC', 'APPROVED_BY_CUC', 'IN_PLAN', 'GROUP_PLAN_APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED', 'LIQUIDATED', 'STOPPED', 'CARRIED_OVER');

-- CreateEnum
CREATE TYPE "AppraisalLevel" AS ENUM ('PROVINCE', 'MINISTRY');

-- CreateEnum
CREATE TYPE "AppraisalMethod" AS ENUM ('COUNCIL', 'STAFF');

-- CreateEnum
CREATE TYPE "AppraisalOutcome" AS ENUM ('APPROVE', 'APPROVE_REDUCED', 'RETURN', 'REJECT');

-- CreateEnum
CREATE TYPE "AppraisalCriterion" AS ENUM ('CONFORMITY', 'OBJECTIVES_EFFECTIVENESS_BUDGET', 'CAPACITY', 'COMBINATION', 'DOSSIER_COMPLETENESS');

-- CreateEnum
CREATE TYPE "CriterionAssessment" AS ENUM ('MET', 'PARTLY_MET', 'NOT_MET');

-- CreateEnum
CREATE TYPE "CouncilRole" AS ENUM ('CHAIR', 'SECRETARY', 'MEMBER');

-- CreateEnum
CREATE TYPE "PlanLevel" AS ENUM ('NATIONAL', 'PROVINCIAL');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ISSUED');

-- CreateEnum
CREATE TYPE "AdjustmentKind" AS ENUM ('INCREASE_SUPPORT', 'CHANGE_CONTENT', 'EXTEND_NEXT_YEAR', 'ADD_PROJECT', 'STOP_PROJECT', 'CHANGE_LOCATION', 'CHANGE_BENEFICIARY', 'CHANGE_PARTNER', 'CHANGE_TIMING', 'KEEP_OR_REDUCE_SUPPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "AdjustmentAuthority" AS ENUM ('MINISTER', 'CUC', 'SCT');

-- CreateEnum
CREATE TYPE "AdjustmentStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ContractKind" AS ENUM ('CONTRACT', 'TASK_ASSIGNMENT', 'SUPPORT_CONTRACT');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('DRAFT', 'SIGNED', 'LIQUIDATED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('ADVANCE', 'PAYMENT');

-- CreateEnum
CREATE TYPE "LedgerKind" AS ENUM ('ADVANCE', 'PAYMENT', 'SETTLEMENT', 'REFUND', 'CARRY_OVER');

-- CreateEnum
CREATE TYPE "ReportPeriod" AS ENUM ('Q1', 'H1', 'Q3', 'M9', 'M10', 'M11', 'YEAR', 'CUSTOM');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('REQUEST_LETTER', 'BENEFICIARY_LETTER', 'ANNEX_2', 'APPRAISAL_SHEET', 'DECISION', 'CONTRACT', 'ACCEPTANCE_MINUTES', 'OTHER');

-- CreateTable
CREATE TABLE "Zone" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocioEconomicRegion" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "SocioEconomicRegion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Province" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "isCentralCity" BOOLEAN NOT NULL DEFAULT false,
    "centralCitySince" DATE,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "legalBasis" TEXT,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvinceSuccession" (
    "id" UUID NOT NULL,
    "fromProvinceId" UUID NOT NULL,
    "toProvinceId" UUID NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "legalBasis" TEXT NOT NULL,

    CONSTRAINT "ProvinceSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoneMembership" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "zoneId" UUID NOT NULL,
    "official" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "basis" TEXT NOT NULL,

    CONSTRAINT "ZoneMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionMembership" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "RegionMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commune" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommuneKind" NOT NULL,
    "provinceId" UUID NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "Commune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "provinceId" UUID,
    "zoneId" UUID,
    "successorId" UUID,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationName" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "legalBasis" TEXT,

    CONSTRAINT "OrganisationName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "organisationId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRole" (
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("userId","role")
);

-- CreateTable
CREATE TABLE "UserScope" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "ScopeKind" NOT NULL,
    "zoneId" UUID,
    "provinceId" UUID,

    CONSTRAINT "UserScope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" UUID NOT NULL,
    "taxCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "kind" "FacilityKind" NOT NULL,
    "size" "FacilitySize" NOT NULL,
    "industry" TEXT NOT NULL,
    "provinceId" UUID NOT NULL,
    "communeId" UUID,
    "addressLine" TEXT NOT NULL,
    "inCraftVillage" BOOLEAN NOT NULL DEFAULT false,
    "craftVillageName" TEXT,
    "womenOwned" BOOLEAN NOT NULL DEFAULT false,
    "employees" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FacilityOwnerContact" (
    "facilityId" UUID NOT NULL,
    "ownerName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "idNumber" TEXT,

    CONSTRAINT "FacilityOwnerContact_pkey" PRIMARY KEY ("facilityId")
);

-- CreateTable
CREATE TABLE "FundingSource" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FundingSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanYear" (
    "year" INTEGER NOT NULL,
    "sctSubmissionDeadline" DATE NOT NULL,
    "registrationDeadline" DATE NOT NULL,
    "registrationExtendedTo" DATE,
    "contentCatalogVersionId" UUID NOT NULL,

    CONSTRAINT "PlanYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "ContentCatalogVersion" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "ContentCatalogVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentCategory" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "continuesId" UUID,

    CONSTRAINT "ContentCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportNorm" (
    "id" UUID NOT NULL,
    "fundingSourceId" UUID NOT NULL,
    "provinceId" UUID,
    "contentCategoryId" UUID,
    "code" TEXT NOT NULL,
    "costItem" TEXT NOT NULL,
    "maxRateBp" INTEGER,
    "capAmount" BIGINT,
    "capUnit" "NormCapUnit",
    "priorityMultiplierBp" INTEGER NOT NULL DEFAULT 10000,
    "cumulativePerFacility" BOOLEAN NOT NULL DEFAULT false,
    "severity" "NormSeverity" NOT NULL DEFAULT 'HARD',
    "status" "NormStatus" NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportNorm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "planYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "fundingSourceId" UUID NOT NULL,
    "kind" "ProjectKind" NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'DRAFT',
    "implementerId" UUID NOT NULL,
    "provinceId" UUID,
    "multiProvince" BOOLEAN NOT NULL DEFAULT false,
    "locationText" TEXT NOT NULL DEFAULT '',
    "needAndBasis" TEXT NOT NULL DEFAULT '',
    "objectives" TEXT NOT NULL DEFAULT '',
    "scale" TEXT NOT NULL DEFAULT '',
    "arrangements" TEXT NOT NULL DEFAULT '',
    "expectedEffects" TEXT NOT NULL DEFAULT '',
    "totalCost" BIGINT NOT NULL DEFAULT 0,
    "supportAmount" BIGINT NOT NULL DEFAULT 0,
    "counterpartAmount" BIGINT NOT NULL DEFAULT 0,
    "otherAmount" BIGINT NOT NULL DEFAULT 0,
    "approvedAmount" BIGINT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectContent" (
    "projectId" UUID NOT NULL,
    "contentCategoryId" UUID NOT NULL,

    CONSTRAINT "ProjectContent_pkey" PRIMARY KEY ("projectId","contentCategoryId")
);

-- CreateTable
CREATE TABLE "ProjectBeneficiary" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "supportAmount" BIGINT NOT NULL DEFAULT 0,
    "counterpartAmount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectBeneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectBudgetLine" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "contentCategoryId" UUID,
    "supportNormId" UUID,
    "facilityId" UUID,
    "unit" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "totalCost" BIGINT NOT NULL,
    "supportAmount" BIGINT NOT NULL,
    "counterpartAmount" BIGINT NOT NULL DEFAULT 0,
    "otherAmount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectWorkItem" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "responsible" TEXT NOT NULL DEFAULT '',
    "startDate" DATE,
    "endDate" DATE,

    CONSTRAINT "ProjectWorkItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPartner" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "organisationId" UUID,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ProjectPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTransition" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "fromStatus" "ProjectStatus",
    "toStatus" "ProjectStatus" NOT NULL,
    "actorId" UUID,
    "comment" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalCouncil" (
    "id" UUID NOT NULL,
    "level" "AppraisalLevel" NOT NULL,
    "planYear" INTEGER NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "decisionRef" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppraisalCouncil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMember" (
    "id" UUID NOT NULL,
    "councilId" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "role" "CouncilRole" NOT NULL,
    "organisationId" UUID,
    "declaredInterests" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "CouncilMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilRecusal" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilRecusal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appraisal" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "level" "AppraisalLevel" NOT NULL,
    "method" "AppraisalMethod" NOT NULL,
    "councilId" UUID,
    "form" TEXT,
    "outcome" "AppraisalOutcome",
    "approvedAmount" BIGINT,
    "conclusion" TEXT NOT NULL DEFAULT '',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appraisal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionScore" (
    "id" UUID NOT NULL,
    "appraisalId" UUID NOT NULL,
    "memberId" UUID,
    "criterion" "AppraisalCriterion" NOT NULL,
    "assessment" "CriterionAssessment" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CriterionScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "effectiveOn" DATE,
    "signer" TEXT NOT NULL,
    "issuerId" UUID NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlan" (
    "id" UUID NOT NULL,
    "planYear" INTEGER NOT NULL,
    "fundingSourceId" UUID NOT NULL,
    "level" "PlanLevel" NOT NULL,
    "provinceId" UUID,
    "envelope" BIGINT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "decisionId" UUID,
    "effectiveOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" UUID NOT NULL,
    "planVersionId" UUID NOT NULL,
    "projectId" UUID,
    "taskTitle" TEXT,
    "implementerId" UUID NOT NULL,
    "provinceId" UUID,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAdjustment" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "projectId" UUID,
    "kind" "AdjustmentKind" NOT NULL,
    "authority" "AdjustmentAuthority" NOT NULL,
    "status" "AdjustmentStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" TEXT NOT NULL,
    "amountBefore" BIGINT,
    "amountAfter" BIGINT,
    "requestedById" UUID,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionId" UUID,
    "resultingVersionId" UUID,

    CONSTRAINT "PlanAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetAllocation" (
    "id" UUID NOT NULL,
    "planYear" INTEGER NOT NULL,
    "fundingSourceId" UUID NOT NULL,
    "receiverId" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "allocatedOn" DATE NOT NULL,
    "documentRef" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "ContractKind" NOT NULL,
    "number" TEXT NOT NULL,
    "signedOn" DATE,
    "partyAId" UUID NOT NULL,
    "partyBId" UUID NOT NULL,
    "value" BIGINT NOT NULL,
    "status" "ContractStatus" NOT NULL DEFAULT 'DRAFT',
    "parentId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentScheduleItem" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "ScheduleKind" NOT NULL,
    "shareBp" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "condition" TEXT NOT NULL DEFAULT '',
    "dueOn" DATE,

    CONSTRAINT "PaymentScheduleItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "contractId" UUID,
    "fundingSourceId" UUID NOT NULL,
    "kind" "LedgerKind" NOT NULL,
    "amount" BIGINT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "documentRef" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "periodMonth" DATE NOT NULL,
    "reportedOn" DATE NOT NULL,
    "completionBp" INTEGER NOT NULL,
    "completedValue" BIGINT NOT NULL,
    "narrative" TEXT NOT NULL DEFAULT '',
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "inspectorId" UUID NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "conclusion" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Acceptance" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "form" TEXT NOT NULL,
    "organiserId" UUID NOT NULL,
    "acceptedOn" DATE NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "acceptedValue" BIGINT NOT NULL,
    "counterpartValue" BIGINT NOT NULL DEFAULT 0,
    "conclusion" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Acceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Liquidation" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "liquidatedOn" DATE NOT NULL,
    "settledAmount" BIGINT NOT NULL,
    "refundAmount" BIGINT NOT NULL DEFAULT 0,
    "minutesRef" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Liquidation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvincialReport" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "cutOffDate" DATE NOT NULL,
    "fundingSourceId" UUID NOT NULL,
    "planAmount" BIGINT NOT NULL,
    "executedAmount" BIGINT NOT NULL,
    "projectCount" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProvincialReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "projectId" UUID,
    "kind" "AttachmentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Zone_code_key" ON "Zone"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SocioEconomicRegion_code_key" ON "SocioEconomicRegion"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SocioEconomicRegion_name_key" ON "SocioEconomicRegion"("name");

-- CreateIndex
CREATE INDEX "Province_validFrom_validTo_idx" ON "Province"("validFrom", "validTo");

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_validFrom_key" ON "Province"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceSuccession_fromProvinceId_toProvinceId_key" ON "ProvinceSuccession"("fromProvinceId", "toProvinceId");

-- CreateIndex
CREATE UNIQUE INDEX "ZoneMembership_provinceId_zoneId_validFrom_key" ON "ZoneMembership"("provinceId", "zoneId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "RegionMembership_provinceId_regionId_validFrom_key" ON "RegionMembership"("provinceId", "regionId", "validFrom");

-- CreateIndex
CREATE INDEX "Commune_provinceId_idx" ON "Commune"("provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Commune_code_validFrom_key" ON "Commune"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_code_key" ON "Organisation"("code");

-- CreateIndex
CREATE INDEX "Organisation_kind_provinceId_idx" ON "Organisation"("kind", "provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationName_organisationId_validFrom_key" ON "OrganisationName"("organisationId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "UserScope_userId_kind_zoneId_provinceId_key" ON "UserScope"("userId", "kind", "zoneId", "provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_taxCode_key" ON "Facility"("taxCode");

-- CreateIndex
CREATE INDEX "Facility_provinceId_idx" ON "Facility"("provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingSource_code_key" ON "FundingSource"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ContentCatalogVersion_code_key" ON "ContentCatalogVersion"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ContentCategory_versionId_code_key" ON "ContentCategory"("versionId", "code");

-- CreateIndex
CREATE INDEX "SupportNorm_fundingSourceId_validFrom_idx" ON "SupportNorm"("fundingSourceId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "SupportNorm_code_fundingSourceId_provinceId_validFrom_key" ON "SupportNorm"("code", "fundingSourceId", "provinceId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_planYear_status_idx" ON "Project"("planYear", "status");

-- CreateIndex
CREATE INDEX "Project_provinceId_planYear_idx" ON "Project"("provinceId", "planYear");

-- CreateIndex
CREATE INDEX "Project_implementerId_idx" ON "Project"("implementerId");

-- CreateIndex
CREATE INDEX "ProjectBeneficiary_facilityId_idx" ON "ProjectBeneficiary"("facilityId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectBeneficiary_projectId_facilityId_key" ON "ProjectBeneficiary"("projectId", "facilityId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectBudgetLine_projectId_lineNo_key" ON "ProjectBudgetLine"("projectId", "lineNo");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectWorkItem_projectId_seq_key" ON "ProjectWorkItem"("projectId", "seq");

-- CreateIndex
CREATE INDEX "ProjectTransition_projectId_at_idx" ON "ProjectTransition"("projectId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilRecusal_memberId_projectId_key" ON "CouncilRecusal"("memberId", "projectId");

-- CreateIndex
CREATE INDEX "Appraisal_projectId_level_idx" ON "Appraisal"("projectId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionScore_appraisalId_memberId_criterion_key" ON "CriterionScore"("appraisalId", "memberId", "criterion");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_issuerId_number_symbol_issuedOn_key" ON "Decision"("issuerId", "number", "symbol", "issuedOn");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlan_planYear_fundingSourceId_level_provinceId_key" ON "AnnualPlan"("planYear", "fundingSourceId", "level", "provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_versionNo_key" ON "PlanVersion"("planId", "versionNo");

-- CreateIndex
CREATE INDEX "PlanItem_planVersionId_idx" ON "PlanItem"("planVersionId");

-- CreateIndex
CREATE INDEX "PlanItem_projectId_idx" ON "PlanItem"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanAdjustment_resultingVersionId_key" ON "PlanAdjustment"("resultingVersionId");

-- CreateIndex
CREATE INDEX "BudgetAllocation_planYear_fundingSourceId_idx" ON "BudgetAllocation"("planYear", "fundingSourceId");

-- CreateIndex
CREATE INDEX "Contract_projectId_idx" ON "Contract"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentScheduleItem_contractId_seq_key" ON "PaymentScheduleItem"("contractId", "seq");

-- CreateIndex
CREATE INDEX "LedgerEntry_projectId_occurredOn_idx" ON "LedgerEntry"("projectId", "occurredOn");

-- CreateIndex
CREATE INDEX "LedgerEntry_occurredOn_idx" ON "LedgerEntry"("occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_projectId_periodMonth_key" ON "ProgressReport"("projectId", "periodMonth");

-- CreateIndex
CREATE UNIQUE INDEX "Liquidation_contractId_key" ON "Liquidation"("contractId");

-- CreateIndex
CREATE UNIQUE INDEX "ProvincialReport_provinceId_year_period_cutOffDate_fundingS_key" ON "ProvincialReport"("provinceId", "year", "period", "cutOffDate", "fundingSourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_projectId_idx" ON "Attachment"("projectId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "ProvinceSuccession" ADD CONSTRAINT "ProvinceSuccession_fromProvinceId_fkey" FOREIGN KEY ("fromProvinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceSuccession" ADD CONSTRAINT "ProvinceSuccession_toProvinceId_fkey" FOREIGN KEY ("toProvinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneMembership" ADD CONSTRAINT "ZoneMembership_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneMembership" ADD CONSTRAINT "ZoneMembership_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionMembership" ADD CONSTRAINT "RegionMembership_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionMembership" ADD CONSTRAINT "RegionMembership_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "SocioEconomicRegion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationName" ADD CONSTRAINT "OrganisationName_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserScope" ADD CONSTRAINT "UserScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserScope" ADD CONSTRAINT "UserScope_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserScope" ADD CONSTRAINT "UserScope_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FacilityOwnerContact" ADD CONSTRAINT "FacilityOwnerContact_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanYear" ADD CONSTRAINT "PlanYear_contentCatalogVersionId_fkey" FOREIGN KEY ("contentCatalogVersionId") REFERENCES "ContentCatalogVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentCategory" ADD CONSTRAINT "ContentCategory_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ContentCatalogVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentCategory" ADD CONSTRAINT "ContentCategory_continuesId_fkey" FOREIGN KEY ("continuesId") REFERENCES "ContentCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportNorm" ADD CONSTRAINT "SupportNorm_fundingSourceId_fkey" FOREIGN KEY ("fundingSourceId") REFERENCES "FundingSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportNorm" ADD CONSTRAINT "SupportNorm_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportNorm" ADD CONSTRAINT "SupportNorm_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_planYear_fkey" FOREIGN KEY ("planYear") REFERENCES "PlanYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_fundingSourceId_fkey" FOREIGN KEY ("fundingSourceId") REFERENCES "FundingSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_implementerId_fkey" FOREIGN KEY ("implementerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectContent" ADD CONSTRAINT "ProjectContent_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectContent" ADD CONSTRAINT "ProjectContent_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBeneficiary" ADD CONSTRAINT "ProjectBeneficiary_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBeneficiary" ADD CONSTRAINT "ProjectBeneficiary_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetLine" ADD CONSTRAINT "ProjectBudgetLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetLine" ADD CONSTRAINT "ProjectBudgetLine_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetLine" ADD CONSTRAINT "ProjectBudgetLine_supportNormId_fkey" FOREIGN KEY ("supportNormId") REFERENCES "SupportNorm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetLine" ADD CONSTRAINT "ProjectBudgetLine_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectWorkItem" ADD CONSTRAINT "ProjectWorkItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTransition" ADD CONSTRAINT "ProjectTransition_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTransition" ADD CONSTRAINT "ProjectTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalCouncil" ADD CONSTRAINT "AppraisalCouncil_planYear_fkey" FOREIGN KEY ("planYear") REFERENCES "PlanYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalCouncil" ADD CONSTRAINT "AppraisalCouncil_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "AppraisalCouncil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilRecusal" ADD CONSTRAINT "CouncilRecusal_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CouncilMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilRecusal" ADD CONSTRAINT "CouncilRecusal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appraisal" ADD CONSTRAINT "Appraisal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appraisal" ADD CONSTRAINT "Appraisal_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "AppraisalCouncil"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_appraisalId_fkey" FOREIGN KEY ("appraisalId") REFERENCES "Appraisal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CouncilMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_planYear_fkey" FOREIGN KEY ("planYear") REFERENCES "PlanYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_fundingSourceId_fkey" FOREIGN KEY ("fundingSourceId") REFERENCES "FundingSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_implementerId_fkey" FOREIGN KEY ("implementerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAdjustment" ADD CONSTRAINT "PlanAdjustment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAdjustment" ADD CONSTRAINT "PlanAdjustment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAdjustment" ADD CONSTRAINT "PlanAdjustment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAdjustment" ADD CONSTRAINT "PlanAdjustment_resultingVersionId_fkey" FOREIGN KEY ("resultingVersionId") REFERENCES "PlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAllocation" ADD CONSTRAINT "BudgetAllocation_planYear_fkey" FOREIGN KEY ("planYear") REFERENCES "PlanYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAllocation" ADD CONSTRAINT "BudgetAllocation_fundingSourceId_fkey" FOREIGN KEY ("fundingSourceId") REFERENCES "FundingSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAllocation" ADD CONSTRAINT "BudgetAllocation_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_partyAId_fkey" FOREIGN KEY ("partyAId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_partyBId_fkey" FOREIGN KEY ("partyBId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentScheduleItem" ADD CONSTRAINT "PaymentScheduleItem_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_fundingSourceId_fkey" FOREIGN KEY ("fundingSourceId") REFERENCES "FundingSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Liquidation" ADD CONSTRAINT "Liquidation_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvincialReport" ADD CONSTRAINT "ProvincialReport_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvincialReport" ADD CONSTRAINT "ProvincialReport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvincialReport" ADD CONSTRAINT "ProvincialReport_fundingSourceId_fkey" FOREIGN KEY ("fundingSourceId") REFERENCES "FundingSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the audit log is append-only. Prisma's schema language cannot express this.
CREATE FUNCTION "refuse_update_or_delete"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is not allowed on append-only table %', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "refuse_update_or_delete"();

-- Hand-written: the disbursement ledger is append-only too; corrections are new entries.
CREATE TRIGGER "LedgerEntry_append_only"
  BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION "refuse_update_or_delete"();
