import { describe, expect, it } from "vitest";
import { canCloseFinding, canRecordInspection, hasClosingEvidence, teamMembers } from "./policy";

describe("inspection rights", () => {
  it("lets the Cục and the province's SCT inspect from the contract on, nobody else", () => {
    expect(canRecordInspection(["CUC"], "IN_PROGRESS")).toBe(true);
    expect(canRecordInspection(["PROVINCE_SCT"], "ACCEPTED")).toBe(true);
    expect(canRecordInspection(["IMPLEMENTER"], "IN_PROGRESS")).toBe(false);
    expect(canRecordInspection(["CUC"], "IN_PLAN")).toBe(false);
  });

  it("lets the implementer or the inspecting organisation close a finding", () => {
    expect(canCloseFinding(["IMPLEMENTER"], ["x"], "sct")).toBe(true);
    expect(canCloseFinding([], ["sct"], "sct")).toBe(true);
    expect(canCloseFinding(["PROVINCE_SCT"], ["other-sct"], "cuc")).toBe(false);
  });

  it("needs evidence text or an attachment to close", () => {
    expect(hasClosingEvidence("  ", 0)).toBe(false);
    expect(hasClosingEvidence("Đã lắp biển báo", 0)).toBe(true);
    expect(hasClosingEvidence("", 1)).toBe(true);
  });

  it("reads the team one member per line", () => {
    expect(teamMembers("Nguyễn Văn A — Trưởng đoàn\r\n\n  Trần Thị B ")).toEqual(["Nguyễn Văn A — Trưởng đoàn", "Trần Thị B"]);
  });
});
