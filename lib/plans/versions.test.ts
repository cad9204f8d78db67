import { describe, expect, it } from "vitest";
import { applyChange, diffItems, groupTotals, type ItemLine } from "./versions";

const line = (projectId: string | null, amount: bigint, extra: Partial<ItemLine> = {}): ItemLine => ({ projectId, taskTitle: projectId ? null : "Nhiệm vụ", implementerId: "org", provinceId: "p", amount, ...extra });

describe("diffItems", () => {
  it("lists added, removed and changed lines with totals", () => {
    const before = [line("a", 100n), line("b", 200n), line(null, 50n)];
    const after = [line("a", 150n), line(null, 50n), line("c", 70n)];
    const diff = diffItems(before, after);
    expect(diff.added.map((i) => i.projectId)).toEqual(["c"]);
    expect(diff.removed.map((i) => i.projectId)).toEqual(["b"]);
    expect(diff.changed).toEqual([{ before: before[0], after: after[0], delta: 50n }]);
    expect([diff.totalBefore, diff.totalAfter]).toEqual([350n, 270n]);
  });
  it("finds nothing between equal versions", () => {
    const items = [line("a", 1n)];
    expect(diffItems(items, items.map((i) => ({ ...i })))).toMatchObject({ added: [], removed: [], changed: [] });
  });
});

describe("applyChange", () => {
  const items = [line("a", 100n), line("b", 200n)];
  it("removes a stopped đề án and adds a new one", () => {
    expect(applyChange(items, { kind: "STOP_PROJECT", projectId: "a", amountAfter: null }).map((i) => i.projectId)).toEqual(["b"]);
    expect(applyChange(items, { kind: "ADD_PROJECT", projectId: "c", amountAfter: 5n, added: line("c", 5n) }).map((i) => i.projectId)).toEqual(["a", "b", "c"]);
  });
  it("replaces the amount, or copies unchanged, without touching the input", () => {
    expect(applyChange(items, { kind: "INCREASE_SUPPORT", projectId: "b", amountAfter: 250n })[1]!.amount).toBe(250n);
    expect(applyChange(items, { kind: "CHANGE_TIMING", projectId: "b", amountAfter: null })).toEqual(items);
    expect(items[1]!.amount).toBe(200n);
  });
});

describe("groupTotals", () => {
  it("sums and sorts largest first", () => {
    const groups = groupTotals([line("a", 1n, { provinceId: "x" }), line("b", 5n, { provinceId: "y" }), line("c", 2n, { provinceId: "x" })], (i) => ({ key: i.provinceId!, label: i.provinceId! }));
    expect(groups.map((g) => [g.key, g.amount, g.count])).toEqual([["y", 5n, 1], ["x", 3n, 2]]);
  });
});
