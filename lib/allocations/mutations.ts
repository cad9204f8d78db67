import "server-only";
// Recording dự toán giao. The plan check runs inside the transaction, after a per-(year, source)
// advisory lock, so two concurrent allocations cannot both pass a check that only one fits.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { DomainError, ForbiddenError, message } from "../errors";
import { parseMoneyField, type Dong } from "../money";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { allocationWarnings, confirmedNote, type AllocationWarning } from "./check";
import { unsafeAllocatedSoFar, unsafePlanInForce } from "./figures";
import { canRecordAllocations } from "./policy";
import { RecordAllocationInputSchema } from "./schemas";
import { lockAdvisory } from "../db/locks";
import { parseCalendarDate } from "../calendar";

export type RecordAllocationResult =
  | { status: "NEEDS_CONFIRMATION"; warnings: AllocationWarning[] }
  | { status: "SAVED"; id: string; warnings: AllocationWarning[] };

function parseAmount(text: string): Dong {
  const amount = parseMoneyField(text, "amount", "trieu");
  if (amount <= 0n) throw new DomainError("VALIDATION", "errors.money.notPositive", {}, { amount: message("errors.money.notPositive") });
  return amount;
}

/**
 * Records one allocation; beyond or outside the plan in force on its day (allocatedOn) it needs
 * `confirmed` and a `reason`.
 */
export async function recordAllocation(actor: Actor, raw: unknown): Promise<RecordAllocationResult> {
  if (!canRecordAllocations(actor)) throw new ForbiddenError("errors.allocations.cucOnly");
  const input = RecordAllocationInputSchema.parse(raw);
  const amount = parseAmount(input.amount);
  const allocatedOn = parseCalendarDate(input.allocatedOn);
  return db().$transaction(async (tx) => {
    // Sequential: one transaction is one connection.
    const year = await tx.planYear.findUnique({ where: { year: input.planYear }, select: { year: true } });
    const source = await tx.fundingSource.findUnique({ where: { code: input.fundingSource }, select: { id: true, code: true } });
    const receiver = await tx.organisation.findUnique({ where: { id: input.receiverId }, select: { id: true, names: NAME_HISTORY_SELECT } });
    if (!year) throw new DomainError("VALIDATION", "errors.allocations.unknownYear", { year: String(input.planYear) }, { planYear: message("errors.allocations.unknownYearField") });
    if (!source) throw new DomainError("VALIDATION", "errors.allocations.unknownSource", {}, { fundingSource: message("errors.allocations.unknownSourceField") });
    if (!receiver) throw new DomainError("VALIDATION", "errors.allocations.unknownReceiver", {}, { receiverId: message("errors.allocations.unknownReceiverField") });
    await lockAdvisory(tx, { kind: "budget-allocation", year: year.year, fundingSourceId: source.id });
    // Checked as of the allocation's own day: the plan in force then, and what was allocated by then.
    const plan = await unsafePlanInForce(tx, year.year, source.id, allocatedOn);
    const allocated = await unsafeAllocatedSoFar(tx, year.year, source.id, allocatedOn);
    const receiverName = nameAt(receiver.names);
    const unitPlan = plan?.byUnit.get(receiver.id);
    const warnings = allocationWarnings({
      year: year.year,
      sourceCode: source.code,
      receiverName,
      amount,
      plan: plan ? { total: plan.total, unitPlanned: unitPlan?.planned ?? 0n, unitItemCount: unitPlan?.itemCount ?? 0 } : null,
      allocatedBefore: { total: allocated.total, unit: allocated.byUnit.get(receiver.id) ?? 0n },
    });
    if (warnings.length > 0 && !input.confirmed) return { status: "NEEDS_CONFIRMATION", warnings };
    if (warnings.length > 0 && input.reason.length < 5) {
      throw new DomainError("VALIDATION", "errors.allocations.reasonRequired", {}, { reason: message("errors.allocations.reasonRequiredField") });
    }
    const note = warnings.length > 0 ? confirmedNote(input.note, input.reason, warnings) : input.note;
    const created = await tx.budgetAllocation.create({
      data: { planYear: year.year, fundingSourceId: source.id, receiverId: receiver.id, amount, allocatedOn, documentRef: input.documentRef, note },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "allocation.record",
      entityType: "BudgetAllocation",
      entityId: created.id,
      data: {
        planYear: year.year,
        fundingSource: source.code,
        receiverId: receiver.id,
        amount: amount.toString(),
        allocatedOn: input.allocatedOn,
        documentRef: input.documentRef,
        confirmedBeyondPlan: warnings.length > 0,
        reason: warnings.length > 0 ? input.reason : null,
        warnings: warnings.map((w) => w.code),
      },
    });
    return { status: "SAVED", id: created.id, warnings };
  });
}
