// The Mẫu 3b deadline day from dated configuration (ImplementationDeadline PROGRESS_REPORT,
// TT 36/2013 Điều 23.3.a): the row in force on the first day of the reported month. Never a
// constant in code (decision 021).
import { formatIsoDay, validAtWhere, type CalendarDay } from "../calendar";
import type { Db, Tx } from "../db/client";
import { DomainError } from "../errors";

export const PROGRESS_DEADLINE_CODE = "PROGRESS_REPORT";

/** Day of month before which the report of `month` is due; unscoped (configuration is public). */
export async function unsafeProgressDeadlineDay(client: Db | Tx, month: CalendarDay): Promise<number> {
  const row = await client.implementationDeadline.findFirst({
    where: { AND: [{ code: PROGRESS_DEADLINE_CODE }, validAtWhere(month)] },
    orderBy: { validFrom: "desc" },
    select: { dayOfMonth: true },
  });
  if (!row?.dayOfMonth) throw new DomainError("VALIDATION", "errors.progress.noDeadline", { date: formatIsoDay(month) });
  return row.dayOfMonth;
}

/** Deadline days of several months, read once per distinct configuration row. */
export async function unsafeProgressDeadlineDays(client: Db | Tx): Promise<(month: CalendarDay) => number | null> {
  const rows = await client.implementationDeadline.findMany({ where: { code: PROGRESS_DEADLINE_CODE }, orderBy: { validFrom: "desc" }, select: { dayOfMonth: true, validFrom: true, validTo: true } });
  return (month) => rows.find((r) => r.validFrom <= month && (r.validTo === null || r.validTo > month))?.dayOfMonth ?? null;
}
