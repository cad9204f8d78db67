import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { canSignMainContract, contractActions, mainContractKind, signableRoles } from "./policy";

const actor = (roles: Role[], org = "org", provinceIds: string[] = []): Actor => ({ userId: "u", email: "x@y", name: "X", organisationId: org, organisationName: "Org", organisationKind: "CUC", organisationIds: [org], roles, scope: { provinceIds } });
const project = (over: Partial<Parameters<typeof signableRoles>[1]> = {}) => ({ implementerId: "centre", provinceId: "p1", fundingSource: { code: "KCQG" }, status: "IN_PLAN", contracts: [], ...over });

describe("contract policy", () => {
  it("regional centres get a task assignment, everyone else a contract", () => {
    expect(mainContractKind("REGIONAL_CENTRE")).toBe("TASK_ASSIGNMENT");
    expect(mainContractKind("PROVINCIAL_CENTRE")).toBe("CONTRACT");
  });

  it("bên A: the Cục for KCQG, the province's SCT for KCĐP", () => {
    expect(canSignMainContract(actor(["CUC_STAFF"]), project())).toBe(true);
    expect(canSignMainContract(actor(["SCT"], "sct", ["p1"]), project())).toBe(false);
    expect(canSignMainContract(actor(["SCT"], "sct", ["p1"]), project({ fundingSource: { code: "KCDP" } }))).toBe(true);
    expect(canSignMainContract(actor(["SCT"], "sct", ["p2"]), project({ fundingSource: { code: "KCDP" } }))).toBe(false);
    expect(canSignMainContract(actor(["CUC_STAFF"]), project({ fundingSource: { code: "KCDP" } }))).toBe(false);
  });

  it("offers the main contract in the plan, support contracts after it is signed, to their signers", () => {
    expect(signableRoles(actor(["CUC_STAFF"]), project())).toEqual(["MAIN"]);
    expect(signableRoles(actor(["CUC_STAFF"]), project({ status: "APPROVED_BY_CUC" }))).toEqual([]);
    const contracted = project({ status: "CONTRACTED", contracts: [{ kind: "CONTRACT", status: "SIGNED" }] });
    expect(signableRoles(actor(["CUC_STAFF"]), contracted)).toEqual([]);
    expect(signableRoles(actor(["PROVINCIAL_CENTRE"], "centre"), contracted)).toEqual(["SUPPORT"]);
    expect(signableRoles(actor(["PROVINCIAL_CENTRE"], "other"), contracted)).toEqual([]);
    // Once every beneficiary has its support contract there is nothing left to sign.
    const withOne = { ...contracted, beneficiaries: [{ id: "b1" }] };
    expect(signableRoles(actor(["PROVINCIAL_CENTRE"], "centre"), withOne)).toEqual(["SUPPORT"]);
    const done = { ...withOne, contracts: [...withOne.contracts, { kind: "SUPPORT_CONTRACT" as const, status: "SIGNED", beneficiaryId: "b1" }] };
    expect(signableRoles(actor(["PROVINCIAL_CENTRE"], "centre"), done)).toEqual([]);
  });

  const parties = { partyAId: "org", partyBId: "centre" };

  it("amending is for the signer of that kind, on a signed contract", () => {
    const p = project({ status: "IN_PROGRESS" });
    expect(contractActions(actor(["CUC_STAFF"]), { kind: "CONTRACT", status: "SIGNED", ...parties, project: p }).amend).toBe(true);
    expect(contractActions(actor(["CUC_STAFF"]), { kind: "CONTRACT", status: "LIQUIDATED", ...parties, project: p }).amend).toBe(false);
    expect(contractActions(actor(["PROVINCIAL_CENTRE"], "centre"), { kind: "SUPPORT_CONTRACT", status: "SIGNED", ...parties, project: p }).amend).toBe(true);
    expect(contractActions(actor(["PROVINCIAL_CENTRE"], "centre"), { kind: "CONTRACT", status: "SIGNED", ...parties, project: p }).amend).toBe(false);
    expect(contractActions(actor(["CUC_STAFF"]), { kind: "CONTRACT", status: "SIGNED", ...parties, project: { ...p, status: "STOPPED" } }).amend).toBe(false);
  });

  it("attaching files is for bên A and bên B of the contract", () => {
    const c = { kind: "CONTRACT" as const, status: "SIGNED", ...parties, project: project({ status: "IN_PROGRESS" }) };
    expect(contractActions(actor(["CUC_STAFF"]), c).attach).toBe(true);
    expect(contractActions(actor(["PROVINCIAL_CENTRE"], "centre"), c).attach).toBe(true);
    expect(contractActions(actor(["PROVINCIAL_CENTRE"], "other"), c).attach).toBe(false);
    expect(contractActions(actor(["SCT"], "sct", ["p1"]), { ...c, partyBId: null }).attach).toBe(false);
  });
});
