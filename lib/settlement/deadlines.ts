import "server-only";
// Reads the ImplementationDeadline row in force on a day (dated configuration, never a constant).
import { formatIsoDay, type CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import { unsafeDeadlineInForce } from "../deadlines/in-force";
import { DomainError } from "../errors";
import { formatDate } from "../format";
import type { DeadlineRule } from "./deadline-rules";

export type DeadlineCode = "SETTLEMENT_DOSSIER" | "LIQUIDATION" | "YEAR_RECONCILIATION";

/** The rule of `code` in force on `day` (the latest if rows overlap); refuses when none is configured. */
export async function deadlineRuleOn(code: DeadlineCode, day: CalendarDay, client: Tx = db()): Promise<DeadlineRule> {
  const row = await unsafeDeadlineInForce(client, code, day);
  if (!row) throw new DomainError("VALIDATION", "errors.settlement.noDeadline", { code, date: formatDate(day, true), iso: formatIsoDay(day) });
  return row;
}
