// Pure check of one allocation against the plan in force: beyond the unit's planned amount,
// beyond the plan total, or to a unit with nothing planned. These are warnings, not errors: the
// finance side may allocate before a plan adjustment is issued, so the Cục may save after
// confirming with a reason (stored in the note and the audit log).
import { message, renderMessage, renderRef, type MessageRef } from "../i18n/messages";
import type { Dong } from "../money";
import { toMoneyInput } from "../format";

export type AllocationWarningCode = "NO_PLAN" | "UNIT_NOT_IN_PLAN" | "UNIT_OVER_PLAN" | "TOTAL_OVER_PLAN";
/** `ref` is rendered at the edge in the request's locale; `message` is the Vietnamese rendering (stored notes, logs, tests). */
export type AllocationWarning = { code: AllocationWarningCode; ref: MessageRef; message: string };

export type AllocationCheckInput = {
  year: number;
  sourceCode: string;
  receiverName: string;
  amount: Dong;
  /** Null when no issued national plan of that year and source is in force. */
  plan: { total: Dong; unitPlanned: Dong; unitItemCount: number } | null;
  allocatedBefore: { total: Dong; unit: Dong };
};

export function sourceLabel(code: string): string {
  return code === "KCDP" ? "KCĐP" : code;
}

const money = (amount: Dong) => message("allocations.warnings.amount", { amount: toMoneyInput(amount) });

function warning(code: AllocationWarningCode, ref: MessageRef): AllocationWarning {
  return { code, ref, message: renderRef("vi", ref) };
}

export function allocationWarnings(c: AllocationCheckInput): AllocationWarning[] {
  const context = { source: sourceLabel(c.sourceCode), year: String(c.year) };
  if (!c.plan) return [warning("NO_PLAN", message("allocations.warnings.noPlan", context))];
  const warnings: AllocationWarning[] = [];
  const unitAfter = c.allocatedBefore.unit + c.amount;
  const totalAfter = c.allocatedBefore.total + c.amount;
  if (c.plan.unitItemCount === 0) {
    warnings.push(warning("UNIT_NOT_IN_PLAN", message("allocations.warnings.unitNotInPlan", { ...context, receiver: c.receiverName, after: money(unitAfter) })));
  } else if (unitAfter > c.plan.unitPlanned) {
    const excess = money(unitAfter - c.plan.unitPlanned);
    warnings.push(warning("UNIT_OVER_PLAN", message("allocations.warnings.unitOverPlan", { ...context, receiver: c.receiverName, after: money(unitAfter), planned: money(c.plan.unitPlanned), excess })));
  }
  if (totalAfter > c.plan.total) {
    const excess = money(totalAfter - c.plan.total);
    warnings.push(warning("TOTAL_OVER_PLAN", message("allocations.warnings.totalOverPlan", { ...context, after: money(totalAfter), planned: money(c.plan.total), excess })));
  }
  return warnings;
}

/** The note stored with a confirmed allocation (in Vietnamese, as the record is): the user's note, the reason and what was confirmed. */
export function confirmedNote(note: string, reason: string, warnings: readonly Omit<AllocationWarning, "ref">[]): string {
  const confirmation = renderMessage("vi", "allocations.warnings.confirmedNote", { reason, warnings: warnings.map((w) => w.message).join(" ") });
  return note ? `${note}\n${confirmation}` : confirmation;
}
