import "server-only";
// The facts the red-flag rules read, loaded through the actor's scope (lib/auth/policy.ts): a
// rule sees only what the reader may see. Two readers are wider on purpose and say so: the unit
// cost median is a national statistic (its flags are kept to the scope afterwards), and the
// allocation facts are national figures read only for readers of allocations.
import type { Actor } from "../auth/actor";
import { facilityScopeWhere, projectScopeWhere, provincialReportScopeWhere } from "../auth/policy";
import { calendarDay, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import type { ProjectStatus } from "../db/generated/enums";
import { SUPPORTED_STATUSES } from "../projects/statuses";
import { unsafeSumsByContract } from "../disbursements/queries";
import { measuresOf } from "../disbursements/measures";
import type { ContractAdvanceFact, AdvanceRuleFact } from "./rules/advance-above-cap";
import { OPEN_STATUSES, type ProjectAcceptanceFact } from "./rules/acceptance-missing";
import type { SupportLineFact } from "./rules/facility-cumulative-cap";
import type { BudgetLineFact } from "./rules/unit-cost-outlier";
import type { PeriodicReportFact } from "./rules/falling-cumulative";
import type { LedgerEntryFact } from "./rules/payment-before-contract";

/** Đề án that count as supported (in a plan or beyond, not stopped). */
/** Đề án whose budget lines are compared for unit costs (past the drafts, not rejected or stopped). */
const COMPARED_STATUSES: ProjectStatus[] = ["SUBMITTED_TO_SCT", "APPROVED_BY_SCT", "REGISTERED", "UNDER_CUC_APPRAISAL", "APPROVED_BY_CUC", ...SUPPORTED_STATUSES];

const yearRange = (year: number) => ({ gte: calendarDay(year, 1, 1), lte: calendarDay(year, 12, 31) });

export async function ledgerEntryFacts(actor: Actor, year: number): Promise<LedgerEntryFact[]> {
  const rows = await db().ledgerEntry.findMany({
    where: { project: projectScopeWhere(actor), contractId: { not: null }, kind: { in: ["ADVANCE", "PAYMENT"] }, occurredOn: yearRange(year) },
    select: {
      id: true, kind: true, amount: true, occurredOn: true, voucherRef: true, reversesId: true, reversedBy: { select: { id: true } },
      project: { select: { id: true, code: true, provinceId: true } },
      contract: { select: { id: true, number: true, signedOn: true, status: true } },
    },
    orderBy: { occurredOn: "asc" },
  });
  return rows.flatMap((r) => (r.contract ? [{ ...r, reversal: r.reversesId !== null, reversed: r.reversedBy !== null, contract: r.contract }] : []));
}

export async function contractAdvanceFacts(actor: Actor, year: number): Promise<{ contracts: ContractAdvanceFact[]; rules: AdvanceRuleFact[] }> {
  const contracts = await db().contract.findMany({
    where: { project: { AND: [projectScopeWhere(actor), { planYear: { lte: year }, endYear: { gte: year } }] }, signedOn: { not: null }, ledger: { some: { kind: "ADVANCE" } } },
    select: { id: true, number: true, value: true, signedOn: true, project: { select: { id: true, code: true, provinceId: true, contents: { select: { contentCategory: { select: { code: true } } } } } } },
  });
  const [sums, rules] = await Promise.all([
    unsafeSumsByContract({ contractId: { in: contracts.map((c) => c.id) }, kind: "ADVANCE" }),
    db().advanceRule.findMany({ select: { code: true, contentCode: true, firstAdvanceBp: true, firstAdvanceAfterAcceptance: true, advanceCapBp: true, legalBasis: true, validFrom: true, validTo: true } }),
  ]);
  return {
    contracts: contracts.map((c) => ({
      id: c.id, number: c.number, value: c.value, signedOn: c.signedOn,
      advanced: measuresOf(sums.get(c.id) ?? {}).advanced,
      project: { id: c.project.id, code: c.project.code, provinceId: c.project.provinceId, contentCodes: c.project.contents.map((x) => x.contentCategory.code) },
    })),
    rules,
  };
}

export async function projectAcceptanceFacts(actor: Actor, year: number): Promise<ProjectAcceptanceFact[]> {
  const rows = await db().project.findMany({
    where: { AND: [projectScopeWhere(actor), { endYear: year, status: { in: [...OPEN_STATUSES] } }] },
    select: { id: true, code: true, title: true, status: true, endYear: true, provinceId: true, supportAmount: true, _count: { select: { acceptances: true } } },
    orderBy: { code: "asc" },
  });
  return rows.map(({ _count, ...p }) => ({ ...p, acceptances: _count.acceptances }));
}

export async function supportLineFacts(actor: Actor, year: number): Promise<SupportLineFact[]> {
  const rows = await db().projectBudgetLine.findMany({
    where: { facility: facilityScopeWhere(actor), supportNorm: { cumulativePerFacility: true, capAmount: { not: null } }, project: { status: { in: SUPPORTED_STATUSES }, planYear: { lte: year } } },
    select: {
      supportAmount: true, priority: true,
      project: { select: { id: true, code: true, planYear: true, provinceId: true } },
      facility: { select: { id: true, taxCode: true, name: true, provinceId: true } },
      supportNorm: { select: { code: true, capAmount: true, priorityMultiplierBp: true, cumulativePerFacility: true, validFrom: true, legalBasis: true } },
    },
  });
  return rows.flatMap(({ supportNorm, facility, ...l }) => (supportNorm && facility ? [{ ...l, facility, norm: supportNorm }] : []));
}

/** Every budget line of the year with a content: national, for the median (flags are scoped by the caller). */
export async function unsafeBudgetLineFacts(year: number): Promise<BudgetLineFact[]> {
  const rows = await db().projectBudgetLine.findMany({
    where: { contentCategoryId: { not: null }, project: { planYear: year, status: { in: COMPARED_STATUSES } } },
    select: { id: true, item: true, unit: true, quantity: true, supportAmount: true, contentCategory: { select: { code: true, name: true } }, project: { select: { id: true, code: true, planYear: true, provinceId: true } } },
  });
  return rows.flatMap(({ contentCategory, ...l }) => (contentCategory ? [{ ...l, content: contentCategory }] : []));
}

export async function periodicReportFacts(actor: Actor, year: number): Promise<PeriodicReportFact[]> {
  const rows = await db().provincialReport.findMany({
    where: { AND: [provincialReportScopeWhere(actor), { year }] },
    select: {
      id: true, provinceId: true, year: true, period: true, cutOffDate: true, fundingSourceId: true, planAmount: true, executedAmount: true, projectCount: true, modelCount: true, facilityCount: true, machineCount: true,
      cleanerProductionCount: true, traineeCount: true, boothCount: true, typicalProductCount: true, brandCount: true,
      province: { select: { name: true } }, fundingSource: { select: { code: true } },
    },
  });
  return rows.map(({ province, fundingSource, ...r }) => ({ ...r, provinceName: province.name, source: fundingSource.code }));
}

/** The day the year's figures are read to: today within the year, else its last day. */
export function readDay(year: number, today: CalendarDay): CalendarDay {
  const end = calendarDay(year, 12, 31);
  return today.getTime() < end.getTime() ? today : end;
}
