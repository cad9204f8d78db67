import "server-only";
// Writes one version of a contract: the ContractVersion row (append-only) and the schedule items
// of the version in force, replacing the previous version's items (docs/decisions/022).
import type { CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import type { Dong } from "../money";
import { scheduleJson, type ScheduleItem } from "./schedule";

export type VersionTerms = { signedOn: CalendarDay; startsOn: CalendarDay; endsOn: CalendarDay; value: Dong; counterpartValue: Dong; terms: string };

export async function writeVersion(tx: Tx, actorId: string, contractId: string, versionNo: number, terms: VersionTerms, schedule: readonly ScheduleItem[], reason = ""): Promise<void> {
  await tx.contractVersion.create({
    data: { contractId, versionNo, signedOn: terms.signedOn, value: terms.value, counterpartValue: terms.counterpartValue, startsOn: terms.startsOn, endsOn: terms.endsOn, terms: terms.terms, reason, schedule: scheduleJson(schedule), createdById: actorId },
  });
  await tx.paymentScheduleItem.deleteMany({ where: { contractId } });
  await tx.paymentScheduleItem.createMany({
    data: schedule.map((i) => ({ contractId, seq: i.seq, kind: i.kind, shareBp: i.shareBp, amount: i.amount, condition: i.condition, documents: i.documents, afterAcceptance: i.afterAcceptance, advanceRuleId: i.advanceRuleId })),
  });
}
