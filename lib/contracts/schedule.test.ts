import { describe, expect, it } from "vitest";
import { strictestAdvanceRule } from "../disbursements/advance-rules";
import { paymentSchedule, scheduleJson, shareOf, type ScheduleRule } from "./schedule";

const TRIEU = 1_000_000n;
const rule = (over: Partial<ScheduleRule> = {}): ScheduleRule => ({
  id: "rule-1",
  firstAdvanceBp: 7000,
  firstAdvanceAfterAcceptance: false,
  advanceCapBp: 7000,
  requiredDocuments: ["Hợp đồng thực hiện đề án", "Kế hoạch thực hiện"],
  balanceDocuments: ["Biên bản nghiệm thu cơ sở"],
  ...over,
});
const total = (items: { amount: bigint }[]) => items.reduce((a, i) => a + i.amount, 0n);

describe("payment schedule from the advance rule", () => {
  it("70 %: one advance with the rule's documents, then the balance after acceptance", () => {
    const items = paymentSchedule(200n * TRIEU, rule());
    expect(items.map((i) => [i.seq, i.kind, i.shareBp, i.amount, i.afterAcceptance])).toEqual([
      [1, "ADVANCE", 7000, 140n * TRIEU, false],
      [2, "PAYMENT", 3000, 60n * TRIEU, true],
    ]);
    expect(items[0]?.documents).toEqual(["Hợp đồng thực hiện đề án", "Kế hoạch thực hiện"]);
    expect(items[1]?.documents).toEqual(["Biên bản nghiệm thu cơ sở"]);
    expect(items.every((i) => i.advanceRuleId === "rule-1")).toBe(true);
  });

  it("30 %: the first advance, further advances up to the 70 % cap, then the balance", () => {
    const items = paymentSchedule(1_000n * TRIEU, rule({ firstAdvanceBp: 3000 }));
    expect(items.map((i) => [i.kind, i.shareBp, i.amount, i.afterAcceptance])).toEqual([
      ["ADVANCE", 3000, 300n * TRIEU, false],
      ["ADVANCE", 4000, 400n * TRIEU, false],
      ["PAYMENT", 3000, 300n * TRIEU, true],
    ]);
    expect(items[1]?.documents).toEqual([]);
  });

  it("100 % after acceptance: the advance waits for acceptance and stays within the 70 % cap", () => {
    const items = paymentSchedule(100n * TRIEU, rule({ firstAdvanceBp: 10_000, firstAdvanceAfterAcceptance: true }));
    expect(items.map((i) => [i.kind, i.shareBp, i.amount, i.afterAcceptance])).toEqual([
      ["ADVANCE", 7000, 70n * TRIEU, true],
      ["PAYMENT", 3000, 30n * TRIEU, true],
    ]);
  });

  it("total advances never pass the cap, whatever the first share", () => {
    for (const firstAdvanceBp of [0, 1000, 3000, 5000, 7000, 9000, 10_000]) {
      const items = paymentSchedule(123_456_789n, rule({ firstAdvanceBp }));
      const advanced = total(items.filter((i) => i.kind === "ADVANCE"));
      expect(advanced).toBeLessThanOrEqual(shareOf(123_456_789n, 7000));
      expect(total(items)).toBe(123_456_789n);
    }
  });

  it("a cap of 100 % with a 100 % first advance leaves no balance item", () => {
    const items = paymentSchedule(50n * TRIEU, rule({ firstAdvanceBp: 10_000, advanceCapBp: 10_000 }));
    expect(items.map((i) => [i.kind, i.amount])).toEqual([["ADVANCE", 50n * TRIEU]]);
  });

  it("rounds each advance down to the đồng and puts the remainder on the balance", () => {
    const items = paymentSchedule(1_000_000_001n, rule({ firstAdvanceBp: 3000 }));
    expect(items.map((i) => i.amount)).toEqual([300_000_000n, 400_000_000n, 300_000_001n]);
    expect(total(items)).toBe(1_000_000_001n);
    const tiny = paymentSchedule(3n, rule());
    expect(tiny.map((i) => i.amount)).toEqual([2n, 1n]);
  });

  it("keeps amounts as text in the version's JSON", () => {
    expect(scheduleJson(paymentSchedule(10n, rule()))).toEqual([
      { seq: 1, kind: "ADVANCE", shareBp: 7000, amount: "7", condition: expect.any(String), documents: ["Hợp đồng thực hiện đề án", "Kế hoạch thực hiện"], afterAcceptance: false },
      { seq: 2, kind: "PAYMENT", shareBp: 3000, amount: "3", condition: expect.any(String), documents: ["Biên bản nghiệm thu cơ sở"], afterAcceptance: true },
    ]);
  });

  it("no value, no schedule", () => {
    expect(paymentSchedule(0n, rule())).toEqual([]);
  });
});

describe("which advance rule applies", () => {
  const general = { code: "MAC_DINH", contentCode: null, advanceCapBp: 7000, firstAdvanceAfterAcceptance: false, firstAdvanceBp: 7000 };
  const training = { code: "DAO_TAO", contentCode: "01", advanceCapBp: 7000, firstAdvanceAfterAcceptance: false, firstAdvanceBp: 7000 };
  const ccn = { code: "HA_TANG", contentCode: "07.2", advanceCapBp: 7000, firstAdvanceAfterAcceptance: false, firstAdvanceBp: 3000 };
  const enterprise = { code: "KHOI_SU", contentCode: "02.2", advanceCapBp: 7000, firstAdvanceAfterAcceptance: true, firstAdvanceBp: 10_000 };
  const all = [general, training, ccn, enterprise];

  it("the content's own rule is more specific than the general one", () => {
    expect(strictestAdvanceRule(all, ["01"])?.code).toBe("DAO_TAO");
    expect(strictestAdvanceRule(all, ["99"])?.code).toBe("MAC_DINH");
  });

  it("with several contents the strictest wins: waiting for acceptance, then the lowest share", () => {
    expect(strictestAdvanceRule(all, ["01", "07.2"])?.code).toBe("HA_TANG");
    expect(strictestAdvanceRule(all, ["01", "07.2", "02.2"])?.code).toBe("KHOI_SU");
    expect(strictestAdvanceRule([...all, { ...training, code: "LOW_CAP", contentCode: "05", advanceCapBp: 5000 }], ["05", "02.2"])?.code).toBe("LOW_CAP");
  });

  it("no rule in force: null", () => {
    expect(strictestAdvanceRule([training], ["99"])).toBeNull();
  });
});
