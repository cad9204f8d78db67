import "server-only";
// Plan figures for the home page: per year, the national KCQG plan in force on a Vietnam day
// (lib/plans/in-force.ts), the allocations (dự toán giao) and the disbursed measure
// (lib/disbursements/measures.ts) dated up to that day.
import type { Actor } from "../auth/actor";
import { isNational } from "../admin-units/scope";
import { vietnamToday } from "../calendar";
import { db } from "../db/client";
import { ledgerMeasures } from "../disbursements/queries";
import type { Dong } from "../money";
import { versionsInForce } from "./in-force";

/** planVersionNo null: no KCQG plan is in force for that year on the day (not a plan of 0 đồng). */
export type YearFigures = { year: number; planVersionNo: number | null; planned: Dong; allocated: Dong; disbursed: Dong; projectCount: number; provinceCount: number };

/** National KCQG plan vs allocation vs disbursement, per year, as of today in Vietnam (`now` pins the clock); null for actors without a national view. */
export async function nationalYearFigures(actor: Actor, years: number[], now?: Date): Promise<YearFigures[] | null> {
  if (!isNational(actor)) return null;
  const day = vietnamToday(now);
  const inForce = await versionsInForce({ level: "NATIONAL", planYear: { in: years }, fundingSource: { code: "KCQG" } }, day);
  const versionByYear = new Map([...inForce.values()].map((v) => [v.plan.planYear, v]));
  return Promise.all(
    years.map(async (year) => {
      const version = versionByYear.get(year);
      const [items, allocation, ledger] = await Promise.all([
        version ? db().planItem.findMany({ where: { planVersionId: version.id }, select: { amount: true, projectId: true, provinceId: true } }) : Promise.resolve([]),
        db().budgetAllocation.aggregate({ where: { planYear: year, fundingSource: { code: "KCQG" }, allocatedOn: { lte: day } }, _sum: { amount: true } }),
        ledgerMeasures({ fundingSource: { code: "KCQG" }, project: { planYear: year }, occurredOn: { lte: day } }),
      ]);
      return {
        year,
        planVersionNo: version?.versionNo ?? null,
        planned: items.reduce((a, i) => a + i.amount, 0n),
        allocated: allocation._sum.amount ?? 0n,
        disbursed: ledger.disbursed,
        projectCount: items.filter((i) => i.projectId).length,
        provinceCount: new Set(items.map((i) => i.provinceId).filter(Boolean)).size,
      };
    }),
  );
}
