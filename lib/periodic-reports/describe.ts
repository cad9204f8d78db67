// Words and shapes shared by the checks and the list: the falling-cumulative finding in
// Vietnamese, and the columns a report point is read with.
import { formatInteger, formatMoney } from "../format";
import type { ReportPeriod } from "../db/generated/enums";
import type { FallingFinding } from "./falling";
import { COUNT_FIELDS, FIELD_LABEL } from "./fields";
import { PERIOD_LABEL } from "./periods";

export const REPORT_POINT_SELECT = {
  id: true,
  provinceId: true,
  year: true,
  period: true,
  fundingSourceId: true,
  cutOffDate: true,
  planAmount: true,
  executedAmount: true,
  projectCount: true,
  ...(Object.fromEntries(COUNT_FIELDS.map((f) => [f, true])) as Record<(typeof COUNT_FIELDS)[number], true>),
} as const;

function figure(value: bigint | number): string {
  return typeof value === "bigint" ? formatMoney(value, "trieu") : formatInteger(value);
}

/** "Kinh phí thực hiện lũy kế 900 triệu đồng, thấp hơn kỳ 6 tháng (1.000 triệu đồng)." */
export function describeFinding(f: FallingFinding, opts: { laterPeriod?: string } = {}): string {
  const label = FIELD_LABEL[f.field];
  const period = (p: string) => PERIOD_LABEL[p as ReportPeriod] ?? p;
  if (opts.laterPeriod) {
    return `${label}: kỳ ${period(opts.laterPeriod)} đã lưu có số lũy kế ${figure(f.current)}, thấp hơn số của kỳ này (${figure(f.previous)}); hãy kiểm tra lại.`;
  }
  return `${label}: số lũy kế ${figure(f.current)} thấp hơn kỳ ${period(f.previousPeriod)} (${figure(f.previous)}); đã lưu và được đánh dấu để kiểm tra.`;
}
