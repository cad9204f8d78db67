import { describe, expect, it } from "vitest";
import { rankByPriority, type PriorityCandidate } from "./priority";

const base = (code: string, over: Partial<PriorityCandidate> = {}): PriorityCandidate => ({ id: code, code, kind: "STANDARD", priorityLine: false, implementerExperience: 0, supportAmount: 100_000_000n, ...over });

describe("rankByPriority (TT 36/2013 Điều 7)", () => {
  it("puts đề án điểm first, then priority areas, then experience, then support", () => {
    const ranked = rankByPriority([
      base("E", { supportAmount: 900_000_000n }),
      base("D", { implementerExperience: 3 }),
      base("C", { priorityLine: true }),
      base("B", { kind: "FLAGSHIP", supportAmount: 1n }),
      base("A", { priorityLine: true, implementerExperience: 5 }),
    ]);
    expect(ranked.map((r) => r.code)).toEqual(["B", "A", "C", "D", "E"]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives the reasons in the order of the article", () => {
    const [first] = rankByPriority([base("A", { kind: "FLAGSHIP", priorityLine: true, implementerExperience: 2 })]);
    expect(first!.reasons).toEqual(["FLAGSHIP", "PRIORITY_AREA", "EXPERIENCE", "SUPPORT"]);
    expect(rankByPriority([base("Z")])[0]!.reasons).toEqual(["SUPPORT"]);
  });

  it("prefers more experience, then the larger request, then the code", () => {
    const ranked = rankByPriority([base("B"), base("A"), base("C", { supportAmount: 200_000_000n }), base("D", { implementerExperience: 1, supportAmount: 1n })]);
    expect(ranked.map((r) => r.code)).toEqual(["D", "C", "A", "B"]);
  });

  it("does not mutate its input and handles an empty list", () => {
    const input = [base("B"), base("A")];
    rankByPriority(input);
    expect(input.map((c) => c.code)).toEqual(["B", "A"]);
    expect(rankByPriority([])).toEqual([]);
  });
});
