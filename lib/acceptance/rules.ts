// Pure rules of nghiệm thu cơ sở (TT 36/2013 Điều 14, 18.4, 21.1): the accepted quantity typed as a
// vi-VN decimal, the sums of the lines, the cap on what may be accepted, which acceptances unlock
// the balance payment, when a group đề án is accepted, and the follow-up window of the outcomes.
import { calendarDay, formatIsoDay, type CalendarDay } from "../calendar";
import type { AcceptanceForm } from "../db/generated/enums";
import type { ErrorKey, MessageParams } from "../errors";
import { formatDate, formatMoney } from "../format";
import { sumDong, type Dong } from "../money";
import type { Party } from "../projects/state-machine";

export type RuleViolation = { key: ErrorKey; params: MessageParams };

/** "1.234,5" → "1234.5": at most 2 decimals (the column is DECIMAL(14,2)), never negative; null if malformed. */
export function parseQuantity(text: string): string | null {
  const t = text.trim().replace(/\s/g, "");
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d{1,12}(,\d{1,2})?$/.test(t)) return null;
  const [intPart = "0", frac = ""] = t.replace(/\./g, "").split(",");
  const integer = intPart.replace(/^0+(?=\d)/, "");
  if (integer.length > 12) return null;
  return frac ? `${integer}.${frac}` : integer;
}

/** The party whose step an acceptance of this form is: the SCT organises 5a and 5b, the Cục 5c. */
export function organisingParty(form: AcceptanceForm): Party {
  return form === "MAU_5C" ? "CUC" : "PROVINCE_SCT";
}

export type LineValues = { supportValue: Dong; counterpartValue: Dong };

/** acceptedValue and counterpartValue of an acceptance: the sums of its lines. */
export function acceptanceSums(lines: readonly LineValues[]): { acceptedValue: Dong; counterpartValue: Dong } {
  return { acceptedValue: sumDong(lines.map((l) => l.supportValue)), counterpartValue: sumDong(lines.map((l) => l.counterpartValue)) };
}

const trieu = (v: Dong) => formatMoney(v, "trieu");
const day = (d: Date) => formatDate(d, true);

/**
 * What the đề án has accepted so far plus this acceptance stays within the contract value and the
 * approved amount (the smaller bounds it).
 */
export function acceptedWithinCap(figures: { already: Dong; adding: Dong; contractValue: Dong; contractNumber: string; approvedAmount: Dong | null }): RuleViolation | null {
  const total = figures.already + figures.adding;
  if (total > figures.contractValue) {
    return { key: "errors.acceptance.overContract", params: { adding: trieu(figures.adding), already: trieu(figures.already), total: trieu(total), contract: figures.contractNumber, value: trieu(figures.contractValue) } };
  }
  if (figures.approvedAmount !== null && total > figures.approvedAmount) {
    return { key: "errors.acceptance.overApproved", params: { adding: trieu(figures.adding), already: trieu(figures.already), total: trieu(total), approved: trieu(figures.approvedAmount) } };
  }
  return null;
}

/** The acceptance day is neither in the future nor before the main contract's signature. */
export function acceptanceDayInRange(acceptedOn: CalendarDay, today: CalendarDay, signedOn: CalendarDay, contractNumber: string): RuleViolation | null {
  if (formatIsoDay(acceptedOn) > formatIsoDay(today)) return { key: "errors.acceptance.inFuture", params: { date: day(acceptedOn), today: day(today) } };
  if (formatIsoDay(acceptedOn) < formatIsoDay(signedOn)) return { key: "errors.acceptance.beforeContract", params: { date: day(acceptedOn), contract: contractNumber, signedOn: day(signedOn) } };
  return null;
}

/**
 * Whether an acceptance unlocks the balance payment (Điều 14): always, except under force majeure
 * (Điều 18.4), where the SCT must first confirm the volume actually done.
 */
export function unlocksBalance(acceptance: { forceMajeure: boolean; confirmedAt: Date | null }): boolean {
  return !acceptance.forceMajeure || acceptance.confirmedAt !== null;
}

/** A group đề án (Mẫu 5a) is accepted when every beneficiary location has its acceptance. */
export function everyLocationAccepted(beneficiaryIds: readonly string[], acceptedBeneficiaryIds: readonly (string | null)[]): boolean {
  const accepted = new Set(acceptedBeneficiaryIds);
  return beneficiaryIds.length > 0 && beneficiaryIds.every((id) => accepted.has(id));
}

/** A follow-up outcome record lies 1 to 3 years after the acceptance (inclusive). */
export function followUpInWindow(acceptedOn: CalendarDay, recordedOn: CalendarDay): RuleViolation | null {
  const from = yearsAfter(acceptedOn, 1);
  const to = yearsAfter(acceptedOn, 3);
  const iso = formatIsoDay(recordedOn);
  if (iso >= formatIsoDay(from) && iso <= formatIsoDay(to)) return null;
  return { key: "errors.acceptance.followUpWindow", params: { date: day(recordedOn), acceptedOn: day(acceptedOn), from: day(from), to: day(to) } };
}

/** The same day `years` later (29/02 becomes 28/02 in a common year). */
export function yearsAfter(from: CalendarDay, years: number): CalendarDay {
  const [year = 0, month = 1, dayOfMonth = 1] = formatIsoDay(from).split("-").map(Number);
  const target = year + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  return calendarDay(target, month, month === 2 && dayOfMonth === 29 && !leap ? 28 : dayOfMonth);
}

/** The first line (1-based) naming a budget line an earlier line already names, with that earlier row; null when none repeats. */
export function repeatedBudgetLine(budgetLineIds: readonly string[]): { row: number; first: number } | null {
  const seen = new Map<string, number>();
  for (const [i, id] of budgetLineIds.entries()) {
    const first = seen.get(id);
    if (first !== undefined) return { row: i + 1, first };
    seen.set(id, i + 1);
  }
  return null;
}
