import "server-only";
// Thanh lý hợp đồng (Mẫu 6, TT 36/2013 Điều 18.2): after the settlement is approved, the Cục (KCQG)
// or the SCT (KCĐP) records the liquidation minutes; the contract becomes LIQUIDATED and the đề án
// SETTLED → LIQUIDATED. The refund is what the contract disbursed beyond the settled amount.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { asCalendarDay, formatIsoDay, parseCalendarDate, vietnamToday } from "../calendar";
import { db } from "../db/client";
import { lockRows } from "../db/locks";
import { familyProgrammeMoneyWhere, unsafeLedgerMeasures } from "../disbursements/queries";
import { DomainError, ForbiddenError, InvalidTransitionError, message } from "../errors";
import { formatDate } from "../format";
import { applyTransition, lockProject, transitionContext } from "../projects/mutations";
import { partiesOf } from "../projects/policy";
import { canTransition } from "../projects/state-machine";
import { unsafeMainContract } from "../acceptance/main-contract";
import { RecordLiquidationInputSchema } from "./schemas";

/** Records the liquidation of the đề án's main contract. */
export async function recordLiquidation(actor: Actor, raw: unknown): Promise<{ id: string; refundAmount: bigint }> {
  const input = RecordLiquidationInputSchema.parse(raw);
  const liquidatedOn = parseCalendarDate(input.liquidatedOn);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId);
    if (project.status !== "SETTLED") throw new InvalidTransitionError("errors.settlement.notSettled");
    if (!canTransition(project.status, "LIQUIDATED", partiesOf(actor, project), transitionContext(project))) throw new ForbiddenError("errors.projects.stepNotAllowed");
    const contract = await unsafeMainContract(project.id, tx);
    if (!contract?.signedOn) throw new DomainError("VALIDATION", "errors.settlement.noContract");
    await lockRows(tx, "Contract", [contract.id]);
    const today = vietnamToday();
    if (formatIsoDay(liquidatedOn) > formatIsoDay(today)) {
      const params = { date: formatDate(liquidatedOn, true), today: formatDate(today, true) };
      throw new DomainError("VALIDATION", "errors.acceptance.inFuture", params, { liquidatedOn: message("errors.acceptance.inFuture", params) });
    }
    const settlement = await tx.settlement.findUniqueOrThrow({ where: { contractId: contract.id }, select: { settledAmount: true, decidedOn: true } });
    if (settlement.decidedOn && formatIsoDay(liquidatedOn) < formatIsoDay(asCalendarDay(settlement.decidedOn))) {
      const params = { date: formatDate(liquidatedOn, true), decidedOn: formatDate(settlement.decidedOn, true) };
      throw new DomainError("VALIDATION", "errors.settlement.beforeSettlement", params, { liquidatedOn: message("errors.settlement.beforeSettlement", params) });
    }
    // Khuyến công money only (counterpart funds are the beneficiary's own, never refunded), and for a
    // task assignment its support contracts too: the ministry budget unit paid them (decision 021).
    const { disbursed } = await unsafeLedgerMeasures(familyProgrammeMoneyWhere(contract.id), tx);
    const refundAmount = disbursed > settlement.settledAmount ? disbursed - settlement.settledAmount : 0n;
    await applyTransition(tx, actor, project, "LIQUIDATED", `Thanh lý hợp đồng ${contract.number}`);
    const created = await tx.liquidation.create({ data: { contractId: contract.id, liquidatedOn, settledAmount: settlement.settledAmount, refundAmount, minutesRef: input.minutesRef, recordedById: actor.userId }, select: { id: true, refundAmount: true } });
    await tx.contract.update({ where: { id: contract.id }, data: { status: "LIQUIDATED", version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "contract.liquidate", entityType: "Contract", entityId: contract.id, projectId: project.id, data: { liquidationId: created.id, refundAmount: refundAmount.toString(), minutesRef: input.minutesRef } });
    return created;
  });
}
