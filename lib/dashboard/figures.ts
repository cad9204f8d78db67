import "server-only";
// The home page's national figures: per year, the national KCQG plan in force on a Vietnam day
// (lib/plans/in-force.ts), what was allocated (dự toán giao) up to that day (the measure /du-toan
// shows, lib/allocations/figures.ts) and what was disbursed up to it: the months before the day's
// from the LedgerMonthTotal aggregate (kept by trigger, programme money, net of reversals), the
// day's own month from the entries (decision 061: 20 years of entries read per year took 1,2 s at
// scale 40 against a 0,2 s floor).
import type { Actor } from "../auth/actor";
import { isNational } from "../admin-units/scope";
import { unsafeAllocatedSoFarByYear } from "../allocations/figures";
import { calendarDay, formatIsoDay, monthOf, vietnamToday, yearOf, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import type { LedgerKind } from "../db/generated/enums";
import { measuresOf, type LedgerSums } from "../disbursements/measures";
import type { Dong } from "../money";
import { programmeJoin, PROGRAMME } from "../reports/ledger-rows";
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
 * Per plan year, the KCQG programme money of `day`'s own month up to the day, from the entries,
 * net of reversals (the programme-money rule of lib/reports/ledger-rows.ts programmeJoin).
 */
async function thisMonthByYear(years: number[], kcqgId: string, day: CalendarDay): Promise<Map<number, LedgerSums>> {
  const monthStart = formatIsoDay(calendarDay(yearOf(day), monthOf(day), 1));
  const rows = await db().$queryRaw<{ year: number; kind: LedgerKind; amount: bigint }[]>`
    SELECT p."planYear" AS year, e.kind, SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::bigint AS amount
    FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId" ${programmeJoin}
    WHERE e."fundingSourceId" = ${kcqgId}::uuid AND e."occurredOn" BETWEEN ${monthStart}::date AND ${formatIsoDay(day)}::date AND ${PROGRAMME} AND p."planYear" = ANY(${years}::int[])
    GROUP BY 1, 2`;
  const out = new Map<number, LedgerSums>();
  for (const r of rows) out.set(r.year, { ...out.get(r.year), [r.kind]: r.amount });
  return out;
}

/** Per plan version: planned total, items with a đề án, and provinces named by its items. */
async function itemsByVersion(versionIds: string[]): Promise<Map<string, { planned: Dong; projects: number; provinces: number }>> {
  const groups = await db().planItem.groupBy({ by: ["planVersionId", "provinceId"], where: { planVersionId: { in: versionIds } }, _sum: { amount: true }, _count: { projectId: true } });
  const out = new Map<string, { planned: Dong; projects: number; provinces: number }>();
  for (const g of groups) {
    const v = out.get(g.planVersionId) ?? { planned: 0n, projects: 0, provinces: 0 };
    out.set(g.planVersionId, { planned: v.planned + (g._sum.amount ?? 0n), projects: v.projects + g._count.projectId, provinces: v.provinces + (g.provinceId ? 1 : 0) });
  }
  return out;
}

/**
 * National KCQG plan vs allocation vs disbursement, per year, as of today in Vietnam (`now` pins
 * the clock); null for actors without a national view (the gate homeScope uses too). Every year
 * in four set-based reads, not three per year (decision 072).
 */
export async function nationalYearFigures(actor: Actor, years: number[], now?: Date): Promise<YearFigures[] | null> {
  if (!isNational(actor)) return null;
  const day = vietnamToday(now);
  const [inForce, kcqg] = await Promise.all([
    unsafeVersionsInForce({ level: "NATIONAL", planYear: { in: years }, fundingSource: { code: "KCQG" } }, day),
    db().fundingSource.findUnique({ where: { code: "KCQG" }, select: { id: true } }),
  ]);
  const versionByYear = new Map([...inForce.values()].map((v) => [v.plan.planYear, v]));
  const [items, allocated, earlier, thisMonth] = await Promise.all([
    itemsByVersion([...inForce.values()].map((v) => v.id)),
    kcqg ? unsafeAllocatedSoFarByYear(db(), years, kcqg.id, day) : new Map<number, Dong>(),
    kcqg ? earlierMonthsByYear(years, kcqg.id, day) : new Map<number, LedgerSums>(),
    kcqg ? thisMonthByYear(years, kcqg.id, day) : new Map<number, LedgerSums>(),
  ]);
  return years.map((year) => {
    const version = versionByYear.get(year);
    const plan = (version && items.get(version.id)) ?? { planned: 0n, projects: 0, provinces: 0 };
    return {
      year,
      planVersionNo: version?.versionNo ?? null,
      planned: plan.planned,
      allocated: allocated.get(year) ?? 0n,
      disbursed: measuresOf(earlier.get(year) ?? {}).disbursed + measuresOf(thisMonth.get(year) ?? {}).disbursed,
      projectCount: plan.projects,
      provinceCount: plan.provinces,
    };
  });
}
