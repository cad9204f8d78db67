// The one reader of ImplementationDeadline (dated configuration, decision 021): the row of a code in
// force on a day — the latest if rows overlap — or null when none is configured. Progress reports,
// settlement, liquidation, Mẫu 10 and the work list all call it; each decides what "none" means.
// Unscoped: configuration is public.
import { validAtWhere, type CalendarDay } from "../calendar";
import type { Db, Tx } from "../db/client";

export type DeadlineInForce = { code: string; daysAfter: number | null; month: number | null; dayOfMonth: number | null; legalBasis: string; validFrom: Date; validTo: Date | null };

const SELECT = { code: true, daysAfter: true, month: true, dayOfMonth: true, legalBasis: true, validFrom: true, validTo: true } as const;

/** The row of `code` in force on `day`, or null. */
export async function unsafeDeadlineInForce(client: Db | Tx, code: string, day: CalendarDay): Promise<DeadlineInForce | null> {
  return client.implementationDeadline.findFirst({ where: { AND: [{ code }, validAtWhere(day)] }, orderBy: { validFrom: "desc" }, select: SELECT });
}

/** Every row of `code`, read once, as a lookup of the row in force on a day (for many days at a time). */
export async function unsafeDeadlinesInForce(client: Db | Tx, code: string): Promise<(day: CalendarDay) => DeadlineInForce | null> {
  const rows = await client.implementationDeadline.findMany({ where: { code }, orderBy: { validFrom: "desc" }, select: SELECT });
  return (day) => rowInForce(rows, day);
}

/** Pure: the row in force on `day` among rows ordered latest validFrom first (validTo exclusive). */
export function rowInForce<Row extends { validFrom: Date; validTo: Date | null }>(rows: readonly Row[], day: Date): Row | null {
  return rows.find((r) => r.validFrom.getTime() <= day.getTime() && (r.validTo === null || r.validTo.getTime() > day.getTime())) ?? null;
}
