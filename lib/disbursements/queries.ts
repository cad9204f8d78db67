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

/** Programme funds only: counterpart funds (vốn đối ứng) are the beneficiaries' own, never khuyến công money. */
export const NOT_COUNTERPART_WHERE: Prisma.LedgerEntryWhereInput = { fundingSource: { code: { not: "COUNTERPART" } } };

/** Sums by kind per contract, net of reversals, of the entries matching `where` (one query pair for many contracts). */
export async function unsafeSumsByContract(where: Prisma.LedgerEntryWhereInput, client: Tx = db()): Promise<Map<string, LedgerSums>> {
  const entries = await client.ledgerEntry.groupBy({ by: ["contractId", "kind"], where: { AND: [where, { reversesId: null }] }, _sum: { amount: true } });
  const reversals = await client.ledgerEntry.groupBy({ by: ["contractId", "kind"], where: { AND: [where, { reversesId: { not: null } }] }, _sum: { amount: true } });
  const byContract = (rows: typeof entries) => {
    const map = new Map<string, typeof rows>();
    for (const r of rows) if (r.contractId) map.set(r.contractId, [...(map.get(r.contractId) ?? []), r]);
    return map;
  };
  const own = byContract(entries);
  const reversed = byContract(reversals);
  const ids = new Set([...own.keys(), ...reversed.keys()]);
  return new Map([...ids].map((id) => [id, netOfReversals(sumsByKind(own.get(id) ?? []), sumsByKind(reversed.get(id) ?? []))]));
}

/**
 * The programme money of a contract's family (docs/decisions/021): its own entries and, under a task
 * assignment, those of its support contracts (under a main contract they are the pass-on that
 * PROGRAMME_MONEY_WHERE leaves out). Counterpart funds are never in it.
 */
export function familyProgrammeMoneyWhere(contractId: string): Prisma.LedgerEntryWhereInput {
  return { AND: [{ OR: [{ contractId }, { contract: { parentId: contractId } }] }, PROGRAMME_MONEY_WHERE, NOT_COUNTERPART_WHERE] };
}
