// The detailed budget (Mẫu 1): lines typed in triệu đồng, parsed to whole đồng, and the đề án
// totals computed from them (never typed). Counterpart (vốn đối ứng) is what the beneficiary
// covers: total cost − khuyến công support − other sources (TTLT 26/2014 Điều 7.3).
import { MoneyParseError, parseMoney, sumDong, type Dong } from "../money";
import type { BudgetLineInput } from "./schemas";

export type ParsedBudgetLine = Omit<BudgetLineInput, "totalCost" | "supportAmount" | "otherAmount"> & {
  lineNo: number;
  totalCost: Dong;
  supportAmount: Dong;
  otherAmount: Dong;
  counterpartAmount: Dong;
};

export type BudgetTotals = { totalCost: Dong; supportAmount: Dong; counterpartAmount: Dong; otherAmount: Dong };

/** Upper bound for one amount: 10.000 tỷ đồng; anything larger is a typing error. */
export const MAX_AMOUNT: Dong = 10_000_000_000_000n;

const FIELD_LABEL = { totalCost: "Tổng kinh phí", supportAmount: "Kinh phí khuyến công hỗ trợ", otherAmount: "Nguồn khác" } as const;

function parseField(value: string, lineNo: number, field: keyof typeof FIELD_LABEL, errors: Record<string, string>): Dong {
  const key = `budgetLines.${lineNo - 1}.${field}`;
  if (value.trim() === "") return 0n;
  const tooLarge = `Dòng ${lineNo} – ${FIELD_LABEL[field]}: số tiền vượt quá 10.000 tỷ đồng, hãy kiểm tra đơn vị (triệu đồng).`;
  try {
    const amount = parseMoney(value, "trieu");
    if (amount < 0n) errors[key] = `Dòng ${lineNo} – ${FIELD_LABEL[field]}: số tiền không được âm.`;
    else if (amount > MAX_AMOUNT) errors[key] = tooLarge;
    return amount;
  } catch (error) {
    if (error instanceof MoneyParseError) {
      // Past lib/money's own bound is past MAX_AMOUNT too: the same message as the tighter limit.
      errors[key] = error.key === "errors.money.tooLarge" ? tooLarge : `Dòng ${lineNo} – ${FIELD_LABEL[field]}: ${error.message}`;
      return 0n;
    }
    throw error;
  }
}

export function parseBudgetLines(lines: readonly BudgetLineInput[]): { lines: ParsedBudgetLine[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const parsed = lines.map((line, index) => {
    const lineNo = index + 1;
    const totalCost = parseField(line.totalCost, lineNo, "totalCost", errors);
    const supportAmount = parseField(line.supportAmount, lineNo, "supportAmount", errors);
    const otherAmount = parseField(line.otherAmount, lineNo, "otherAmount", errors);
    if (supportAmount + otherAmount > totalCost && !errors[`budgetLines.${index}.supportAmount`]) {
      errors[`budgetLines.${index}.supportAmount`] = `Dòng ${lineNo}: kinh phí hỗ trợ cộng nguồn khác vượt tổng kinh phí của dòng.`;
    }
    const counterpartAmount = totalCost - supportAmount - otherAmount;
    return { ...line, lineNo, totalCost, supportAmount, otherAmount, counterpartAmount: counterpartAmount > 0n ? counterpartAmount : 0n };
  });
  return { lines: parsed, errors };
}

export function budgetTotals(lines: readonly Pick<ParsedBudgetLine, "totalCost" | "supportAmount" | "otherAmount" | "counterpartAmount">[]): BudgetTotals {
  return {
    totalCost: sumDong(lines.map((l) => l.totalCost)),
    supportAmount: sumDong(lines.map((l) => l.supportAmount)),
    counterpartAmount: sumDong(lines.map((l) => l.counterpartAmount)),
    otherAmount: sumDong(lines.map((l) => l.otherAmount)),
  };
}
