import { describe, expect, it } from "vitest";
import { completenessIssues, type CompletenessInput } from "./checks";

const complete: CompletenessInput = {
  kind: "STANDARD", provinceId: "p1", multiProvince: false, supportAmount: 50_000_000n,
  objectives: "Mục tiêu", needAndBasis: "Cần", locationText: "Xã", scale: "1 máy", arrangements: "Trung tâm chủ trì", expectedEffects: "Tăng năng suất",
  contentCount: 1, beneficiaries: [{}], dossierFiles: 1,
  workItems: [{ seq: 1, startDate: new Date("2027-03-01"), endDate: new Date("2027-04-01") }],
  budgetLines: [{ lineNo: 1, supportNorm: { code: "03.2" }, normJustification: "" }, { lineNo: 2, supportNorm: null, normJustification: "Theo báo giá" }],
};
const paths = (p: CompletenessInput) => completenessIssues(p).map((i) => i.path);

describe("completenessIssues (TT 36/2013 Điều 5)", () => {
  it("finds nothing missing in a complete đề án", () => {
    expect(completenessIssues(complete)).toEqual([]);
  });

  it("lists every missing part at once, each on its field", () => {
    const empty = { ...complete, objectives: " ", needAndBasis: "", scale: "", arrangements: "", expectedEffects: "", workItems: [], budgetLines: [], supportAmount: 0n, dossierFiles: 0 };
    expect(paths(empty)).toEqual(["needAndBasis", "objectives", "scale", "arrangements", "expectedEffects", "workItems", "budgetLines", "attachments"]);
  });

  it("requires a written basis only on lines without a norm", () => {
    const lines = [{ lineNo: 1, supportNorm: { code: "03.2" }, normJustification: "" }, { lineNo: 2, supportNorm: null, normJustification: "  " }];
    expect(paths({ ...complete, budgetLines: lines })).toEqual(["budgetLines.1.normJustification"]);
  });

  it("refuses a work item that ends before it starts, on that row's end date", () => {
    const items = [complete.workItems[0]!, { seq: 2, startDate: new Date("2027-05-01"), endDate: new Date("2027-04-30") }];
    const issues = completenessIssues({ ...complete, workItems: items });
    expect(issues.map((i) => i.path)).toEqual(["workItems.1.endDate"]);
    expect(issues[0]!.message).toBe("Công việc 2: Ngày kết thúc không được trước ngày bắt đầu.");
  });

  it("writes line numbers in vi-VN format", () => {
    const issues = completenessIssues({ ...complete, budgetLines: [{ lineNo: 1200, supportNorm: null, normJustification: "" }] });
    expect(issues[0]!.message).toMatch(/^Dòng 1\.200:/);
  });
});
