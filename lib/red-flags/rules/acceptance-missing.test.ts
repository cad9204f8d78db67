import { describe, expect, it } from "vitest";
import { calendarDay } from "../../calendar";
import { acceptanceMissing, type ProjectAcceptanceFact } from "./acceptance-missing";

const project = (over: Partial<ProjectAcceptanceFact> = {}): ProjectAcceptanceFact => ({ id: "p1", code: "KCQG-1", title: "", status: "IN_PROGRESS", endYear: 2024, provinceId: "prov", acceptances: 0, supportAmount: 1n, ...over });

describe("acceptance missing while the year ends", () => {
  it("flags an open đề án of the year without acceptance when fewer than N days are left", () => {
    const flags = acceptanceMissing([project()], 2024, calendarDay(2024, 12, 10), 30);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subjectKey: "Project:p1:2024", detail: { key: "redFlags.detail.acceptanceMissing", params: { days: 21 } } });
  });
  it("keeps flagging after the year's end", () => {
    const flags = acceptanceMissing([project()], 2024, calendarDay(2025, 1, 5), 30);
    expect(flags[0]!.detail).toMatchObject({ key: "redFlags.detail.acceptanceMissingAfterYear", params: { days: 5 } });
  });
  it("does not flag with N days or more left, an accepted or stopped đề án, or one ending later", () => {
    expect(acceptanceMissing([project()], 2024, calendarDay(2024, 12, 1), 30)).toEqual([]);
    expect(acceptanceMissing([project({ acceptances: 1 }), project({ status: "ACCEPTED" }), project({ status: "STOPPED" }), project({ endYear: 2025 })], 2024, calendarDay(2024, 12, 20), 30)).toEqual([]);
  });
  it("takes N as a parameter", () => {
    expect(acceptanceMissing([project()], 2024, calendarDay(2024, 11, 1), 90)).toHaveLength(1);
  });
});
