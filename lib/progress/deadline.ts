// The Mẫu 3b deadline day from dated configuration (ImplementationDeadline PROGRESS_REPORT,
// TT 36/2013 Điều 23.3.a): the row in force on the first day of the reported month. Never a
// constant in code (decision 021).
import { formatIsoDay, type CalendarDay } from "../calendar";
import type { Db, Tx } from "../db/client";
import { unsafeDeadlineInForce, unsafeDeadlinesInForce } from "../deadlines/in-force";
import { DomainError } from "../errors";

export const PROGRESS_DEADLINE_CODE = "PROGRESS_REPORT";

/** Day of month before which the report of `month` is due; unscoped (configuration is public). */
export async function unsafeProgressDeadlineDay(client: Db | Tx, month: CalendarDay): Promise<number> {
  const row = await unsafeDeadlineInForce(client, PROGRESS_DEADLINE_CODE, month);
  if (!row?.dayOfMonth) throw new DomainError("VALIDATION", "errors.progress.noDeadline", { date: formatIsoDay(month) });
  return row.dayOfMonth;
}

/** Deadline days of several months, read once per distinct configuration row. */
export async function unsafeProgressDeadlineDays(client: Db | Tx): Promise<(month: CalendarDay) => number | null> {
  const inForce = await unsafeDeadlinesInForce(client, PROGRESS_DEADLINE_CODE);
  return (month) => inForce(month)?.dayOfMonth ?? null;
}
