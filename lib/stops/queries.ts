import "server-only";
// The stop page of a đề án, through the actor's scope: the stop decision with the figures the
// refund due came from, what has been refunded since, and what remains until 0.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { asCalendarDay } from "../calendar";
import { unsafeProgrammeMeasures } from "../disbursements/queries";
import { sumDong } from "../money";
import { partiesOf } from "../projects/policy";
import { availableTransitions } from "../projects/state-machine";
import { getScopedProject } from "../acceptance/queries";
import { UNLOCKING_ACCEPTANCE_WHERE } from "../acceptance/unlock";
import { refundDueOf, refundProgress, refundsSinceStopWhere, stopMoneyWhere } from "./refund";

export async function getStopPage(actor: Actor, projectId: string) {
  const project = await getScopedProject(actor, projectId);
  const stop = await db().projectStop.findUnique({ where: { projectId: project.id }, select: { stoppedOn: true, decisionRef: true, reason: true, disbursedAtStop: true, acceptedAtStop: true, refundDue: true } });
  const { disbursed } = await unsafeProgrammeMeasures(stopMoneyWhere(project.id));
  const accepted = sumDong((await db().acceptance.findMany({ where: { AND: [{ projectId: project.id }, UNLOCKING_ACCEPTANCE_WHERE] }, select: { acceptedValue: true } })).map((a) => a.acceptedValue));
  const refundedSinceStop = stop ? (await unsafeProgrammeMeasures(refundsSinceStopWhere(project.id, asCalendarDay(stop.stoppedOn)))).refunded : 0n;
  const context = { local: project.fundingSource.code === "KCDP", registersDirectly: false, group: project.kind === "GROUP" };
  return {
    project,
    stop: stop ? { ...stop, ...refundProgress(stop, refundedSinceStop) } : null,
    /** What stopping today would leave to refund. */
    preview: { disbursed, accepted, refundDue: refundDueOf(disbursed, accepted) },
    may: { stop: !stop && availableTransitions(project.status, partiesOf(actor, project), context).includes("STOPPED") },
  };
}
export type StopPage = Awaited<ReturnType<typeof getStopPage>>;
