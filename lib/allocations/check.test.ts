import { describe, expect, it } from "vitest";
import { renderRef } from "../i18n/messages";
import { allocationWarnings, confirmedNote } from "./check";

const T = 1_000_000n;
const base = { year: 2022, sourceCode: "KCQG", receiverName: "Trung tâm X", allocatedBefore: { total: 0n, unit: 0n } };

describe("allocation warnings", () => {
  it("accepts an allocation that fits the unit and the total exactly", () => {
    expect(allocationWarnings({ ...base, amount: 600n * T, plan: { total: 1000n * T, unitPlanned: 600n * T, unitItemCount: 2 } })).toEqual([]);
  });

  it("explains a unit and a total beyond the plan", () => {
    const w = allocationWarnings({ ...base, amount: 1n * T, allocatedBefore: { total: 1000n * T, unit: 600n * T }, plan: { total: 1000n * T, unitPlanned: 600n * T, unitItemCount: 1 } });
    expect(w.map((x) => x.code)).toEqual(["UNIT_OVER_PLAN", "TOTAL_OVER_PLAN"]);
    expect(w[0]!.message).toBe("Sau lần giao này, dự toán giao cho Trung tâm X là 601 triệu đồng, vượt kế hoạch KCQG năm 2022 của đơn vị (600 triệu đồng) 1 triệu đồng.");
  });

  it("names a unit with nothing planned, and a missing plan", () => {
    expect(allocationWarnings({ ...base, amount: T, plan: { total: 10n * T, unitPlanned: 0n, unitItemCount: 0 } })[0]!.message).toMatch(/^Đơn vị Trung tâm X không có đề án hay nhiệm vụ nào trong kế hoạch KCQG năm 2022/);
    expect(allocationWarnings({ ...base, sourceCode: "KCDP", amount: T, plan: null })[0]!.message).toContain("kế hoạch KCĐP năm 2022");
  });

  it("carries a catalogue message the edge renders in the user's locale", () => {
    const [w] = allocationWarnings({ ...base, amount: 1n * T, allocatedBefore: { total: 0n, unit: 600n * T }, plan: { total: 1000n * T, unitPlanned: 600n * T, unitItemCount: 1 } });
    expect(renderRef("vi", w!.ref)).toBe(w!.message);
    expect(renderRef("en", w!.ref)).toBe("After this allocation, the budget allocated to Trung tâm X is VND 601 million, exceeding its KCQG plan for 2022 (VND 600 million) by VND 1 million.");
  });

  it("keeps the user's note and appends the confirmation", () => {
    expect(confirmedNote("", "lý do", [{ code: "NO_PLAN", message: "M." }])).toBe("[Đã xác nhận giao vượt/ngoài kế hoạch] Lý do: lý do. Cảnh báo: M.");
  });
});
