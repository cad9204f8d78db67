// What money is due on the work list (issue #8 item 8), as pure functions of the records and the
// day: payment schedule items whose day has come and that the ledger does not yet cover, and the
// balance payable after nghiệm thu cơ sở (Điều 14). Overdue Mẫu 3b reports are the progress
// module's rule (lib/progress/overdue.ts), not repeated here.
import { formatIsoDay, type CalendarDay } from "../calendar";
import type { Dong } from "../money";

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
