// No raw enum reaches the screen: for every Prisma enum a page renders through a catalogue
// namespace (t(`status.${p.status}`) and the like), every value has a key in both catalogues.
// next-intl shows the key path ("workflow.APPROVE_REDUCED") when one is missing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as Enums from "@/lib/db/generated/enums";
import { lookup, type Tree } from "./catalogue-check";

const catalogues = { vi: JSON.parse(readFileSync("messages/vi.json", "utf8")) as Tree, en: JSON.parse(readFileSync("messages/en.json", "utf8")) as Tree };
const values = (e: Record<string, string>) => Object.values(e);

/** Enum → the catalogue keys its values are rendered with (one pattern per place that renders it). */
const RENDERED: [string, Record<string, string>, ((v: string) => string)[]][] = [
  ["ProjectStatus", Enums.ProjectStatus, [(v) => `status.${v}`]],
  ["PlanStatus", Enums.PlanStatus, [(v) => `plans.status.${v}`]],
  ["ProjectKind", Enums.ProjectKind, [(v) => `projectKind.${v}`]],
  ["OrganisationKind", Enums.OrganisationKind, [(v) => `orgKind.${v}`]],
  ["Role", Enums.Role, [(v) => `roles.${v}`]],
  ["FacilityKind", Enums.FacilityKind, [(v) => `facilityKind.${v}`]],
  ["FacilitySize", Enums.FacilitySize, [(v) => `facilitySize.${v}`]],
  ["AppraisalLevel", Enums.AppraisalLevel, [(v) => `workflow.level${v}`]],
  ["AppraisalMethod", Enums.AppraisalMethod, values(Enums.AppraisalLevel).map((level) => (v: string) => `workflow.record.${level}.method.${v}`)],
  ["AppraisalOutcome", Enums.AppraisalOutcome, [...values(Enums.AppraisalLevel).map((level) => (v: string) => `workflow.record.${level}.outcome.${v}`), (v) => `appraisal.${v}`]],
  ["AppraisalCriterion", Enums.AppraisalCriterion, [(v) => `workflow.${v}`, (v) => `appraisal.${v}`]],
  ["CriterionAssessment", Enums.CriterionAssessment, [(v) => `workflow.${v}`, (v) => `appraisal.${v}`]],
  ["CouncilRole", Enums.CouncilRole, [(v) => `workflow.${v}`, (v) => `appraisal.${v}`]],
  ["AdjustmentKind", Enums.AdjustmentKind, [(v) => `plans.kind.${v}`]],
  ["AdjustmentAuthority", Enums.AdjustmentAuthority, [(v) => `plans.authority.${v}`]],
  ["AdjustmentStatus", Enums.AdjustmentStatus, [(v) => `plans.adjStatus.${v}`]],
  ["NormSeverity", Enums.NormSeverity, [(v) => `norms.${v}`]],
  ["NormStatus", Enums.NormStatus, [(v) => `norms.${v}`]],
  ["AttachmentKind", Enums.AttachmentKind, [(v) => `attachments.kind.${v}`]],
];

// Funding sources are rows, not an enum; these are the codes the seed and the rules know.
const FUNDING_SOURCES = ["KCQG", "KCDP", "COUNTERPART", "OTHER"];

describe("enum labels", () => {
  it.each(RENDERED)("%s: every value has a label in vi and en", (_name, enumObject, patterns) => {
    const missing = values(enumObject).flatMap((value) => patterns.flatMap((key) => Object.entries(catalogues).filter(([, tree]) => lookup(tree, key(value)) === undefined).map(([locale]) => `${locale}: ${key(value)}`)));
    expect(missing).toEqual([]);
  });

  it("names every funding source (the /du-toan source list showed COUNTERPART and OTHER raw)", () => {
    const missing = FUNDING_SOURCES.flatMap((code) => Object.entries(catalogues).filter(([, tree]) => lookup(tree, `fundingSource.${code}`) === undefined).map(([locale]) => `${locale}: ${code}`));
    expect(missing).toEqual([]);
  });
});
