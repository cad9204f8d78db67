import "server-only";
// National facts of the disbursement-above-allocation rule: per implementer, funding source and
// plan year, the programme money disbursed (LedgerMonthTotal, kept by trigger, net of reversals)
// and the allocations dated by the day (lib/allocations/figures.ts, the one "allocated").
// Unscoped (`unsafe…`): callers gate with canReadNationalAllocations (an SCT reads only its own units' allocations).
import { unsafeAllocatedSoFar } from "../allocations/figures";
import { monthOf, yearOf, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import type { LedgerKind } from "../db/generated/enums";
import { measuresOf, type LedgerSums } from "../disbursements/measures";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import type { ImplementerMoneyFact } from "./rules/disbursement-above-allocation";

export async function unsafeImplementerMoneyFacts(year: number, day: CalendarDay): Promise<{ units: ImplementerMoneyFact[]; sourcesWithAllocations: Set<string> }> {
  const sources = await db().fundingSource.findMany({ where: { code: { in: ["KCQG", "KCDP"] } }, select: { id: true, code: true } });
  const y = yearOf(day);
  const m = monthOf(day);
  // Months up to the day's month: a month total cannot be split by day (the day is a month end on the page's default).
  const groups = await db().ledgerMonthTotal.groupBy({
    by: ["implementerId", "fundingSourceId", "kind"],
    where: { planYear: year, programme: true, fundingSourceId: { in: sources.map((s) => s.id) }, OR: [{ year: { lt: y } }, { year: y, month: { lte: m } }] },
    _sum: { amount: true },
  });
  const sums = new Map<string, LedgerSums>();
  for (const g of groups) {
    const key = `${g.implementerId}|${g.fundingSourceId}`;
    const s = sums.get(key) ?? {};
    s[g.kind as LedgerKind] = (s[g.kind as LedgerKind] ?? 0n) + (g._sum.amount ?? 0n);
    sums.set(key, s);
  }
  const allocations = new Map(await Promise.all(sources.map(async (s) => [s.id, await unsafeAllocatedSoFar(db(), year, s.id, day)] as const)));
  const orgIds = [...new Set([...sums.keys()].map((k) => k.split("|")[0]!))];
  const orgs = await db().organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, provinceId: true, names: NAME_HISTORY_SELECT } });
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const units = [...sums.entries()].map(([key, s]): ImplementerMoneyFact => {
    const [implementerId, sourceId] = key.split("|") as [string, string];
    const org = orgById.get(implementerId);
    return {
      implementerId,
      implementerName: org ? nameAt(org.names, day) : implementerId,
      provinceId: org?.provinceId ?? null,
      year,
      source: sources.find((x) => x.id === sourceId)?.code ?? "",
      disbursed: measuresOf(s).disbursed,
      allocated: allocations.get(sourceId)?.byUnit.get(implementerId) ?? 0n,
    };
  });
  const sourcesWithAllocations = new Set(sources.filter((s) => (allocations.get(s.id)?.total ?? 0n) > 0n).map((s) => s.code));
  return { units, sourcesWithAllocations };
}
