import "server-only";
// Ngừng triển khai (TT 36/2013 Điều 11.2.a): the Cục (KCQG) or the SCT (KCĐP) records the decision;
// the refund due is computed then, from the programme money disbursed (decision 021) and the value
// accepted by acceptances that unlock payment, and kept with those figures. The đề án's contracts
// are locked after the đề án (Project → Contract), so no entry lands between the figures and the stop.
import type { Actor } from "../auth/actor";
import { UNLOCKING_ACCEPTANCE_WHERE } from "../acceptance/unlock";
import { recordAudit } from "../audit/record";
import { formatIsoDay, parseCalendarDate, vietnamToday } from "../calendar";
import { db } from "../db/client";
import { lockRows } from "../db/locks";
import { unsafeProgrammeMeasures } from "../disbursements/queries";
import { DomainError, message } from "../errors";
import { formatDate, formatMoney } from "../format";
import { notify } from "../notifications/notify";
import { sumDong } from "../money";
import { applyTransition, lockProject } from "../projects/mutations";
import { refundDueOf, stopMoneyWhere } from "./refund";
import { StopProjectInputSchema } from "./schemas";

export async function stopProject(actor: Actor, raw: unknown): Promise<{ id: string; refundDue: bigint }> {
  const input = StopProjectInputSchema.parse(raw);
  const stoppedOn = parseCalendarDate(input.stoppedOn);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId);
    const today = vietnamToday();
    if (formatIsoDay(stoppedOn) > formatIsoDay(today)) {
      const params = { date: formatDate(stoppedOn, true), today: formatDate(today, true) };
      throw new DomainError("VALIDATION", "errors.acceptance.inFuture", params, { stoppedOn: message("errors.acceptance.inFuture", params) });
    }
    const contracts = await tx.contract.findMany({ where: { projectId: project.id }, select: { id: true } });
    await lockRows(tx, "Contract", contracts.map((c) => c.id));
    // The transition first: it checks the state and that this actor decides the stop.
    await applyTransition(tx, actor, project, "STOPPED", `Ngừng triển khai: ${input.decisionRef}`);
    const { disbursed } = await unsafeProgrammeMeasures(stopMoneyWhere(project.id), tx);
    const accepted = await tx.acceptance.findMany({ where: { AND: [{ projectId: project.id }, UNLOCKING_ACCEPTANCE_WHERE] }, select: { acceptedValue: true } });
    const acceptedAtStop = sumDong(accepted.map((a) => a.acceptedValue));
    const refundDue = refundDueOf(disbursed, acceptedAtStop);
    const created = await tx.projectStop.create({ data: { projectId: project.id, stoppedOn, decisionRef: input.decisionRef, reason: input.reason, disbursedAtStop: disbursed, acceptedAtStop, refundDue, recordedById: actor.userId }, select: { id: true, refundDue: true } });
    const { code } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { code: true } });
    await notify(tx, { organisationIds: [project.implementerId] }, { kind: "DECISION_ISSUED", title: `Đề án ${code} ngừng triển khai (${input.decisionRef}): phải hoàn trả ${formatMoney(refundDue, "trieu")}`, body: input.reason, link: `/de-an/${project.id}/ngung` });
    await recordAudit(tx, actor, { action: "project.stop", entityType: "ProjectStop", entityId: created.id, data: { projectId: project.id, disbursed: disbursed.toString(), accepted: acceptedAtStop.toString(), refundDue: refundDue.toString() } });
    return created;
  });
}
