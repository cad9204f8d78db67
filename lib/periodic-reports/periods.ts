// The periods a province reports on (issue #9 item 3) and the cut-off each one fixes: figures are
// cumulative from 1 January to that day. The enum has more values (Q3, M10, CUSTOM) for data
// recorded elsewhere; a new report is only ever one of these five.
import { calendarDay, type CalendarDay } from "../calendar";
import type { ReportPeriod } from "../db/generated/enums";

export const SUBMITTABLE_PERIODS = ["Q1", "H1", "M9", "M11", "YEAR"] as const;
export type SubmittablePeriod = (typeof SUBMITTABLE_PERIODS)[number];

const CUT_OFF: Record<SubmittablePeriod, { month: number; day: number }> = {
  Q1: { month: 3, day: 31 },
  H1: { month: 6, day: 30 },
  M9: { month: 9, day: 30 },
  M11: { month: 11, day: 30 },
  YEAR: { month: 12, day: 31 },
};

/** The Vietnamese name of a period, as the form, the file and the messages say it. */
export const PERIOD_LABEL: Record<ReportPeriod, string> = {
  Q1: "3 tháng",
  H1: "6 tháng",
  Q3: "quý III",
  M9: "9 tháng",
  M10: "10 tháng",
  M11: "11 tháng",
  YEAR: "cả năm",
  CUSTOM: "kỳ khác",
};

/** The last day the period's cumulative figures cover (31/3, 30/6, 30/9, 30/11, 31/12). */
export function periodCutOff(year: number, period: SubmittablePeriod): CalendarDay {
  const { month, day } = CUT_OFF[period];
  return calendarDay(year, month, day);
}

export function isSubmittablePeriod(value: string): value is SubmittablePeriod {
  return (SUBMITTABLE_PERIODS as readonly string[]).includes(value);
}
