// Periodic reports whose cumulative figures fall (issue #9 §3): the one rule is
// lib/periodic-reports/falling.ts (the periodic entry warns with it at submission); this file
// turns its findings into red flags, one per report, naming the first figure that fell and how
// many others did, with a link to the province's reports of that period.
import { formatAmount, formatDate, formatInteger } from "../../format";
import { message } from "../../i18n/messages";
import { findFallingCumulative, type ReportPoint } from "../../periodic-reports/falling";
import type { CumulativeField } from "../../periodic-reports/fields";
import { periodicReportHref } from "../links";
import type { RedFlag } from "../types";

export type PeriodicReportFact = ReportPoint & { provinceName: string; source: string };

const isAmount = (field: CumulativeField) => field === "planAmount" || field === "executedAmount";
const show = (field: CumulativeField, v: bigint | number) => (isAmount(field) ? formatAmount(BigInt(v), "trieu") : formatInteger(v));

export function fallingCumulative(reports: readonly PeriodicReportFact[]): RedFlag[] {
  const falls = findFallingCumulative(reports);
  return reports.flatMap((current): RedFlag[] => {
    const findings = falls.get(current.id);
    const first = findings?.[0];
    if (!findings || !first) return [];
    return [{
      rule: "falling-cumulative",
      subjectKey: `ProvincialReport:${current.id}`,
      provinceId: current.provinceId,
      detail: message("redFlags.detail.fallingCumulative", {
        province: current.provinceName,
        source: current.source,
        cutOff: formatDate(current.cutOffDate, true),
        previousCutOff: formatDate(first.previousCutOff, true),
        field: message(`redFlags.field.${first.field}`),
        previous: show(first.field, first.previous),
        current: show(first.field, first.current),
        others: findings.length - 1,
      }),
      links: [{ kind: "report", href: periodicReportHref(current.provinceId, current.year, current.period), label: `${current.provinceName} ${current.period}/${current.year}` }],
      amount: isAmount(first.field) ? BigInt(first.previous) - BigInt(first.current) : null,
    }];
  });
}
