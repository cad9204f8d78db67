import { describe, expect, it } from "vitest";
import { calendarDay } from "../../calendar";
import { renderMessage } from "../../i18n/messages";
import { advanceAboveCap, type AdvanceRuleFact, type ContractAdvanceFact } from "./advance-above-cap";

const general: AdvanceRuleFact = { code: "TU-CHUNG", contentCode: null, firstAdvanceBp: 3000, firstAdvanceAfterAcceptance: false, advanceCapBp: 7000, legalBasis: "TT 36/2013 Điều 13", validFrom: calendarDay(2013, 1, 1), validTo: null };
const machines: AdvanceRuleFact = { ...general, code: "TU-MMTB", contentCode: "2", advanceCapBp: 5000, validFrom: calendarDay(2020, 1, 1) };
const contract = (over: Partial<ContractAdvanceFact> = {}): ContractAdvanceFact => ({
  id: "c1", number: "HĐ-1", value: 100_000_000n, signedOn: calendarDay(2024, 2, 1), advanced: 70_000_000n,
  project: { id: "p1", code: "KCQG-1", provinceId: "prov", contentCodes: ["1"] }, ...over,
});

describe("advances above the cap", () => {
  it("flags advances above the general rule's cap, by the excess", () => {
    const flags = advanceAboveCap([contract({ advanced: 70_000_001n })], [general, machines]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subjectKey: "Contract:c1", amount: 1n });
    expect(flags[0]!.links.map((l) => l.kind)).toEqual(["project", "ledger"]);
    const big = advanceAboveCap([contract({ advanced: 80_000_000n })], [general])[0]!;
    expect(renderMessage("vi", big.detail.key, big.detail.params)).toContain("vượt mức tối đa (70 triệu đồng = 70 % của giá trị 100 triệu đồng; TT 36/2013 Điều 13) 10 triệu đồng");
  });
  it("uses the content's own rule, in force at signature", () => {
    const own = contract({ advanced: 60_000_000n, project: { id: "p1", code: "KCQG-1", provinceId: "prov", contentCodes: ["2"] } });
    expect(advanceAboveCap([own], [general, machines])).toHaveLength(1);
    // Signed before the content's own rule existed: the general rule (70 %) applies.
    expect(advanceAboveCap([{ ...own, signedOn: calendarDay(2019, 6, 1) }], [general, machines])).toEqual([]);
  });
  it("does not flag at the cap, unsigned contracts or when no rule is in force", () => {
    expect(advanceAboveCap([contract()], [general])).toEqual([]);
    expect(advanceAboveCap([contract({ advanced: 90_000_000n, signedOn: null })], [general])).toEqual([]);
    expect(advanceAboveCap([contract({ advanced: 90_000_000n })], [])).toEqual([]);
  });
});
