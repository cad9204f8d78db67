// The tables the generator fills, with the columns it writes (the others keep their defaults),
// and the order a batch is flushed in: parents before children, one level's tables in parallel.
import { TableBuffer } from "./copy";

const t = (name: string, columns: string[]) => new TableBuffer({ name, columns });

export function makeTables() {
  const tables = {
    user: t("User", ["id", "email", "name", "passwordHash", "organisationId"]),
    userRole: t("UserRole", ["userId", "role"]),
    userScope: t("UserScope", ["id", "userId", "kind", "zoneId", "provinceId"]),
    facility: t("Facility", ["id", "taxCode", "name", "searchText", "kind", "size", "industry", "provinceId", "communeId", "addressLine", "inCraftVillage", "womenOwned", "employees", "createdAt", "updatedAt"]),
    ownerContact: t("FacilityOwnerContact", ["facilityId", "ownerName", "phone"]),
    project: t("Project", [
      "id", "code", "title", "searchText", "planYear", "endYear", "fundingSourceId", "kind", "status", "implementerId", "provinceId", "locationText", "objectives", "scale",
      "totalCost", "supportAmount", "counterpartAmount", "approvedAmount", "createdById", "createdAt", "updatedAt",
    ]),
    content: t("ProjectContent", ["projectId", "contentCategoryId"]),
    budgetLine: t("ProjectBudgetLine", ["id", "projectId", "lineNo", "item", "contentCategoryId", "facilityId", "unit", "quantity", "totalCost", "supportAmount", "counterpartAmount"]),
    beneficiary: t("ProjectBeneficiary", ["id", "projectId", "facilityId", "supportAmount", "counterpartAmount"]),
    transition: t("ProjectTransition", ["id", "projectId", "fromStatus", "toStatus", "actorId", "comment", "at"]),
    decision: t("Decision", ["id", "number", "symbol", "issuedOn", "effectiveOn", "signer", "issuerId", "title"]),
    plan: t("AnnualPlan", ["id", "planYear", "fundingSourceId", "level", "provinceId", "envelope", "status", "createdAt"]),
    planVersion: t("PlanVersion", ["id", "planId", "versionNo", "decisionId", "effectiveOn", "note", "createdAt"]),
    planItem: t("PlanItem", ["id", "planVersionId", "projectId", "implementerId", "provinceId", "amount"]),
    allocation: t("BudgetAllocation", ["id", "planYear", "fundingSourceId", "receiverId", "amount", "allocatedOn", "documentRef", "note"]),
    contract: t("Contract", ["id", "projectId", "kind", "number", "signedOn", "partyAId", "partyBId", "beneficiaryId", "value", "counterpartValue", "startsOn", "endsOn", "terms", "status", "parentId", "createdAt", "updatedAt"]),
    schedule: t("PaymentScheduleItem", ["id", "contractId", "seq", "kind", "shareBp", "amount", "condition", "afterAcceptance", "advanceRuleId"]),
    ledger: t("LedgerEntry", ["id", "projectId", "contractId", "fundingSourceId", "kind", "amount", "occurredOn", "documentRef", "note", "recordedById", "recordedAt", "voucherRef", "treasuryRef", "confirmedById", "confirmedAt"]),
    progress: t("ProgressReport", ["id", "projectId", "contractId", "periodMonth", "reportedOn", "completionBp", "completedValue", "narrative", "submittedById", "submittedAt", "confirmedById", "confirmedAt"]),
    acceptance: t("Acceptance", ["id", "projectId", "contractId", "form", "organiserId", "acceptedOn", "acceptedValue", "counterpartValue", "conclusion", "recordedById"]),
    settlement: t("Settlement", ["id", "contractId", "dueOn", "submittedOn", "settledAmount", "counterpartAmount", "status", "decidedOn", "note"]),
    liquidation: t("Liquidation", ["id", "contractId", "liquidatedOn", "settledAmount", "refundAmount", "minutesRef"]),
    stop: t("ProjectStop", ["id", "projectId", "stoppedOn", "decisionRef", "reason", "disbursedAtStop", "acceptedAtStop", "refundDue"]),
    yearClosing: t("LedgerYearClosing", ["id", "contractId", "year", "closedOn", "reference"]),
    periodic: t("ProvincialReport", ["id", "provinceId", "organisationId", "year", "period", "cutOffDate", "fundingSourceId", "planAmount", "executedAmount", "projectCount", "facilityCount", "traineeCount", "submittedById", "submittedAt"]),
  };
  const levels: TableBuffer[][] = [
    [tables.user, tables.facility, tables.decision, tables.plan, tables.allocation, tables.periodic],
    [tables.userRole, tables.userScope, tables.ownerContact, tables.project, tables.planVersion],
    [tables.content, tables.budgetLine, tables.beneficiary, tables.transition, tables.planItem, tables.stop],
    [tables.contract],
    [tables.schedule, tables.ledger, tables.progress, tables.acceptance, tables.settlement, tables.liquidation, tables.yearClosing],
  ];
  return { ...tables, levels };
}

export type Tables = ReturnType<typeof makeTables>;

/** Deterministic ids: a table tag and a counter, in the UUID layout (version 7 nibble). */
export class Ids {
  private n = 0;
  constructor(private readonly tag: number) {}
  next(): string {
    const h = (++this.n).toString(16).padStart(12, "0");
    return `${this.tag.toString(16).padStart(8, "0")}-0000-7000-8000-${h}`;
  }
}
