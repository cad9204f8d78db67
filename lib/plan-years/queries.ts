import "server-only";
// Plan years with their registration deadlines (data, configurable per year).
import { db } from "../db/client";
import { currentPlanYear } from "../calendar";
import { effectiveDeadline, registrationOpen } from "./deadlines";
import { isPlanYearOpen } from "./policy";

export type PlanYearRow = { year: number; sctSubmissionDeadline: Date; registrationDeadline: Date; registrationExtendedTo: Date | null; effective: Date; open: boolean; catalogue: string; /** Still being planned, so its deadline may be extended (policy isPlanYearOpen). */ extendable: boolean };

/** The plan years recorded, ascending: the year lists of pages come from here, never from a literal. */
export async function planYearNumbers(): Promise<number[]> {
  return (await db().planYear.findMany({ orderBy: { year: "asc" }, select: { year: true } })).map((y) => y.year);
}

export async function listPlanYears(now = new Date()): Promise<PlanYearRow[]> {
  const [rows, issued] = await Promise.all([
    db().planYear.findMany({ orderBy: { year: "desc" }, select: { year: true, sctSubmissionDeadline: true, registrationDeadline: true, registrationExtendedTo: true, contentCatalogVersion: { select: { name: true } } } }),
    db().annualPlan.findMany({ where: { level: "NATIONAL", status: "ISSUED" }, select: { planYear: true } }),
  ]);
  const issuedYears = new Set(issued.map((p) => p.planYear));
  const running = currentPlanYear(now);
  return rows.map(({ contentCatalogVersion, ...r }) => ({ ...r, catalogue: contentCatalogVersion.name, effective: effectiveDeadline(r), open: registrationOpen(r, now), extendable: isPlanYearOpen(r.year, running, issuedYears.has(r.year)) }));
}

/** Plan years with an issued plan (any level): a year appears in figures once its plan is issued, even ahead of the calendar. */
export async function issuedPlanYearNumbers(): Promise<number[]> {
  const rows = await db().annualPlan.findMany({ where: { status: "ISSUED" }, distinct: ["planYear"], select: { planYear: true }, orderBy: { planYear: "asc" } });
  return rows.map((r) => r.planYear);
}
