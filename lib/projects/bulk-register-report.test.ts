// What the browser is told per đề án after a bulk registration: registered, or the code and the
// reason in the request's language; an unexpected failure never echoes its internals.
import { describe, expect, it } from "vitest";
import { DomainError, NotFoundError } from "../errors";
import { toBulkRegisterReport } from "./bulk-register-report";

describe("toBulkRegisterReport", () => {
  const outcomes = [
    { projectId: "a", ok: true as const },
    { projectId: "b", ok: false as const, error: new NotFoundError("project") },
    { projectId: "c", ok: false as const, error: new DomainError("DEADLINE_PASSED", "errors.registration.deadlinePassed", { year: 2027, deadline: "15/06/2026", extended: "no" }) },
    { projectId: "d", ok: false as const, error: null },
  ];

  it("keeps the order and renders each reason in Vietnamese", () => {
    const report = toBulkRegisterReport(outcomes, "vi");
    expect(report.map((r) => r.projectId)).toEqual(["a", "b", "c", "d"]);
    expect(report[0]).toEqual({ projectId: "a", ok: true });
    expect(report[1]).toEqual({ projectId: "b", ok: false, code: "NOT_FOUND", reason: new NotFoundError("project").message });
    expect(report[2]).toMatchObject({ code: "DEADLINE_PASSED", reason: outcomes[2]!.ok ? "" : outcomes[2]!.error!.message });
    expect(report[3]).toMatchObject({ code: "UNEXPECTED" });
    expect(report[3]!.ok ? "" : report[3]!.reason).not.toMatch(/Error|stack/);
  });

  it("renders the reasons in English when asked", () => {
    const [, missing] = toBulkRegisterReport(outcomes, "en");
    expect(missing!.ok ? "" : missing!.reason).not.toBe(new NotFoundError("project").message);
  });
});
