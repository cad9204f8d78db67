import "server-only";
// The home page's national figures: per year, the national KCQG plan in force on a Vietnam day
// (lib/plans/in-force.ts), what was allocated (dự toán giao) up to that day (the measure /du-toan
// shows, lib/allocations/figures.ts) and what was disbursed up to it (lib/disbursements).
import type { Actor } from "../auth/actor";
import { isNational } from "../admin-units/scope";
import { unsafeAllocatedSoFar } from "../allocations/figures";
import { vietnamToday } from "../calendar";
import { db } from "../db/client";
import { unsafeProgrammeMeasures } from "../disbursements/queries";
import type { Dong } from "../money";
import { unsafeVersionsInForce } from "../plans/in-force";

/** planVersionNo null: no KCQG plan is in force for that year on the day (not a plan of 0 đồng). */
export type YearFigures = { year: number; planVersionNo: number | null; planned: Dong; allocated: Dong; disbursed: Dong; projectCount: number; provinceCount: number };

/**
 * National KCQG plan vs allocation vs disbursement, per year, as of today in Vietnam (`now` pins
 * the clock); null for actors without a national view (the gate homeScope uses too).
 */
export async function nationalYearFigures(actor: Actor, years: number[], now?: Date): Promise<YearFigures[] | null> {
  if (!isNational(actor)) return null;
  const day = vietnamToday(now);
  const [inForce, kcqg] = await Promise.all([
    unsafeVersionsInForce({ level: "NATIONAL", planYear: { in: years }, fundingSource: { code: "KCQG" } }, day),
    db().fundingSource.findUnique({ where: { code: "KCQG" }, select: { id: true } }),
  ]);
  const versionByYear = new Map([...inForce.values()].map((v) => [v.plan.planYear, v]));
  return Promise.all(
    years.map(async (year) => {
      const version = versionByYear.get(year);
      const [items, allocated, ledger] = await Promise.all([
        version ? db().planItem.findMany({ where: { planVersionId: version.id }, select: { amount: true, projectId: true, provinceId: true } }) : Promise.resolve([]),
        kcqg ? unsafeAllocatedSoFar(db(), year, kcqg.id, day) : Promise.resolve({ total: 0n }),
        unsafeProgrammeMeasures({ fundingSource: { code: "KCQG" }, project: { planYear: year }, occurredOn: { lte: day } }),
      ]);
      return {
        year,
        planVersionNo: version?.versionNo ?? null,
        planned: items.reduce((a, i) => a + i.amount, 0n),
        allocated: allocated.total,
        disbursed: ledger.disbursed,
        projectCount: items.filter((i) => i.projectId).length,
        provinceCount: new Set(items.map((i) => i.provinceId).filter(Boolean)).size,
      };
    }),
  );
}
