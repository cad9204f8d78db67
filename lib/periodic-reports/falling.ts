// The falling-cumulative rule (issue #9 item 3): every figure of a periodic report is cumulative
// from 1 January, so within one province, year and funding source a later period can never be
// lower than an earlier one. A fall is not refused (a province may correct an earlier estimate):
// it is stored, returned as a warning and shown as a red flag until someone looks at it.
import { CUMULATIVE_FIELDS, type CumulativeField } from "./fields";

export type CumulativeFigures = { [F in CumulativeField]: F extends "planAmount" | "executedAmount" ? bigint : F extends "projectCount" ? number : number | null };

export type ReportPoint = CumulativeFigures & { id: string; provinceId: string; year: number; fundingSourceId: string; period: string; cutOffDate: Date };

/** One figure lower than the same figure of the previous period. */
export type FallingFinding = { field: CumulativeField; previous: bigint | number; current: bigint | number; previousReportId: string; previousPeriod: string; previousCutOff: Date };

/** The figures of `current` lower than `previous`; a figure not reported on either side is not compared. */
export function fallingFields(previous: ReportPoint, current: ReportPoint): FallingFinding[] {
  const findings: FallingFinding[] = [];
  for (const field of CUMULATIVE_FIELDS) {
    const before = previous[field];
    const now = current[field];
    if (before === null || now === null || now >= before) continue;
    findings.push({ field, previous: before, current: now, previousReportId: previous.id, previousPeriod: previous.period, previousCutOff: previous.cutOffDate });
  }
  return findings;
}

const seriesKey = (r: ReportPoint) => `${r.provinceId}|${r.year}|${r.fundingSourceId}`;

/**
 * For each report, the findings against the report just before it (by cut-off) of the same
 * province, year and source. Reports without a fall are absent from the map.
 */
export function findFallingCumulative(reports: readonly ReportPoint[]): Map<string, FallingFinding[]> {
  const series = new Map<string, ReportPoint[]>();
  for (const r of reports) series.set(seriesKey(r), [...(series.get(seriesKey(r)) ?? []), r]);
  const out = new Map<string, FallingFinding[]>();
  for (const list of series.values()) {
    list.sort((a, b) => a.cutOffDate.getTime() - b.cutOffDate.getTime());
    for (let i = 1; i < list.length; i++) {
      const findings = fallingFields(list[i - 1]!, list[i]!);
      if (findings.length) out.set(list[i]!.id, findings);
    }
  }
  return out;
}
