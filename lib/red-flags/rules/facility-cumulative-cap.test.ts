import { describe, expect, it } from "vitest";
import { calendarDay } from "../../calendar";
import { renderMessage } from "../../i18n/messages";
import { facilityCumulativeCap, type SupportLineFact } from "./facility-cumulative-cap";

const norm = { code: "MMTB", capAmount: 300_000_000n, priorityMultiplierBp: 15000, cumulativePerFacility: true, validFrom: calendarDay(2018, 1, 1), legalBasis: "TT 28/2018 Điều 8" };
const line = (projectId: string, amount: bigint, over: Partial<SupportLineFact> = {}): SupportLineFact => ({
  supportAmount: amount, priority: false, project: { id: projectId, code: projectId.toUpperCase(), planYear: 2022, provinceId: "prov" },
  facility: { id: "f1", taxCode: "0101", name: "Cơ sở A", provinceId: "prov" }, norm, ...over,
});

describe("facility beyond its cumulative cap", () => {
  it("adds support to one facility under one norm across đề án and flags the excess", () => {
    const flags = facilityCumulativeCap([line("p1", 200_000_000n), line("p2", 150_000_000n)]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subjectKey: "Facility:f1:MMTB", provinceId: "prov", amount: 50_000_000n });
    expect(flags[0]!.links.map((l) => l.href)).toEqual(["/co-so?q=0101", "/de-an/p1", "/de-an/p2"]);
    expect(renderMessage("vi", flags[0]!.detail.key, flags[0]!.detail.params)).toContain("là 350 triệu đồng qua 2 đề án, vượt mức cộng dồn (300 triệu đồng; TT 28/2018 Điều 8) 50 triệu đồng");
  });
  it("does not flag within the cap, other facilities separately, or norms that are not cumulative", () => {
    expect(facilityCumulativeCap([line("p1", 200_000_000n), line("p2", 100_000_000n)])).toEqual([]);
    expect(facilityCumulativeCap([line("p1", 200_000_000n), line("p2", 150_000_000n, { facility: { id: "f2", taxCode: "0102", name: "B", provinceId: "prov" } })])).toEqual([]);
    expect(facilityCumulativeCap([line("p1", 400_000_000n, { norm: { ...norm, cumulativePerFacility: false } })])).toEqual([]);
  });
  it("applies the priority multiplier of the latest line", () => {
    expect(facilityCumulativeCap([line("p1", 200_000_000n), line("p2", 150_000_000n, { priority: true, project: { id: "p2", code: "P2", planYear: 2023, provinceId: "prov" } })])).toEqual([]);
  });
});
