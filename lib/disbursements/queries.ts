import "server-only";
// Ledger measures over any set of ledger entries. Unscoped, hence `unsafe…` (docs/decisions/017):
// the caller's where carries the actor's scope (or is a national figure the caller has already
// authorised).
import { db, type Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { measuresOf, sumsByKind, type LedgerMeasures } from "./measures";

/** The measures of the ledger entries matching `where` (dates are DATE columns: pass CalendarDays). */
export async function unsafeLedgerMeasures(where: Prisma.LedgerEntryWhereInput, client: Tx = db()): Promise<LedgerMeasures> {
  const groups = await client.ledgerEntry.groupBy({ by: ["kind"], where, _sum: { amount: true } });
  return measuresOf(sumsByKind(groups));
}
