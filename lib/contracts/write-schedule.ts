import "server-only";
// Writes one version of a contract: the ContractVersion row (append-only) and the schedule items
// of the version in force, replacing the previous version's items (docs/decisions/022).
import type { CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import type { Dong } from "../money";
import { scheduleJson, type ScheduleItem } from "./schedule";

export type VersionTerms = { signedOn: CalendarDay; startsOn: CalendarDay; endsOn: CalendarDay; value: Dong; counterpartValue: Dong; terms: string };

/**
 * The day an item falls due, where the contract fixes one: the first advance is payable on
 * signature (Điều 13, "sau khi ký hợp đồng"), so the signing day, kept from the first version when
 * an amendment rewrites the schedule. Further advances wait for confirmed progress and the balance
 * for acceptance: they have no day (the work list derives them from those records).
 */
function dueOnOf(item: ScheduleItem, signedOn: CalendarDay, firstSignedOn: Date | null): Date | null {
  const payableOnSignature = item.seq === 1 && item.kind === "ADVANCE" && !item.afterAcceptance;
  return payableOnSignature ? (firstSignedOn ?? signedOn) : null;
}

export async function writeVersion(tx: Tx, actorId: string, contractId: string, versionNo: number, terms: VersionTerms, schedule: readonly ScheduleItem[], reason = ""): Promise<void> {
  const first = versionNo > 1 ? await tx.contractVersion.findFirst({ where: { contractId, versionNo: 1 }, select: { signedOn: true } }) : null;
  await tx.contractVersion.create({
    data: { contractId, versionNo, signedOn: terms.signedOn, value: terms.value, counterpartValue: terms.counterpartValue, startsOn: terms.startsOn, endsOn: terms.endsOn, terms: terms.terms, reason, schedule: scheduleJson(schedule), createdById: actorId },
  });
  await tx.paymentScheduleItem.deleteMany({ where: { contractId } });
  await tx.paymentScheduleItem.createMany({
    data: schedule.map((i) => ({ contractId, seq: i.seq, kind: i.kind, shareBp: i.shareBp, amount: i.amount, condition: i.condition, documents: i.documents, afterAcceptance: i.afterAcceptance, advanceRuleId: i.advanceRuleId, dueOn: dueOnOf(i, terms.signedOn, first?.signedOn ?? null) })),
  });
}
