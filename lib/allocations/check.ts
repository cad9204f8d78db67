// Pure check of one allocation against the plan in force: beyond the unit's planned amount,
// beyond the plan total, or to a unit with nothing planned. These are warnings, not errors: the
// finance side may allocate before a plan adjustment is issued, so the Cục may save after
// confirming with a reason (stored in the note and the audit log).
import type { Dong } from "../money";
import { toMoneyInput } from "../format";

export type AllocationWarningCode = "NO_PLAN" | "UNIT_NOT_IN_PLAN" | "UNIT_OVER_PLAN" | "TOTAL_OVER_PLAN";
export type AllocationWarning = { code: AllocationWarningCode; message: string };

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

const money = (amount: Dong) => `${toMoneyInput(amount)} triệu đồng`;

export function allocationWarnings(c: AllocationCheckInput): AllocationWarning[] {
  const source = sourceLabel(c.sourceCode);
  if (!c.plan) {
    return [{ code: "NO_PLAN", message: `Chưa có kế hoạch ${source} năm ${c.year} đã ban hành và đang có hiệu lực, nên mọi khoản giao đều vượt kế hoạch (0 đồng).` }];
  }
  const warnings: AllocationWarning[] = [];
  const unitAfter = c.allocatedBefore.unit + c.amount;
  const totalAfter = c.allocatedBefore.total + c.amount;
  if (c.plan.unitItemCount === 0) {
    warnings.push({ code: "UNIT_NOT_IN_PLAN", message: `Đơn vị ${c.receiverName} không có đề án hay nhiệm vụ nào trong kế hoạch ${source} năm ${c.year}; sau lần giao này, dự toán giao cho đơn vị là ${money(unitAfter)}.` });
  } else if (unitAfter > c.plan.unitPlanned) {
    warnings.push({
      code: "UNIT_OVER_PLAN",
      message: `Sau lần giao này, dự toán giao cho ${c.receiverName} là ${money(unitAfter)}, vượt kế hoạch ${source} năm ${c.year} của đơn vị (${money(c.plan.unitPlanned)}) ${money(unitAfter - c.plan.unitPlanned)}.`,
    });
  }
  if (totalAfter > c.plan.total) {
    warnings.push({
      code: "TOTAL_OVER_PLAN",
      message: `Sau lần giao này, tổng dự toán giao ${source} năm ${c.year} là ${money(totalAfter)}, vượt tổng kế hoạch (${money(c.plan.total)}) ${money(totalAfter - c.plan.total)}.`,
    });
  }
  return warnings;
}

/** The note stored with a confirmed allocation: the user's note, the reason and what was confirmed. */
export function confirmedNote(note: string, reason: string, warnings: readonly AllocationWarning[]): string {
  const confirmation = `[Đã xác nhận giao vượt/ngoài kế hoạch] Lý do: ${reason}. Cảnh báo: ${warnings.map((w) => w.message).join(" ")}`;
  return note ? `${note}\n${confirmation}` : confirmation;
}
