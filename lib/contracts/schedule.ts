// The payment schedule of a contract, from the advance rule in force on its signing day (TT 36/2013
// Điều 13–15 as amended, TTLT 26/2014 Điều 8.2.b; docs/decisions/022). Pure: shares and documents
// come from the dated AdvanceRule row, never from constants here.
//   1. the first advance: the rule's share (capped by the rule's cap) and its documents; when the
//      rule says so (support to set up an enterprise) it waits for nghiệm thu cơ sở;
//   2. further advances by progress, up to the cap in total (Điều 15), when the first is below it;
//   3. the balance (thanh toán), only after nghiệm thu cơ sở, with the rule's balance documents.
// Amounts are whole đồng: each advance is rounded down, the remainder goes to the balance, and the
// items always add up to the contract value exactly.
import type { Dong } from "../money";
import type { AdvanceRuleRow } from "../disbursements/advance-rules";

export type ScheduleRule = Pick<AdvanceRuleRow, "id" | "firstAdvanceBp" | "firstAdvanceAfterAcceptance" | "advanceCapBp" | "requiredDocuments" | "balanceDocuments">;

export type ScheduleItem = {
  seq: number;
  kind: "ADVANCE" | "PAYMENT";
  /** Share of the contract value, basis points. */
  shareBp: number;
  amount: Dong;
  condition: string;
  documents: string[];
  afterAcceptance: boolean;
  advanceRuleId: string;
};

const FULL_BP = 10_000;

/** Texts stored with each item (the contract's own wording of when it is paid). */
export const SCHEDULE_CONDITIONS = {
  firstAdvance: "Tạm ứng lần đầu sau khi ký hợp đồng, đủ hồ sơ theo quy định",
  firstAfterAcceptance: "Tạm ứng sau khi nghiệm thu cơ sở (hạn mức tạm ứng vẫn áp dụng)",
  furtherAdvance: "Tạm ứng tiếp theo tiến độ thực hiện (báo cáo Mẫu 3b được Sở Công Thương xác nhận); tổng tạm ứng không vượt hạn mức",
  balance: "Thanh toán phần còn lại sau khi hoàn thành và nghiệm thu cơ sở",
} as const;

const clampBp = (bp: number) => Math.min(Math.max(Math.trunc(bp), 0), FULL_BP);

/** Whole đồng of a share, rounded down (the balance takes the remainder). */
export function shareOf(value: Dong, bp: number): Dong {
  return (value * BigInt(clampBp(bp))) / BigInt(FULL_BP);
}

export function paymentSchedule(value: Dong, rule: ScheduleRule): ScheduleItem[] {
  if (value <= 0n) return [];
  const capBp = clampBp(rule.advanceCapBp);
  const firstBp = Math.min(clampBp(rule.firstAdvanceBp), capBp);
  const items: Omit<ScheduleItem, "seq">[] = [];
  const base = { advanceRuleId: rule.id };
  const first = shareOf(value, firstBp);
  if (firstBp > 0) {
    const condition = rule.firstAdvanceAfterAcceptance ? SCHEDULE_CONDITIONS.firstAfterAcceptance : SCHEDULE_CONDITIONS.firstAdvance;
    items.push({ ...base, kind: "ADVANCE", shareBp: firstBp, amount: first, condition, documents: [...rule.requiredDocuments], afterAcceptance: rule.firstAdvanceAfterAcceptance });
  }
  // After acceptance the rest is the balance: further advances exist only before it.
  let advanced = first;
  let advancedBp = firstBp;
  if (!rule.firstAdvanceAfterAcceptance && capBp > firstBp) {
    const upToCap = shareOf(value, capBp);
    items.push({ ...base, kind: "ADVANCE", shareBp: capBp - firstBp, amount: upToCap - first, condition: SCHEDULE_CONDITIONS.furtherAdvance, documents: [], afterAcceptance: false });
    advanced = upToCap;
    advancedBp = capBp;
  }
  if (advanced < value) {
    items.push({ ...base, kind: "PAYMENT", shareBp: FULL_BP - advancedBp, amount: value - advanced, condition: SCHEDULE_CONDITIONS.balance, documents: [...rule.balanceDocuments], afterAcceptance: true });
  }
  return items.map((item, i) => ({ seq: i + 1, ...item }));
}

/** The schedule as ContractVersion.schedule keeps it (amounts as text: JSON has no bigint). */
export function scheduleJson(items: readonly ScheduleItem[]) {
  return items.map((i) => ({ seq: i.seq, kind: i.kind, shareBp: i.shareBp, amount: i.amount.toString(), condition: i.condition, documents: i.documents, afterAcceptance: i.afterAcceptance }));
}
