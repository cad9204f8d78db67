import { describe, expect, it } from "vitest";
import type { ProjectStatus } from "../db/generated/enums";
import { availableTransitions, canTransition, isKnownTransition, type Party, type TransitionContext } from "./state-machine";
import { PROJECT_STATUSES } from "./statuses";

const national: TransitionContext = { local: false, registersDirectly: false, group: false };
const ALL_PARTIES: Party[] = ["IMPLEMENTER", "PROVINCE_SCT", "CUC"];

/** The happy path of a KCQG đề án through a province (reference §1). */
const HAPPY_PATH: [ProjectStatus, ProjectStatus, Party][] = [
  ["DRAFT", "SUBMITTED_TO_SCT", "IMPLEMENTER"],
  ["SUBMITTED_TO_SCT", "APPROVED_BY_SCT", "PROVINCE_SCT"],
  ["APPROVED_BY_SCT", "REGISTERED", "PROVINCE_SCT"],
  ["REGISTERED", "UNDER_CUC_APPRAISAL", "CUC"],
  ["UNDER_CUC_APPRAISAL", "APPROVED_BY_CUC", "CUC"],
  ["APPROVED_BY_CUC", "IN_PLAN", "CUC"],
  ["IN_PLAN", "CONTRACTED", "CUC"],
  ["CONTRACTED", "IN_PROGRESS", "IMPLEMENTER"],
  ["ACCEPTED", "SETTLED", "CUC"],
  ["SETTLED", "LIQUIDATED", "CUC"],
];

describe("project state machine", () => {
  it.each(HAPPY_PATH)("%s → %s is taken by %s and by nobody else", (from, to, party) => {
    expect(canTransition(from, to, [party], national)).toBe(true);
    for (const other of ALL_PARTIES.filter((p) => p !== party)) expect(canTransition(from, to, [other], national)).toBe(false);
  });

  it("refuses every pair that is not a rule, for every party (exhaustive)", () => {
    let allowed = 0;
    for (const from of PROJECT_STATUSES) {
      for (const to of PROJECT_STATUSES) {
        const anyParty = canTransition(from, to, ALL_PARTIES, national) || canTransition(from, to, ALL_PARTIES, { ...national, group: true }) || canTransition(from, to, ALL_PARTIES, { ...national, registersDirectly: true });
        if (!isKnownTransition(from, to)) expect(anyParty).toBe(false);
        if (anyParty) allowed++;
      }
    }
    expect(allowed).toBeGreaterThan(20);
  });

  it("never leaves a terminal state", () => {
    for (const terminal of ["REJECTED_BY_SCT", "REJECTED_BY_CUC", "LIQUIDATED", "STOPPED"] as const) {
      expect(availableTransitions(terminal, ALL_PARTIES, national)).toEqual([]);
    }
  });

  it("lets returned đề án be resubmitted with their data (returned is not terminal)", () => {
    expect(canTransition("RETURNED_BY_SCT", "SUBMITTED_TO_SCT", ["IMPLEMENTER"], national)).toBe(true);
    expect(canTransition("RETURNED_BY_CUC", "REGISTERED", ["PROVINCE_SCT"], national)).toBe(true);
  });

  it("sends regional-centre and multi-province đề án straight to the Cục (TT 36/2013 Điều 8.1.b)", () => {
    const direct = { ...national, registersDirectly: true };
    expect(canTransition("DRAFT", "REGISTERED", ["IMPLEMENTER"], direct)).toBe(true);
    expect(canTransition("DRAFT", "SUBMITTED_TO_SCT", ["IMPLEMENTER"], direct)).toBe(false);
    expect(canTransition("DRAFT", "REGISTERED", ["IMPLEMENTER"], national)).toBe(false);
  });

  it("gives the Cục's steps to the province for KCĐP (TT 46/2012 Điều 8)", () => {
    const local = { ...national, local: true };
    expect(canTransition("REGISTERED", "UNDER_CUC_APPRAISAL", ["PROVINCE_SCT"], local)).toBe(true);
    expect(canTransition("REGISTERED", "UNDER_CUC_APPRAISAL", ["CUC"], local)).toBe(false);
  });

  it("routes group đề án through the SCT-approved implementation plan (Mẫu 11)", () => {
    const group = { ...national, group: true };
    expect(canTransition("IN_PLAN", "CONTRACTED", ["CUC"], group)).toBe(false);
    expect(canTransition("IN_PLAN", "GROUP_PLAN_APPROVED", ["PROVINCE_SCT"], group)).toBe(true);
    expect(canTransition("GROUP_PLAN_APPROVED", "CONTRACTED", ["CUC"], group)).toBe(true);
    expect(canTransition("IN_PLAN", "GROUP_PLAN_APPROVED", ["PROVINCE_SCT"], national)).toBe(false);
  });

  it("accepts through the SCT (Mẫu 5a/5b) or, for KCQG, the Cục itself (Mẫu 5c)", () => {
    expect(canTransition("IN_PROGRESS", "ACCEPTED", ["PROVINCE_SCT"], national)).toBe(true);
    expect(canTransition("IN_PROGRESS", "ACCEPTED", ["CUC"], national)).toBe(true);
    expect(canTransition("IN_PROGRESS", "ACCEPTED", ["IMPLEMENTER"], national)).toBe(false);
    expect(canTransition("IN_PROGRESS", "ACCEPTED", ["CUC"], { ...national, local: true })).toBe(false);
  });

  it("lists the SCT's choices on a submitted đề án", () => {
    expect(availableTransitions("SUBMITTED_TO_SCT", ["PROVINCE_SCT"], national).sort()).toEqual(["APPROVED_BY_SCT", "REJECTED_BY_SCT", "RETURNED_BY_SCT"]);
    expect(availableTransitions("SUBMITTED_TO_SCT", ["IMPLEMENTER"], national)).toEqual(["DRAFT"]);
  });
});
