import { describe, expect, it } from "vitest";
import { CRITERIA } from "./criteria";
import { sheetErrors } from "./sheet-rules";

const rows = (assessment: string) => CRITERIA.map((criterion) => ({ criterion, assessment }));
const base = { outcome: "APPROVE", criteria: rows("MET"), conclusion: "Đạt yêu cầu", failedCriterionReason: "", missingDossier: [] as const };

describe("appraisal sheet rules", () => {
  it("accepts a complete sheet", () => {
    expect(sheetErrors(base)).toEqual({});
  });

  it("reports every unassessed criterion, the outcome and the conclusion at once", () => {
    const errors = sheetErrors({ ...base, outcome: "", criteria: rows(""), conclusion: "" });
    expect(Object.keys(errors).sort()).toEqual(["criteria.0.assessment", "criteria.1.assessment", "criteria.2.assessment", "criteria.3.assessment", "criteria.4.assessment", "outcome"]);
    expect(sheetErrors({ ...base, conclusion: " " }).conclusion?.key).toBe("conclusionRequired");
  });

  it("needs a reason to approve with a failed criterion, not to reject", () => {
    const failed = rows("MET").map((c, i) => (i === 1 ? { ...c, assessment: "NOT_MET" } : c));
    expect(sheetErrors({ ...base, criteria: failed }).failedCriterionReason?.key).toBe("failedReasonRequired");
    expect(sheetErrors({ ...base, outcome: "APPROVE_REDUCED", criteria: failed }).failedCriterionReason?.key).toBe("failedReasonRequired");
    expect(sheetErrors({ ...base, criteria: failed, failedCriterionReason: "Khắc phục được khi triển khai" })).toEqual({});
    expect(sheetErrors({ ...base, outcome: "REJECT", criteria: failed, conclusion: "Không đạt tiêu chí hiệu quả" })).toEqual({});
  });

  it("refuses 'Hồ sơ đầy đủ: Đạt' while required documents are missing, names them", () => {
    const errors = sheetErrors({ ...base, missingDossier: ["REQUEST_LETTER"] });
    expect(errors["criteria.4.assessment"]).toEqual({ key: "dossierIncomplete", missing: ["REQUEST_LETTER"] });
    const partly = rows("MET").map((c) => (c.criterion === "DOSSIER_COMPLETENESS" ? { ...c, assessment: "PARTLY_MET" } : c));
    expect(sheetErrors({ ...base, criteria: partly, missingDossier: ["REQUEST_LETTER"] })).toEqual({});
  });
});
