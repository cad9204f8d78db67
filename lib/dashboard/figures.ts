import "server-only";
// The home page's national figures: per year, the national KCQG plan in force on a Vietnam day
// (lib/plans/in-force.ts), what was allocated (dự toán giao) up to that day (the measure /du-toan
// shows, lib/allocations/figures.ts) and what was disbursed up to it: the months before the day's
// from the LedgerMonthTotal aggregate (kept by trigger, programme money, net of reversals), the
// day's own month from the entries (decision 061: 20 years of entries read per year took 1,2 s at
// scale 40 against a 0,2 s floor).
import type { Actor } from "../auth/actor";
import { isNational } from "../admin-units/scope";
import { unsafeAllocatedSoFar } from "../allocations/figures";
import { calendarDay, monthOf, vietnamToday, yearOf, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import { measuresOf, type LedgerSums } from "../disbursements/measures";
import { unsafeProgrammeMeasures } from "../disbursements/queries";
import type { Dong } from "../money";
import { unsafeVersionsInForce } from "../plans/in-force";

/** planVersionNo null: no KCQG plan is in force for that year on the day (not a plan of 0 đồng). */
export type YearFigures = { year: number; planVersionNo: number | null; planned: Dong; allocated: Dong; disbursed: Dong; projectCount: number; provinceCount: number };

/** Per plan year, the KCQG programme money of the months before `day`'s month, from the aggregate. */
async function earlierMonthsByYear(years: number[], kcqgId: string, day: CalendarDay): Promise<Map<number, LedgerSums>> {
  const [y, m] = [yearOf(day), monthOf(day)];
  const groups = await db().ledgerMonthTotal.groupBy({
    by: ["planYear", "kind"],
    where: { planYear: { in: years }, programme: true, fundingSourceId: kcqgId, OR: [{ year: { lt: y } }, { year: y, month: { lt: m } }] },
    _sum: { amount: true },
  });
  const out = new Map<number, LedgerSums>();
  for (const g of groups) {
    const sums = out.get(g.planYear) ?? {};
    sums[g.kind] = (sums[g.kind] ?? 0n) + (g._sum.amount ?? 0n);
    out.set(g.planYear, sums);
  }
  return out;
}

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
  const earlier = kcqg ? await earlierMonthsByYear(years, kcqg.id, day) : new Map<number, LedgerSums>();
  const monthStart = calendarDay(yearOf(day), monthOf(day), 1);
  return Promise.all(
    years.map(async (year) => {
      const version = versionByYear.get(year);
      const [items, allocated, ledger] = await Promise.all([
        version ? db().planItem.findMany({ where: { planVersionId: version.id }, select: { amount: true, projectId: true, provinceId: true } }) : Promise.resolve([]),
        kcqg ? unsafeAllocatedSoFar(db(), year, kcqg.id, day) : Promise.resolve({ total: 0n }),
        unsafeProgrammeMeasures({ fundingSource: { code: "KCQG" }, project: { planYear: year }, occurredOn: { gte: monthStart, lte: day } }),
      ]);
      return {
        year,
        planVersionNo: version?.versionNo ?? null,
        planned: items.reduce((a, i) => a + i.amount, 0n),
        allocated: allocated.total,
        disbursed: measuresOf(earlier.get(year) ?? {}).disbursed + ledger.disbursed,
        projectCount: items.filter((i) => i.projectId).length,
        provinceCount: new Set(items.map((i) => i.provinceId).filter(Boolean)).size,
      };
    }),
  );
}
