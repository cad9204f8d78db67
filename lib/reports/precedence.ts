import "server-only";
// The data-path precedence of the reporting core, for readers outside it (periodic-report entry):
// whether a province's KCĐP figure of a year, at a cut-off, comes from the detailed records (a
// provincial KCĐP plan in force, judged on the successor province as loadYearFacts does) rather
// than from its periodic reports. KCQG always comes from records. The rule is facts.ts's
// putsKcdpOnRecords; this reads only the year's provincial KCĐP plan versions, not the report.
import { successorOf } from "../admin-units/basis";
import { loadGeography } from "../admin-units/load";
import type { CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { DRAFT_VERSION_NO, versionInForce } from "../plans/in-force";
import { putsKcdpOnRecords } from "./facts";

/** Whether a province's KCĐP of `year` at `cutOff` comes from records. */
export async function kcdpFromRecords(tx: Tx, year: number, cutOff: CalendarDay): Promise<(provinceId: string) => boolean> {
  const [geography, versions] = await Promise.all([
    loadGeography(tx),
    tx.planVersion.findMany({
      where: { versionNo: { gt: DRAFT_VERSION_NO }, plan: { planYear: year, status: "ISSUED", level: "PROVINCIAL", fundingSource: { code: "KCDP" } } },
      select: { planId: true, versionNo: true, effectiveOn: true, plan: { select: { level: true, provinceId: true } } },
    }),
  ]);
  const byPlan = new Map<string, typeof versions>();
  for (const v of versions) byPlan.set(v.planId, [...(byPlan.get(v.planId) ?? []), v]);
  const successors = new Set<string>();
  for (const list of byPlan.values()) {
    const { plan } = list[0]!;
    if (versionInForce(list, cutOff) && putsKcdpOnRecords(plan, "KCDP") && plan.provinceId) successors.add(successorOf(geography, plan.provinceId));
  }
  return (provinceId) => successors.has(successorOf(geography, provinceId));
}
