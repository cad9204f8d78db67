// Which acceptance rows unlock the balance payment (Điều 14), as a Prisma where: the ledger counts
// these, and nothing else (a force-majeure acceptance waits for the SCT's confirmation, Điều 18.4).
// Kept beside rules.ts `unlocksBalance`, which says the same for one row.
import type { Prisma } from "../db/generated/client";

export const UNLOCKING_ACCEPTANCE_WHERE: Prisma.AcceptanceWhereInput = { OR: [{ forceMajeure: false }, { confirmedAt: { not: null } }] };
