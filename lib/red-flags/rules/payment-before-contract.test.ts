import { describe, expect, it } from "vitest";
import { calendarDay } from "../../calendar";
import { paymentBeforeContract, type LedgerEntryFact } from "./payment-before-contract";

const entry = (over: Partial<LedgerEntryFact> = {}, contract: Partial<LedgerEntryFact["contract"]> = {}): LedgerEntryFact => ({
  id: "e1", kind: "ADVANCE", amount: 5_000_000n, occurredOn: calendarDay(2024, 3, 10), voucherRef: "PC-1", reversal: false, reversed: false,
  project: { id: "p1", code: "KCQG-1", provinceId: "prov" },
  contract: { id: "c1", number: "HĐ-1", signedOn: calendarDay(2024, 3, 1), status: "SIGNED", ...contract },
  ...over,
});

describe("payment before the contract", () => {
  it("flags an advance dated before signature, with links to the đề án and the ledger", () => {
    const [flag, ...rest] = paymentBeforeContract([entry({ occurredOn: calendarDay(2024, 2, 28) })]);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ rule: "payment-before-contract", subjectKey: "LedgerEntry:e1", provinceId: "prov", amount: 5_000_000n });
    expect(flag!.detail.key).toBe("redFlags.detail.paymentBeforeSigning");
    expect(flag!.links.map((l) => l.href)).toEqual(["/de-an/p1", "/hop-dong/c1/so-cai"]);
  });
  it("flags a payment on an unsigned contract", () => {
    const flags = paymentBeforeContract([entry({ kind: "PAYMENT" }, { signedOn: null, status: "DRAFT" })]);
    expect(flags.map((f) => f.detail.key)).toEqual(["redFlags.detail.paymentUnsigned"]);
  });
  it("does not flag payments on or after signature, settlements, refunds, or reversed entries", () => {
    expect(paymentBeforeContract([
      entry({ occurredOn: calendarDay(2024, 3, 1) }),
      entry({ id: "e2" }),
      entry({ id: "e3", kind: "SETTLEMENT", occurredOn: calendarDay(2024, 1, 1) }),
      entry({ id: "e4", kind: "REFUND", occurredOn: calendarDay(2024, 1, 1) }),
      entry({ id: "e5", reversed: true, occurredOn: calendarDay(2024, 1, 1) }),
      entry({ id: "e6", reversal: true, occurredOn: calendarDay(2024, 1, 1) }),
    ])).toEqual([]);
  });
});
