// The ledger rules that come from the advance rule in force and from acceptance (issue #8 items 2
// and 3, TT 36/2013 Điều 13–14, docs/decisions/027): the first advance's share, an advance that
// waits for acceptance, further advances against SCT-confirmed progress, the balance and the
// settlement bounded by the accepted value, and carry-over bounded by what is left of the
// contract. Pure, like lib/disbursements/invariants.ts, which runs them in its list. Counterpart
// funds (vốn đối ứng) are the beneficiary's own: none of these bounds apply to them.
import { formatMoney, formatRateBp } from "../format";
import type { Dong } from "../money";
import type { Invariant, LedgerViolation } from "./invariants";
import type { LedgerMeasures } from "./measures";

const money = (amount: Dong) => formatMoney(amount, "trieu");
const shareOf = (value: Dong, bp: number) => (value * BigInt(bp)) / 10_000n;
const advanceRises = (before: LedgerMeasures, after: LedgerMeasures) => after.advanced > before.advanced;

/** The first advance (none yet on the contract for this source) stays within the rule's first share. */
export const firstAdvanceShare: Invariant = (s, c, before, after): LedgerViolation | null => {
  if (s.counterpart || !advanceRises(before, after) || before.advanced > 0n) return null;
  const limit = shareOf(s.contract.value, s.firstAdvanceBp);
  // Above the cap the cap's message says it (advancesWithinCap).
  if (after.advanced <= limit || limit >= shareOf(s.contract.value, s.advanceCapBp)) return null;
  return { key: "errors.ledger.firstAdvanceShare", params: { amount: money(c.amount), rate: formatRateBp(s.firstAdvanceBp), limit: money(limit), value: money(s.contract.value) } };
};

/** Where the rule says the first advance comes after acceptance (enterprises), no advance before it. */
export const advanceAfterAcceptance: Invariant = (s, c, before, after): LedgerViolation | null =>
  !s.counterpart && s.firstAdvanceAfterAcceptance && !s.accepted && advanceRises(before, after)
    ? { key: "errors.ledger.advanceBeforeAcceptance", params: { amount: money(c.amount), project: s.project.code } }
    : null;

/**
 * A further advance (advances already made) needs SCT-confirmed progress, and total advances stay
 * within the larger of the confirmed cumulative cost executed and the first-advance amount.
 */
export const furtherAdvanceOnProgress: Invariant = (s, c, before, after): LedgerViolation | null => {
  if (s.counterpart || !advanceRises(before, after) || before.advanced <= 0n) return null;
  if (s.confirmedCompleted === null) return { key: "errors.ledger.advanceNeedsProgress", params: { amount: money(c.amount), project: s.project.code, advanced: money(before.advanced) } };
  const first = shareOf(s.contract.value, s.firstAdvanceBp);
  const limit = s.confirmedCompleted > first ? s.confirmedCompleted : first;
  if (after.advanced <= limit || limit >= shareOf(s.contract.value, s.advanceCapBp)) return null;
  return {
    key: "errors.ledger.advanceOverProgress",
    params: { amount: money(c.amount), total: money(after.advanced), limit: money(limit), completed: money(s.confirmedCompleted), first: money(first), advanced: money(before.advanced) },
  };
};

/** Disbursed after a payment stays within min(accepted value, contract value) (Điều 14). */
export const paymentWithinAccepted: Invariant = (s, c, before, after): LedgerViolation | null => {
  // At or above the contract value, withinContractValue says it.
  if (s.counterpart || !s.accepted || after.paid <= before.paid || s.acceptedValue >= s.contract.value || after.disbursed <= s.acceptedValue) return null;
  return {
    key: "errors.ledger.paymentOverAccepted",
    params: { amount: money(c.amount), total: money(after.disbursed), limit: money(s.acceptedValue), accepted: money(s.acceptedValue), value: money(s.contract.value), disbursed: money(before.disbursed) },
  };
};

/** A settlement clears advances against accepted work: after an unlocking acceptance, within its value. */
export const settlementWithinAccepted: Invariant = (s, c, before, after): LedgerViolation | null => {
  if (s.counterpart || after.settled <= before.settled) return null;
  if (!s.accepted) return { key: "errors.ledger.settlementBeforeAcceptance", params: { amount: money(c.amount), project: s.project.code } };
  if (after.settled <= s.acceptedValue) return null;
  return { key: "errors.ledger.settlementOverAccepted", params: { amount: money(c.amount), total: money(after.settled), accepted: money(s.acceptedValue), settled: money(before.settled) } };
};

/** Carry-over (chuyển nguồn) only on a signed contract, and within value − disbursed (NĐ 45 Điều 14.4). */
export const carryOverWithinRemaining: Invariant = (s, c, before, after): LedgerViolation | null => {
  if (after.carriedOver <= before.carriedOver) return null;
  if (s.contract.status !== "SIGNED") return { key: "errors.ledger.carryOverNotSigned", params: { amount: money(c.amount), contract: s.contract.number } };
  const remaining = s.contract.value - after.disbursed - before.carriedOver;
  if (s.counterpart || after.carriedOver - before.carriedOver <= remaining) return null;
  return {
    key: "errors.ledger.carryOverTooMuch",
    params: { amount: money(c.amount), remaining: money(remaining < 0n ? 0n : remaining), value: money(s.contract.value), disbursed: money(after.disbursed), carried: money(before.carriedOver) },
  };
};

export const SCHEDULE_INVARIANTS: readonly Invariant[] = [advanceAfterAcceptance, furtherAdvanceOnProgress, firstAdvanceShare, paymentWithinAccepted, settlementWithinAccepted, carryOverWithinRemaining];
