import { describe, expect, it } from "vitest";
import { groupByDay, groupNotices } from "./group";

const n = (id: string, iso: string, read = false) => ({ id, createdAt: new Date(iso), readAt: read ? new Date(iso) : null });

describe("notice grouping", () => {
  it("groups by the day in Hà Nội, newest first", () => {
    // 17:30 UTC on 1 March is 00:30 on 2 March in Vietnam.
    const groups = groupByDay([n("a", "2026-03-01T10:00:00Z"), n("b", "2026-03-01T17:30:00Z"), n("c", "2026-03-02T02:00:00Z")]);
    expect(groups.map((g) => [g.day, g.notices.map((x) => x.id)])).toEqual([["02/03/2026", ["c", "b"]], ["01/03/2026", ["a"]]]);
  });

  it("puts unread notices before read ones", () => {
    const grouped = groupNotices([n("a", "2026-03-01T01:00:00Z", true), n("b", "2026-02-01T01:00:00Z")]);
    expect(grouped.unread.map((g) => g.notices.map((x) => x.id))).toEqual([["b"]]);
    expect(grouped.read.map((g) => g.day)).toEqual(["01/03/2026"]);
  });
});
