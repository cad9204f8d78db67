// Allowed steps on a đề án per role and state: what the detail page offers. The mutations check
// again (tests/integration/registration-workflow.test.ts); these pin what is shown.
import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import type { ProjectStatus } from "../db/generated/enums";
import { canDraftProject, canRegisterWithCuc, partiesOf, projectSteps, transitionContextOf } from "./policy";

const P1 = "province-1";
const IMPLEMENTER = "centre-1";

function actor(roles: Role[], organisationIds: string[] = ["elsewhere"], provinceIds: string[] = []): Actor {
  return { userId: "u", email: "x@y", name: "X", organisationId: organisationIds[0]!, organisationName: "Org", organisationKind: "SCT", organisationIds, roles, scope: { provinceIds } };
}

const centre = actor(["PROVINCIAL_CENTRE"], [IMPLEMENTER], [P1]);
const sct = actor(["SCT"], ["sct-1"], [P1]);
const otherSct = actor(["SCT"], ["sct-2"], ["province-2"]);
const cuc = actor(["CUC_STAFF"], ["cuc"]);
const leadership = actor(["LEADERSHIP"], ["cuc"]);
const project = { implementerId: IMPLEMENTER, provinceId: P1 };
const viaSct = { local: false, registersDirectly: false, group: false };
const direct = { local: false, registersDirectly: true, group: false };
const local = { local: true, registersDirectly: false, group: false };

const steps = (who: Actor, status: ProjectStatus, context = viaSct) => projectSteps(status, partiesOf(who, project), context);

describe("partiesOf", () => {
  it("names the implementer, the province's SCT and the Cục, and nobody else", () => {
    expect(partiesOf(centre, project)).toEqual(["IMPLEMENTER"]);
    expect(partiesOf(sct, project)).toEqual(["PROVINCE_SCT"]);
    expect(partiesOf(otherSct, project)).toEqual([]);
    expect(partiesOf(cuc, project)).toEqual(["CUC"]);
    expect(partiesOf(leadership, project)).toEqual([]);
  });
});

describe("projectSteps", () => {
  it("lets the implementer edit and submit a draft, and nobody else", () => {
    expect(steps(centre, "DRAFT")).toEqual(["EDIT", "SUBMIT"]);
    expect(steps(sct, "DRAFT")).toEqual([]);
    expect(steps(cuc, "DRAFT")).toEqual([]);
    expect(steps(leadership, "DRAFT")).toEqual([]);
  });

  it("offers a direct registration as the submit step for regional and multi-province đề án", () => {
    expect(steps(centre, "DRAFT", direct)).toEqual(["EDIT", "SUBMIT"]);
    expect(steps(sct, "DRAFT", direct)).toEqual([]);
  });

  it("gives the province appraisal to the SCT of the province only", () => {
    expect(steps(sct, "SUBMITTED_TO_SCT")).toEqual(["APPRAISE"]);
    expect(steps(otherSct, "SUBMITTED_TO_SCT")).toEqual([]);
    expect(steps(cuc, "SUBMITTED_TO_SCT")).toEqual([]);
  });

  it("lets the implementer withdraw a submission until the SCT decides (decision 040)", () => {
    expect(steps(centre, "SUBMITTED_TO_SCT")).toEqual(["WITHDRAW"]);
    expect(steps(centre, "APPROVED_BY_SCT")).toEqual([]);
    expect(steps(centre, "RETURNED_BY_SCT")).not.toContain("WITHDRAW");
  });

  it("lets the implementer fix and resubmit a returned đề án", () => {
    expect(steps(centre, "RETURNED_BY_SCT")).toEqual(["EDIT", "SUBMIT"]);
    expect(steps(sct, "RETURNED_BY_SCT")).toEqual([]);
  });

  it("lets the SCT register an approved đề án, and again after the Cục returns it", () => {
    expect(steps(sct, "APPROVED_BY_SCT")).toEqual(["REGISTER"]);
    expect(steps(centre, "APPROVED_BY_SCT")).toEqual([]);
    expect(steps(sct, "RETURNED_BY_CUC")).toEqual(["REGISTER"]);
    expect(steps(centre, "RETURNED_BY_CUC")).toEqual(["EDIT"]);
  });

  it("sends registered KCQG đề án to the Cục's appraisal, and keeps KCĐP ones in the province", () => {
    expect(steps(cuc, "REGISTERED")).toEqual(["APPRAISE_MINISTRY"]);
    expect(steps(cuc, "UNDER_CUC_APPRAISAL")).toEqual(["APPRAISE_MINISTRY"]);
    expect(steps(cuc, "REGISTERED", local)).toEqual([]);
    expect(steps(sct, "REGISTERED")).toEqual([]);
    expect(steps(leadership, "REGISTERED")).toEqual([]);
  });

  it("offers nothing once the đề án is decided", () => {
    for (const who of [centre, sct, cuc, leadership]) {
      expect(steps(who, "APPROVED_BY_CUC")).toEqual([]);
      expect(steps(who, "REJECTED_BY_SCT")).toEqual([]);
    }
  });
});

describe("canDraftProject", () => {
  it("lets implementing organisations draft, not the Cục or leadership", () => {
    expect([centre, sct, actor(["REGIONAL_CENTRE"])].map(canDraftProject)).toEqual([true, true, true]);
    expect([cuc, leadership, actor(["ADMIN"])].map(canDraftProject)).toEqual([false, false, false]);
  });
});

describe("canRegisterWithCuc (the list's checkboxes)", () => {
  const row = (status: ProjectStatus, over: Partial<{ implementerKind: string; multiProvince: boolean; fund: string }> = {}) => ({
    ...project, status, kind: "STANDARD", multiProvince: over.multiProvince ?? false, fundingSource: { code: over.fund ?? "KCQG" }, implementer: { kind: over.implementerKind ?? "PROVINCIAL_CENTRE" },
  });

  it("offers the province's SCT its approved and Cục-returned đề án, and nothing else", () => {
    expect(canRegisterWithCuc(sct, row("APPROVED_BY_SCT"))).toBe(true);
    expect(canRegisterWithCuc(sct, row("RETURNED_BY_CUC"))).toBe(true);
    for (const status of ["DRAFT", "SUBMITTED_TO_SCT", "REGISTERED", "UNDER_CUC_APPRAISAL"] as const) expect(canRegisterWithCuc(sct, row(status))).toBe(false);
  });

  it("offers nothing to another province's SCT, the centre or the Cục", () => {
    expect(canRegisterWithCuc(otherSct, row("APPROVED_BY_SCT"))).toBe(false);
    expect(canRegisterWithCuc(centre, row("APPROVED_BY_SCT"))).toBe(false);
    expect(canRegisterWithCuc(cuc, row("APPROVED_BY_SCT"))).toBe(false);
  });

  it("leaves a returned regional or multi-province đề án to its implementer, who registers directly", () => {
    expect(transitionContextOf(row("RETURNED_BY_CUC", { implementerKind: "REGIONAL_CENTRE" })).registersDirectly).toBe(true);
    expect(canRegisterWithCuc(sct, row("RETURNED_BY_CUC", { implementerKind: "REGIONAL_CENTRE" }))).toBe(false);
    expect(canRegisterWithCuc(sct, row("RETURNED_BY_CUC", { multiProvince: true }))).toBe(false);
  });
});
