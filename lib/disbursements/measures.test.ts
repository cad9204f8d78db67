import { describe, expect, it } from "vitest";
import { executedOf, measuresOf, netOfReversals, sumsByKind } from "./measures";

describe("ledger measures", () => {
  it("disbursed is advanced + paid − refunded; settlement and carry-over move no money", () => {
    const m = measuresOf({ ADVANCE: 300n, PAYMENT: 700n, REFUND: 50n, SETTLEMENT: 950n, CARRY_OVER: 20n });
    expect(m).toEqual({ advanced: 300n, paid: 700n, settled: 950n, refunded: 50n, carriedOver: 20n, disbursed: 950n, outstandingAdvance: -700n });
  });
  it("treats missing kinds as zero, and a stopped đề án refunded in full as nothing disbursed", () => {
    expect(measuresOf({})).toEqual({ advanced: 0n, paid: 0n, settled: 0n, refunded: 0n, carriedOver: 0n, disbursed: 0n, outstandingAdvance: 0n });
    expect(measuresOf({ ADVANCE: 90_000_000n, REFUND: 90_000_000n }).disbursed).toBe(0n);
  });
  it("sums groupBy rows by kind, including null sums and repeated kinds", () => {
    expect(sumsByKind([{ kind: "ADVANCE", _sum: { amount: 5n } }, { kind: "ADVANCE", _sum: { amount: 7n } }, { kind: "REFUND", _sum: { amount: null } }])).toEqual({ ADVANCE: 12n, REFUND: 0n });
  });
});

describe("executed (thực hiện) by funding source", () => {
  const ledger = measuresOf({ ADVANCE: 100n, PAYMENT: 200n, REFUND: 10n });
  it("KCQG is the disbursed measure", () => {
    expect(executedOf("KCQG", { ledger })).toBe(290n);
    expect(executedOf("KCQG", { ledger, reported: 999n })).toBe(290n);
  });
  it("KCĐP is the province's aggregate report where there is one, else the ledger", () => {
    expect(executedOf("KCDP", { ledger, reported: 80_100n })).toBe(80_100n);
    expect(executedOf("KCDP", { ledger, reported: null })).toBe(290n);
  });
  it("counterpart and other funds are not khuyến công execution", () => {
    expect(executedOf("COUNTERPART", { ledger })).toBeNull();
    expect(executedOf("OTHER", { ledger })).toBeNull();
  });
});

describe("reversals", () => {
  it("a reversing entry takes its amount off its kind", () => {
    expect(netOfReversals({ ADVANCE: 300n, PAYMENT: 50n }, { ADVANCE: 100n })).toEqual({ ADVANCE: 200n, PAYMENT: 50n });
    expect(measuresOf(netOfReversals({ ADVANCE: 300n }, { ADVANCE: 300n })).disbursed).toBe(0n);
  });
  it("no reversals leaves the sums as they are", () => {
    expect(netOfReversals({ REFUND: 7n }, {})).toEqual({ REFUND: 7n });
  });
});
