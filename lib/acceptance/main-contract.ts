import "server-only";
// The đề án's main contract (Cục ↔ implementer) or task assignment: the one acceptance, settlement
// and liquidation refer to. Unscoped: callers have already read the đề án through the actor's scope.
import type { Tx } from "../db/client";
import { db } from "../db/client";

export const MAIN_CONTRACT_SELECT = { id: true, number: true, kind: true, status: true, signedOn: true, value: true, counterpartValue: true } as const;

/** The signed (or liquidated) main contract of the đề án, or null. */
export async function unsafeMainContract(projectId: string, client: Tx = db()) {
  return client.contract.findFirst({
    where: { projectId, kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, status: { in: ["SIGNED", "LIQUIDATED"] }, signedOn: { not: null } },
    orderBy: { signedOn: "asc" },
    select: MAIN_CONTRACT_SELECT,
  });
}
