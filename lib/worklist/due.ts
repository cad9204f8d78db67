// What is due on the work list (issue #8 item 8), as pure functions of the records and the day:
// monthly Mẫu 3b reports not sent after their deadline (ImplementationDeadline PROGRESS_REPORT,
// TT 36/2013 Điều 23.3.a), payment schedule items whose day has come and that the ledger does not
// yet cover, and the balance payable after nghiệm thu cơ sở (Điều 14).
import { calendarDay, daysInMonth, formatIsoDay, isValidOn, monthOf, yearOf, type CalendarDay } from "../calendar";
import type { Dong } from "../money";

export type DeadlineRow = { dayOfMonth: number | null; validFrom: Date; validTo: Date | null };

/**
 * Months without a report whose deadline has passed: each month from the one the work started in
 * (the first signature) to today's, up to the đề án's last year, whose deadline (the day of the
 * row in force on the month's first day) is on or after the start and before today. A month with no
 * rule in force has no deadline.
 */
export function overdueReportMonths(args: { start: CalendarDay; lastYear: number; today: CalendarDay; deadlines: readonly DeadlineRow[]; reported: ReadonlySet<string> }): { month: CalendarDay; dueOn: CalendarDay }[] {
  const out: { month: CalendarDay; dueOn: CalendarDay }[] = [];
  let year = yearOf(args.start);
  let month = monthOf(args.start);
  const endYear = Math.min(args.lastYear, yearOf(args.today));
  const endMonth = endYear < yearOf(args.today) ? 12 : monthOf(args.today);
  while (year * 12 + month <= endYear * 12 + endMonth) {
    const first = calendarDay(year, month, 1);
    const rule = args.deadlines.find((d) => d.dayOfMonth !== null && isValidOn(d, first));
    if (rule?.dayOfMonth) {
      const dueOn = calendarDay(year, month, Math.min(rule.dayOfMonth, daysInMonth(year, month)));
      const due = formatIsoDay(dueOn);
      if (due >= formatIsoDay(args.start) && due < formatIsoDay(args.today) && !args.reported.has(formatIsoDay(first))) out.push({ month: first, dueOn });
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

export type ScheduleItemRow = { seq: number; kind: "ADVANCE" | "PAYMENT"; amount: Dong; dueOn: Date | null; afterAcceptance: boolean };

/**
 * Schedule items due and not yet covered by the ledger: dated on or before today, not waiting for
 * acceptance (the balance is its own item), and the cumulative scheduled amount of their kind up
 * to them above what the contract has recorded of that kind. `missing` is what the item still needs.
 */
export function dueScheduleItems(items: readonly ScheduleItemRow[], recorded: { ADVANCE: Dong; PAYMENT: Dong }, today: CalendarDay): (ScheduleItemRow & { missing: Dong })[] {
  const cumulative = { ADVANCE: 0n, PAYMENT: 0n };
  const due: (ScheduleItemRow & { missing: Dong })[] = [];
  for (const item of [...items].sort((a, b) => a.seq - b.seq)) {
    cumulative[item.kind] += item.amount;
    if (item.afterAcceptance || !item.dueOn || formatIsoDay(item.dueOn as CalendarDay) > formatIsoDay(today)) continue;
    const missing = cumulative[item.kind] - recorded[item.kind];
    if (missing > 0n) due.push({ ...item, missing: missing < item.amount ? missing : item.amount });
  }
  return due;
}

/** The balance payable after acceptance: what was accepted (at most the value), less what went out. */
export function balancePayable(value: Dong, accepted: Dong | null, disbursed: Dong): Dong {
  const ceiling = accepted !== null && accepted < value ? accepted : value;
  return ceiling > disbursed ? ceiling - disbursed : 0n;
}
