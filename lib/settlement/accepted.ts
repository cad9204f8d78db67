import "server-only";
// What a đề án's acceptances accepted, read inside the caller's transaction (or not): the
// settlement is capped by it and its dossier falls due after the last acceptance. Unscoped: the
// caller has read the đề án through the actor's scope.
import { asCalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { sumDong } from "../money";

/** What the đề án's acceptances accepted, with the last acceptance day. */
export async function unsafeAcceptedFigures(tx: Tx, projectId: string) {
  const acceptances = await tx.acceptance.findMany({ where: { projectId }, select: { acceptedValue: true, counterpartValue: true, acceptedOn: true }, orderBy: { acceptedOn: "desc" } });
  const last = acceptances[0];
  return {
    acceptedValue: sumDong(acceptances.map((a) => a.acceptedValue)),
    counterpartValue: sumDong(acceptances.map((a) => a.counterpartValue)),
    lastAcceptedOn: last ? asCalendarDay(last.acceptedOn) : null,
  };
}

