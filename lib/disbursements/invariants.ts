// The ledger invariants (issue #8 item 3, TT 36/2013 Điều 12–14, TTLT 26/2014 Điều 8.2.b), each a
// pure function of the contract's state before an entry and the entry's change. The mutation
// evaluates them under the contract's row lock (docs/decisions/020), so they hold under concurrency.
// A violation carries its catalogue key and the figures, already formatted.
import type { ContractStatus, LedgerKind, ProjectStatus } from "../db/generated/enums";
import { formatIsoDay, yearOf, type CalendarDay } from "../calendar";
import { message, type ErrorKey, type MessageParams } from "../errors";
import { formatDate, formatMoney, formatRateBp } from "../format";
import type { Dong } from "../money";
import { measuresOf, type LedgerMeasures, type LedgerSums } from "./measures";
import { SCHEDULE_INVARIANTS } from "./schedule-rules";

/** One entry's effect: a new entry adds its amount to its kind; a reversing entry subtracts it. */
export type LedgerChange = { kind: LedgerKind; amount: Dong; reversal: boolean; occurredOn: CalendarDay };

export type LedgerState = {
  today: CalendarDay;
  contract: { number: string; status: ContractStatus; signedOn: CalendarDay | null; value: Dong };
  project: { code: string; status: ProjectStatus };
  /** The entry's funding source and the đề án's own (KCQG or KCDP, project.fundingSource). */
  source: { code: string; project: string };
  /** An Acceptance (nghiệm thu cơ sở) row exists for the đề án. */
  accepted: boolean;
  /**
   * Accepted support value (sum of acceptedValue) of the unlocking acceptances that bound this
   * contract's balance: its beneficiary's Mẫu 5a rows on a support contract when there are any,
   * else the đề án's (docs/decisions/027).
   */
  acceptedValue: Dong;
  /** First-advance share and whether the first advance waits for acceptance (AdvanceRule in force). */
  firstAdvanceBp: number;
  firstAdvanceAfterAcceptance: boolean;
  /** Cumulative cost executed in the latest SCT-confirmed progress report (Mẫu 3b), null when none. */
  confirmedCompleted: Dong | null;
  /** Counterpart funds (vốn đối ứng) are the beneficiary's own: the contract's support value does not bound them. */
  counterpart: boolean;
  /** Cap on total advances before acceptance, basis points of the contract value (AdvanceRule in force). */
  advanceCapBp: number;
  /** Years of this contract closed by their Mẫu 10 reconciliation. */
  closedYears: readonly number[];
  /** A support contract under a task assignment: the years closed on the assignment close it too. */
  parentClosed?: { number: string; years: readonly number[] } | null;
  /** The contract's sums by kind, net of reversals, before the change. */
  sums: LedgerSums;
  /**
   * A task assignment and the support contracts under it (programme money, docs/decisions/021):
   * what the family has disbursed before the change, bounded by the assignment's value. Null on
   * other contracts.
   */
  family?: { number: string; value: Dong; disbursed: Dong } | null;
};

export type LedgerViolation = { key: ErrorKey; params: MessageParams };
export type Invariant = (state: LedgerState, change: LedgerChange, before: LedgerMeasures, after: LedgerMeasures) => LedgerViolation | null;

const money = (amount: Dong) => formatMoney(amount, "trieu");
const day = (d: CalendarDay) => formatDate(d, true);
const outstandingOf = (m: LedgerMeasures) => m.outstandingAdvance;

/** The sums after the change. */
export function sumsAfter(sums: LedgerSums, change: LedgerChange): LedgerSums {
  const delta = change.reversal ? -change.amount : change.amount;
  return { ...sums, [change.kind]: (sums[change.kind] ?? 0n) + delta };
}

/** No entry on a contract that is not signed (no payment before signature, Điều 12.1). */
export const contractSigned: Invariant = (s) =>
  s.contract.signedOn && s.contract.status !== "DRAFT" ? null : { key: "errors.ledger.notSigned", params: { contract: s.contract.number } };

/** The voucher date is neither before the contract's signature nor after today (Vietnam day). */
export const dateInRange: Invariant = (s, c): LedgerViolation | null => {
  if (s.contract.signedOn && formatIsoDay(c.occurredOn) < formatIsoDay(s.contract.signedOn)) {
    return { key: "errors.ledger.beforeContract", params: { date: day(c.occurredOn), contract: s.contract.number, signedOn: day(s.contract.signedOn) } };
  }
  if (formatIsoDay(c.occurredOn) > formatIsoDay(s.today)) return { key: "errors.ledger.inFuture", params: { date: day(c.occurredOn), today: day(s.today) } };
  return null;
};

/** A year closed by its Mẫu 10 reconciliation accepts no entries. */
export const yearOpen: Invariant = (s, c): LedgerViolation | null => {
  const year = yearOf(c.occurredOn);
  if (s.closedYears.includes(year)) return { key: "errors.ledger.closedYear", params: { year: String(year), contract: s.contract.number } };
  if (s.parentClosed?.years.includes(year)) return { key: "errors.ledger.closedYearParent", params: { year: String(year), assignment: s.parentClosed.number, contract: s.contract.number } };
  return null;
};

const fundingKey = (code: string) => (code === "KCQG" || code === "KCDP" ? code : "COUNTERPART");

/** A new entry is on the đề án's own source (KCQG or KCĐP) or counterpart funds; reversals correct anything. */
export const sourceOfProject: Invariant = (s, c) =>
  c.reversal || s.source.code === s.source.project || s.source.code === "COUNTERPART"
    ? null
    : { key: "errors.ledger.wrongSource", params: { amount: money(c.amount), source: message(`fundingSource.${fundingKey(s.source.code)}`), projectSource: message(`fundingSource.${fundingKey(s.source.project)}`), contract: s.contract.number, project: s.project.code } };

/** Đề án statuses in which money goes out (signed, implemented, carried over, accepted). */
export const MONEY_OUT_PROJECT_STATUSES: readonly ProjectStatus[] = ["CONTRACTED", "IN_PROGRESS", "CARRIED_OVER", "ACCEPTED"];
const statusParams = (s: LedgerState, c: LedgerChange) => ({
  amount: money(c.amount), contract: s.contract.number, project: s.project.code,
  contractStatus: message(`contracts.status.${s.contract.status}`), projectStatus: message(`status.${s.project.status}`),
});

/**
 * Money out (advanced + paid rising) only on a SIGNED contract of a đề án signed, in progress,
 * carried over or accepted: not after settlement, liquidation or termination (a stopped đề án has
 * its own message). Refunds stay possible in any status.
 */
export const moneyOutWhileOpen: Invariant = (s, c, before, after) => {
  if (after.advanced + after.paid <= before.advanced + before.paid || s.project.status === "STOPPED") return null;
  return s.contract.status === "SIGNED" && MONEY_OUT_PROJECT_STATUSES.includes(s.project.status) ? null : { key: "errors.ledger.moneyOutClosed", params: statusParams(s, c) };
};

/** A settlement up to the đề án's settlement (approval writes it while ACCEPTED): never once liquidated. */
export const settlementBeforeLiquidation: Invariant = (s, c, before, after) =>
  after.settled > before.settled && (s.project.status === "LIQUIDATED" || s.contract.status === "LIQUIDATED")
    ? { key: "errors.ledger.settlementClosed", params: statusParams(s, c) }
    : null;

/** A stopped đề án (ngừng triển khai) gets no more money out; refunds stay possible (Điều 11.2.a). */
export const projectNotStopped: Invariant = (s, _c, before, after) =>
  s.project.status === "STOPPED" && after.advanced + after.paid > before.advanced + before.paid
    ? { key: "errors.ledger.projectStopped", params: { project: s.project.code } }
    : null;

/** Total advances stay within the cap of the contract value (70 % before acceptance). */
export const advancesWithinCap: Invariant = (s, c, before, after) => {
  if (s.counterpart || after.advanced <= before.advanced) return null;
  const cap = (s.contract.value * BigInt(s.advanceCapBp)) / 10_000n;
  if (after.advanced <= cap) return null;
  return {
    key: "errors.ledger.advanceCap",
    params: { amount: money(c.amount), rate: formatRateBp(s.advanceCapBp), cap: money(cap), value: money(s.contract.value), advanced: money(before.advanced), total: money(after.advanced) },
  };
};

/** The outstanding advance (advanced − settled − refunded) never goes negative. */
export const outstandingNotNegative: Invariant = (_s, c, before, after) => {
  const outstanding = outstandingOf(after);
  if (outstanding >= 0n || outstanding >= outstandingOf(before)) return null;
  return {
    key: "errors.ledger.outstandingNegative",
    params: { change: c.reversal ? "REVERSAL" : c.kind, amount: money(c.amount), advanced: money(before.advanced), settled: money(before.settled), refunded: money(before.refunded), outstanding: money(outstandingOf(before)) },
  };
};

/** Net money out (advanced + paid − refunded) never exceeds the contract value. */
export const withinContractValue: Invariant = (s, _c, before, after) =>
  !s.counterpart && after.disbursed > before.disbursed && after.disbursed > s.contract.value
    ? { key: "errors.ledger.overContract", params: { total: money(after.disbursed), value: money(s.contract.value), disbursed: money(before.disbursed) } }
    : null;

/** Across a task assignment and its support contracts, net money out never exceeds the assignment's value. */
export const withinFamilyValue: Invariant = (s, _c, before, after) => {
  if (!s.family || s.counterpart || after.disbursed <= before.disbursed) return null;
  const total = s.family.disbursed + (after.disbursed - before.disbursed);
  if (total <= s.family.value) return null;
  return { key: "errors.ledger.overFamily", params: { assignment: s.family.number, total: money(total), value: money(s.family.value), disbursed: money(s.family.disbursed) } };
};

/** Refunds never exceed what was paid out (advances plus payments). */
export const refundsWithinPaid: Invariant = (_s, _c, before, after) => {
  const paidOut = after.advanced + after.paid;
  const worse = after.refunded > before.refunded || paidOut < before.advanced + before.paid;
  return worse && after.refunded > paidOut ? { key: "errors.ledger.refundOverPaid", params: { refunded: money(after.refunded), paidOut: money(paidOut) } } : null;
};

/** A payment (the balance, Điều 14) only after nghiệm thu cơ sở. */
export const paymentAfterAcceptance: Invariant = (s, c, before, after) =>
  after.paid > before.paid && !s.accepted ? { key: "errors.ledger.balanceBeforeAcceptance", params: { amount: money(c.amount), project: s.project.code } } : null;

/** In the order their messages are most useful: the first violation is the one reported. */
export const LEDGER_INVARIANTS: readonly Invariant[] = [
  contractSigned,
  dateInRange,
  yearOpen,
  sourceOfProject,
  projectNotStopped,
  moneyOutWhileOpen,
  settlementBeforeLiquidation,
  paymentAfterAcceptance,
  ...SCHEDULE_INVARIANTS,
  advancesWithinCap,
  withinContractValue,
  withinFamilyValue,
  refundsWithinPaid,
  outstandingNotNegative,
];

/** Every invariant the change would break, in LEDGER_INVARIANTS order (empty: the entry may be recorded). */
export function ledgerViolations(state: LedgerState, change: LedgerChange): LedgerViolation[] {
  const before = measuresOf(state.sums);
  const after = measuresOf(sumsAfter(state.sums, change));
  return LEDGER_INVARIANTS.map((check) => check(state, change, before, after)).filter((v): v is LedgerViolation => v !== null);
}
