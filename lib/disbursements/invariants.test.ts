import { describe, expect, it } from "vitest";
import { calendarDay } from "../calendar";
import { ledgerViolations, sumsAfter, type LedgerChange, type LedgerState } from "./invariants";

const TRIEU = 1_000_000n;
const state = (over: Partial<LedgerState> = {}): LedgerState => ({
  today: calendarDay(2027, 6, 30),
  contract: { number: "HĐ-01", status: "SIGNED", signedOn: calendarDay(2027, 3, 1), value: 200n * TRIEU },
  project: { code: "KCQG-2027-01", status: "IN_PROGRESS" },
  source: { code: "KCQG", project: "KCQG" },
  accepted: false,
  // Defaults that leave the schedule rules out of the older cases: full acceptance and progress.
  acceptedValue: 200n * TRIEU,
  counterpart: false,
  advanceCapBp: 7000,
  firstAdvanceBp: 7000,
  firstAdvanceAfterAcceptance: false,
  confirmedCompleted: 200n * TRIEU,
  closedYears: [],
  sums: {},
  ...over,
});
const change = (kind: LedgerChange["kind"], trieu: bigint, over: Partial<LedgerChange> = {}): LedgerChange => ({ kind, amount: trieu * TRIEU, reversal: false, occurredOn: calendarDay(2027, 5, 10), ...over });
const keys = (s: LedgerState, c: LedgerChange) => ledgerViolations(s, c).map((v) => v.key);

describe("ledger invariants", () => {
  it("accepts an advance within the cap on a signed contract", () => {
    expect(ledgerViolations(state(), change("ADVANCE", 140n))).toEqual([]);
  });
  it("refuses any entry before the contract is signed", () => {
    expect(keys(state({ contract: { number: "HĐ-01", status: "DRAFT", signedOn: null, value: 200n * TRIEU } }), change("ADVANCE", 10n))).toContain("errors.ledger.notSigned");
  });
  it("refuses advances beyond the cap, with the figures", () => {
    const [v] = ledgerViolations(state(), change("ADVANCE", 150n));
    expect(v?.key).toBe("errors.ledger.advanceCap");
    expect(v?.params).toMatchObject({ amount: "150 triệu đồng", rate: "70 %", cap: "140 triệu đồng", total: "150 triệu đồng" });
    expect(keys(state({ sums: { ADVANCE: 100n * TRIEU } }), change("ADVANCE", 41n))).toEqual(["errors.ledger.advanceCap"]);
    expect(keys(state({ sums: { ADVANCE: 100n * TRIEU } }), change("ADVANCE", 40n))).toEqual([]);
  });
  it("refuses a settlement or refund that makes the outstanding advance negative", () => {
    const s = state({ accepted: true, sums: { ADVANCE: 60n * TRIEU, SETTLEMENT: 50n * TRIEU } });
    expect(keys(s, change("SETTLEMENT", 11n))).toEqual(["errors.ledger.outstandingNegative"]);
    expect(keys(s, change("SETTLEMENT", 10n))).toEqual([]);
    expect(keys(s, change("REFUND", 11n))).toEqual(["errors.ledger.outstandingNegative"]);
  });
  it("refuses money out beyond the contract value", () => {
    const s = state({ accepted: true, sums: { ADVANCE: 140n * TRIEU, SETTLEMENT: 140n * TRIEU } });
    expect(keys(s, change("PAYMENT", 61n))).toEqual(["errors.ledger.overContract"]);
    expect(keys(s, change("PAYMENT", 60n))).toEqual([]);
  });
  it("refuses refunds beyond what was paid out", () => {
    const s = state({ accepted: true, sums: { ADVANCE: 50n * TRIEU, PAYMENT: 30n * TRIEU, SETTLEMENT: 50n * TRIEU } });
    expect(keys(s, change("REFUND", 81n))).toContain("errors.ledger.refundOverPaid");
    // Reversing the advance under an existing refund would leave the refund above what was paid.
    expect(keys(state({ sums: { ADVANCE: 50n * TRIEU, REFUND: 20n * TRIEU } }), change("ADVANCE", 50n, { reversal: true }))).toEqual(["errors.ledger.refundOverPaid", "errors.ledger.outstandingNegative"]);
  });
  it("refuses the balance payment before acceptance", () => {
    expect(keys(state(), change("PAYMENT", 10n))).toEqual(["errors.ledger.balanceBeforeAcceptance"]);
    expect(keys(state({ accepted: true }), change("PAYMENT", 10n))).toEqual([]);
  });
  it("refuses dates before the contract or after today (calendar days)", () => {
    expect(keys(state(), change("ADVANCE", 10n, { occurredOn: calendarDay(2027, 2, 28) }))).toEqual(["errors.ledger.beforeContract"]);
    expect(keys(state(), change("ADVANCE", 10n, { occurredOn: calendarDay(2027, 3, 1) }))).toEqual([]);
    expect(keys(state(), change("ADVANCE", 10n, { occurredOn: calendarDay(2027, 6, 30) }))).toEqual([]);
    expect(keys(state(), change("ADVANCE", 10n, { occurredOn: calendarDay(2027, 7, 1) }))).toEqual(["errors.ledger.inFuture"]);
  });
  it("refuses entries dated in a year closed by its Mẫu 10 reconciliation", () => {
    const s = state({ today: calendarDay(2028, 2, 1), closedYears: [2027] });
    expect(keys(s, change("REFUND", 1n, { occurredOn: calendarDay(2027, 12, 31) }))[0]).toBe("errors.ledger.closedYear");
    expect(keys(s, change("ADVANCE", 1n, { occurredOn: calendarDay(2028, 1, 15) }))).toEqual([]);
  });
  it("refuses money out on a stopped đề án but takes its refunds", () => {
    const s = state({ project: { code: "X", status: "STOPPED" }, sums: { ADVANCE: 60n * TRIEU } });
    expect(keys(s, change("ADVANCE", 1n))).toEqual(["errors.ledger.projectStopped"]);
    expect(keys(s, change("REFUND", 60n))).toEqual([]);
  });
  it("does not bound counterpart funds by the contract's support value", () => {
    expect(keys(state({ counterpart: true }), change("ADVANCE", 500n))).toEqual([]);
  });
  it("a reversal subtracts from its kind", () => {
    expect(sumsAfter({ ADVANCE: 100n }, { kind: "ADVANCE", amount: 40n, reversal: true, occurredOn: calendarDay(2027, 5, 1) })).toEqual({ ADVANCE: 60n });
    expect(keys(state({ sums: { ADVANCE: 60n * TRIEU, SETTLEMENT: 50n * TRIEU } }), change("ADVANCE", 60n, { reversal: true }))).toEqual(["errors.ledger.outstandingNegative"]);
  });
  it("bounds a task assignment and its support contracts together by the assignment's value", () => {
    const family = { number: "GNV-01", value: 300n * TRIEU, disbursed: 250n * TRIEU };
    const [v] = ledgerViolations(state({ family }), change("ADVANCE", 51n));
    expect(v?.key).toBe("errors.ledger.overFamily");
    expect(v?.params).toMatchObject({ assignment: "GNV-01", total: "301 triệu đồng", value: "300 triệu đồng", disbursed: "250 triệu đồng" });
    expect(keys(state({ family }), change("ADVANCE", 50n))).toEqual([]);
    // Settlements move no money, and counterpart funds are not the programme's.
    expect(keys(state({ accepted: true, family: { ...family, disbursed: 300n * TRIEU }, sums: { ADVANCE: 10n * TRIEU } }), change("SETTLEMENT", 10n))).toEqual([]);
    expect(keys(state({ family: { ...family, disbursed: 300n * TRIEU }, counterpart: true }), change("ADVANCE", 10n))).toEqual([]);
    // A family already over its value (legacy data) still takes a refund.
    expect(keys(state({ family: { ...family, disbursed: 320n * TRIEU }, sums: { ADVANCE: 20n * TRIEU } }), change("REFUND", 5n))).toEqual([]);
  });

  it("takes only the đề án's own source or counterpart funds on new entries", () => {
    const [v] = ledgerViolations(state({ source: { code: "KCDP", project: "KCQG" } }), change("ADVANCE", 140n));
    expect(v?.key).toBe("errors.ledger.wrongSource");
    expect(v?.params).toMatchObject({ amount: "140 triệu đồng" });
    expect(keys(state({ source: { code: "COUNTERPART", project: "KCQG" }, counterpart: true }), change("ADVANCE", 10n))).toEqual([]);
    // A wrong-source entry of old can still be reversed.
    expect(keys(state({ source: { code: "KCDP", project: "KCQG" }, sums: { ADVANCE: 10n * TRIEU } }), change("ADVANCE", 10n, { reversal: true }))).toEqual([]);
  });
  it("pays out only on a signed contract of an open đề án; refunds in any status", () => {
    const signed = { number: "HĐ-01", status: "SIGNED" as const, signedOn: calendarDay(2027, 3, 1), value: 200n * TRIEU };
    for (const status of ["SETTLED", "LIQUIDATED"] as const) {
      const s = state({ accepted: true, project: { code: "X", status }, sums: { ADVANCE: 60n * TRIEU } });
      expect(keys(s, change("PAYMENT", 10n))).toEqual(["errors.ledger.moneyOutClosed"]);
      expect(keys(s, change("ADVANCE", 10n))).toEqual(["errors.ledger.moneyOutClosed"]);
      expect(keys(s, change("REFUND", 10n))).toEqual([]);
    }
    for (const status of ["LIQUIDATED", "TERMINATED"] as const) {
      expect(keys(state({ contract: { ...signed, status } }), change("ADVANCE", 10n))).toEqual(["errors.ledger.moneyOutClosed"]);
    }
    for (const status of ["CONTRACTED", "CARRIED_OVER", "ACCEPTED"] as const) expect(keys(state({ project: { code: "X", status } }), change("ADVANCE", 10n))).toEqual([]);
    // Settlement up to SETTLED, not after liquidation.
    const settled = { accepted: true, sums: { ADVANCE: 60n * TRIEU } };
    expect(keys(state({ ...settled, project: { code: "X", status: "SETTLED" } }), change("SETTLEMENT", 10n))).toEqual([]);
    expect(keys(state({ ...settled, project: { code: "X", status: "LIQUIDATED" } }), change("SETTLEMENT", 10n))).toEqual(["errors.ledger.settlementClosed"]);
  });
  it("bounds the balance payment by the accepted value", () => {
    const s = state({ accepted: true, acceptedValue: 120n * TRIEU, sums: { ADVANCE: 60n * TRIEU, SETTLEMENT: 60n * TRIEU } });
    const [v] = ledgerViolations(s, change("PAYMENT", 61n));
    expect(v?.key).toBe("errors.ledger.paymentOverAccepted");
    expect(v?.params).toMatchObject({ total: "121 triệu đồng", accepted: "120 triệu đồng", disbursed: "60 triệu đồng" });
    expect(keys(s, change("PAYMENT", 60n))).toEqual([]);
  });
  it("settles only after acceptance and within the accepted value", () => {
    const s = state({ sums: { ADVANCE: 60n * TRIEU } });
    expect(keys(s, change("SETTLEMENT", 10n))).toEqual(["errors.ledger.settlementBeforeAcceptance"]);
    const partial = state({ accepted: true, acceptedValue: 40n * TRIEU, sums: { ADVANCE: 60n * TRIEU, SETTLEMENT: 30n * TRIEU } });
    expect(keys(partial, change("SETTLEMENT", 11n))).toEqual(["errors.ledger.settlementOverAccepted"]);
    expect(keys(partial, change("SETTLEMENT", 10n))).toEqual([]);
  });
  it("holds the first advance to the rule's first share, and to acceptance when the rule says so", () => {
    const s = state({ firstAdvanceBp: 3000 });
    const [v] = ledgerViolations(s, change("ADVANCE", 61n));
    expect(v?.key).toBe("errors.ledger.firstAdvanceShare");
    expect(v?.params).toMatchObject({ rate: "30 %", limit: "60 triệu đồng" });
    expect(keys(s, change("ADVANCE", 60n))).toEqual([]);
    const after = state({ firstAdvanceAfterAcceptance: true, firstAdvanceBp: 10_000, advanceCapBp: 10_000 });
    expect(keys(after, change("ADVANCE", 10n))).toEqual(["errors.ledger.advanceBeforeAcceptance"]);
    expect(keys({ ...after, accepted: true }, change("ADVANCE", 10n))).toEqual([]);
    expect(keys(state({ counterpart: true, source: { code: "COUNTERPART", project: "KCQG" }, firstAdvanceBp: 3000, firstAdvanceAfterAcceptance: true }), change("ADVANCE", 150n))).toEqual([]);
  });
  it("gives a further advance only against SCT-confirmed progress", () => {
    const base = { firstAdvanceBp: 3000, sums: { ADVANCE: 60n * TRIEU } };
    expect(keys(state({ ...base, confirmedCompleted: null }), change("ADVANCE", 10n))).toEqual(["errors.ledger.advanceNeedsProgress"]);
    const s = state({ ...base, confirmedCompleted: 100n * TRIEU });
    const [v] = ledgerViolations(s, change("ADVANCE", 41n));
    expect(v?.key).toBe("errors.ledger.advanceOverProgress");
    expect(v?.params).toMatchObject({ total: "101 triệu đồng", limit: "100 triệu đồng", completed: "100 triệu đồng", first: "60 triệu đồng" });
    expect(keys(s, change("ADVANCE", 40n))).toEqual([]);
    // Below the first share the first share is the limit; above the cap the cap's message.
    expect(keys(state({ ...base, confirmedCompleted: 10n * TRIEU }), change("ADVANCE", 1n))).toEqual(["errors.ledger.advanceOverProgress"]);
    expect(keys(state({ ...base, confirmedCompleted: 200n * TRIEU }), change("ADVANCE", 81n))).toEqual(["errors.ledger.advanceCap"]);
  });
  it("carries over only on a signed contract and within what is left of it", () => {
    const s = state({ accepted: true, sums: { ADVANCE: 100n * TRIEU, PAYMENT: 50n * TRIEU, CARRY_OVER: 20n * TRIEU } });
    const [v] = ledgerViolations(s, change("CARRY_OVER", 31n));
    expect(v?.key).toBe("errors.ledger.carryOverTooMuch");
    expect(v?.params).toMatchObject({ remaining: "30 triệu đồng", disbursed: "150 triệu đồng", carried: "20 triệu đồng" });
    expect(keys(s, change("CARRY_OVER", 30n))).toEqual([]);
    expect(keys(state({ contract: { number: "HĐ-01", status: "TERMINATED", signedOn: calendarDay(2027, 3, 1), value: 200n * TRIEU } }), change("CARRY_OVER", 1n))).toEqual(["errors.ledger.carryOverNotSigned"]);
  });
  it("refuses support-contract entries in a year closed on its task assignment", () => {
    const s = state({ today: calendarDay(2028, 2, 1), parentClosed: { number: "GNV-01", years: [2027] } });
    const [v] = ledgerViolations(s, change("REFUND", 1n, { occurredOn: calendarDay(2027, 12, 31) }));
    expect(v).toMatchObject({ key: "errors.ledger.closedYearParent", params: { year: "2027", assignment: "GNV-01" } });
    expect(keys(s, change("ADVANCE", 1n, { occurredOn: calendarDay(2028, 1, 15) }))).toEqual([]);
  });
});
