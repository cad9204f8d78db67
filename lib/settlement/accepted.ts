import "server-only";
// What a đề án's acceptances accepted, read inside the caller's transaction (or not): the
// settlement is capped by it and its dossier falls due after the last acceptance. Unscoped: the
// caller has read the đề án through the actor's scope. Values count only acceptances that unlock
// payment (a force-majeure acceptance waits for the SCT, docs/decisions/025); the last day counts all.
import { asCalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { sumDong } from "../money";
import { unlocksBalance } from "../acceptance/rules";

/** What the đề án's acceptances accepted, with the last acceptance day. */
export async function unsafeAcceptedFigures(tx: Tx, projectId: string) {
  const acceptances = await tx.acceptance.findMany({ where: { projectId }, select: { acceptedValue: true, counterpartValue: true, acceptedOn: true, forceMajeure: true, confirmedAt: true }, orderBy: { acceptedOn: "desc" } });
  const last = acceptances[0];
  const counted = acceptances.filter(unlocksBalance);
  return {
    acceptedValue: sumDong(counted.map((a) => a.acceptedValue)),
    counterpartValue: sumDong(counted.map((a) => a.counterpartValue)),
    lastAcceptedOn: last ? asCalendarDay(last.acceptedOn) : null,
  };
}

