// Which acceptance rows unlock the balance payment (Điều 14), as a Prisma where: the ledger counts
// these, and nothing else (a force-majeure acceptance waits for the SCT's confirmation, Điều 18.4).
// Kept beside rules.ts `unlocksBalance`, which says the same for one row.
import { Prisma } from "../db/generated/client";

export const UNLOCKING_ACCEPTANCE_WHERE: Prisma.AcceptanceWhereInput = { OR: [{ forceMajeure: false }, { confirmedAt: { not: null } }] };

/** The same condition in SQL, on the Acceptance row aliased `alias` (the ledger's one-statement read, lib/disbursements/state.ts). */
export function unlockingAcceptanceSql(alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${a}."forceMajeure" = false OR ${a}."confirmedAt" IS NOT NULL)`;
}
