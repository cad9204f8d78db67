import "server-only";
// Plan figures. A plan's amount is the sum of the items of its latest version in force at a date.
import { hasRole, NATIONAL_ROLES, type Actor } from "../auth/actor";
import { db } from "../db/client";
import type { Dong } from "../money";

export type YearFigures = { year: number; planned: Dong; allocated: Dong; disbursed: Dong; projectCount: number; provinceCount: number };

/** National KCQG plan vs allocation (dự toán giao) vs disbursement, per year; null for actors without a national view. */
export async function nationalYearFigures(actor: Actor, years: number[], asOf = new Date()): Promise<YearFigures[] | null> {
  if (!hasRole(actor, ...NATIONAL_ROLES)) return null;
  const versions = await db().planVersion.findMany({
    where: { effectiveOn: { lte: asOf }, plan: { level: "NATIONAL", planYear: { in: years }, fundingSource: { code: "KCQG" }, status: "ISSUED" } },
    orderBy: [{ versionNo: "desc" }],
    select: { id: true, plan: { select: { planYear: true } } },
  });
  const latestByYear = new Map<number, string>();
  for (const v of versions) if (!latestByYear.has(v.plan.planYear)) latestByYear.set(v.plan.planYear, v.id);
  return Promise.all(
    years.map(async (year) => {
      const versionId = latestByYear.get(year);
      const [items, allocation, ledger] = await Promise.all([
        versionId
          ? db().planItem.findMany({ where: { planVersionId: versionId }, select: { amount: true, projectId: true, provinceId: true } })
          : Promise.resolve([]),
        db().budgetAllocation.aggregate({ where: { planYear: year, fundingSource: { code: "KCQG" }, allocatedOn: { lte: asOf } }, _sum: { amount: true } }),
        db().ledgerEntry.groupBy({
          by: ["kind"],
          where: { fundingSource: { code: "KCQG" }, project: { planYear: year }, occurredOn: { lte: asOf } },
          _sum: { amount: true },
        }),
      ]);
      const paid = ledger.filter((l) => l.kind === "ADVANCE" || l.kind === "PAYMENT").reduce((a, l) => a + (l._sum.amount ?? 0n), 0n);
      const refunded = ledger.filter((l) => l.kind === "REFUND").reduce((a, l) => a + (l._sum.amount ?? 0n), 0n);
      return {
        year,
        planned: items.reduce((a, i) => a + i.amount, 0n),
        allocated: allocation._sum.amount ?? 0n,
        disbursed: paid - refunded,
        projectCount: items.filter((i) => i.projectId).length,
        provinceCount: new Set(items.map((i) => i.provinceId).filter(Boolean)).size,
      };
    }),
  );
}
