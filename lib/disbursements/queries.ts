import "server-only";
// Ledger measures over any set of ledger entries. Unscoped, hence `unsafe…` (docs/decisions/017):
// the caller's where carries the actor's scope (or is a national figure the caller has already
// authorised).
import { db, type Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { measuresOf, netOfReversals, sumsByKind, type LedgerMeasures, type LedgerSums } from "./measures";

/** Sums by kind of the entries matching `where`, net of reversals (docs/decisions/020). */
export async function unsafeLedgerSums(where: Prisma.LedgerEntryWhereInput, client: Tx = db()): Promise<LedgerSums> {
  // Sequential: inside a transaction both run on its one connection.
  const entries = await client.ledgerEntry.groupBy({ by: ["kind"], where: { AND: [where, { reversesId: null }] }, _sum: { amount: true } });
  const reversals = await client.ledgerEntry.groupBy({ by: ["kind"], where: { AND: [where, { reversesId: { not: null } }] }, _sum: { amount: true } });
  return netOfReversals(sumsByKind(entries), sumsByKind(reversals));
}

/** The measures of the ledger entries matching `where` (dates are DATE columns: pass CalendarDays). */
export async function unsafeLedgerMeasures(where: Prisma.LedgerEntryWhereInput, client: Tx = db()): Promise<LedgerMeasures> {
  return measuresOf(await unsafeLedgerSums(where, client));
}

/**
 * Entries that move programme money out of the budget (docs/decisions/021): legacy rows without a
 * contract, entries on main contracts and task assignments, and entries on support contracts under
 * a task assignment (the ministry budget unit pays the beneficiary itself). Entries on support
 * contracts under a main contract pass on what the Cục already paid the implementer: they are the
 * implementer's own sub-ledger and never counted again.
 */
export const PROGRAMME_MONEY_WHERE: Prisma.LedgerEntryWhereInput = {
  OR: [{ contractId: null }, { contract: { kind: { not: "SUPPORT_CONTRACT" } } }, { contract: { parent: { kind: "TASK_ASSIGNMENT" } } }],
};

/** The measures of the programme money (PROGRAMME_MONEY_WHERE) among the entries matching `where`. */
export async function unsafeProgrammeMeasures(where: Prisma.LedgerEntryWhereInput, client: Tx = db()): Promise<LedgerMeasures> {
  return unsafeLedgerMeasures({ AND: [where, PROGRAMME_MONEY_WHERE] }, client);
}
