// Periodic reports whose cumulative figures fall (issue #9 §3): within one province, year and
// funding source, every figure is cumulative from 1 January, so a later period (by cut-off) lower
// than the one before it is flagged. Compared: the plan, the executed amount, the đề án count and
// each output count reported on both sides (null = not reported, never compared) — the same
// figures as lib/periodic-reports/falling.ts on branch `periodic` (CUMULATIVE_FIELDS); once both
// are merged, one of the two is to call the other.
import { formatAmount, formatDate, formatInteger } from "../../format";
import { message } from "../../i18n/messages";
import { periodicReportHref } from "../links";
import type { RedFlag } from "../types";

export const FALLING_FIELDS = ["planAmount", "executedAmount", "projectCount", "modelCount", "facilityCount", "machineCount", "cleanerProductionCount", "traineeCount", "boothCount", "typicalProductCount", "brandCount"] as const;
export type FallingField = (typeof FALLING_FIELDS)[number];

export type PeriodicReportFact = { id: string; provinceId: string; provinceName: string; year: number; period: string; cutOffDate: Date; source: string } & { planAmount: bigint; executedAmount: bigint } & { [F in Exclude<FallingField, "planAmount" | "executedAmount">]: number | null };

export type Fall = { field: FallingField; previous: bigint | number; current: bigint | number };

export function fallsBetween(previous: PeriodicReportFact, current: PeriodicReportFact): Fall[] {
  return FALLING_FIELDS.flatMap((field): Fall[] => {
    const before = previous[field];
    const now = current[field];
    return before === null || now === null || now >= before ? [] : [{ field, previous: before, current: now }];
  });
}

const show = (field: FallingField, v: bigint | number) => (field === "planAmount" || field === "executedAmount" ? formatAmount(BigInt(v), "trieu") : formatInteger(v));

export function fallingCumulative(reports: readonly PeriodicReportFact[]): RedFlag[] {
  const series = new Map<string, PeriodicReportFact[]>();
  for (const r of reports) {
    const key = `${r.provinceId}|${r.year}|${r.source}`;
    series.set(key, [...(series.get(key) ?? []), r]);
  }
  return [...series.values()].flatMap((list) => {
    const sorted = [...list].sort((a, b) => a.cutOffDate.getTime() - b.cutOffDate.getTime());
    return sorted.slice(1).flatMap((current, i): RedFlag[] => {
      const previous = sorted[i]!;
      const falls = fallsBetween(previous, current);
      if (!falls.length) return [];
      const first = falls[0]!;
      return [{
        rule: "falling-cumulative",
        subjectKey: `ProvincialReport:${current.id}`,
        provinceId: current.provinceId,
        detail: message("redFlags.detail.fallingCumulative", {
          province: current.provinceName,
          source: current.source,
          cutOff: formatDate(current.cutOffDate, true),
          previousCutOff: formatDate(previous.cutOffDate, true),
          field: message(`redFlags.field.${first.field}`),
          previous: show(first.field, first.previous),
          current: show(first.field, first.current),
          others: falls.length - 1,
        }),
        links: [{ kind: "report", href: periodicReportHref(current.provinceId, current.year, current.period), label: `${current.provinceName} ${current.period}/${current.year}` }],
        amount: first.field === "planAmount" || first.field === "executedAmount" ? BigInt(first.previous) - BigInt(first.current) : null,
      }];
    });
  });
}
