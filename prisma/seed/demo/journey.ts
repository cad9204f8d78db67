// The đề án the lead's Playwright journey runs end to end (issue #8 item 9, docs/demo-data.md):
// a 2026 KCQG đề án of regional centre 1 in new Thanh Hóa (the SCT demo user covers it), with a
// signed task assignment from the Cục and one beneficiary, and nothing after the signature: no
// support contract, no ledger entry, no progress report.
import { day, Rng, trieu } from "../../factories";
import { newP } from "../context";
import { nationalPlanDate } from "./plans";
import { addProject } from "./projects";
import type { DemoData, ProjectSpec } from "./types";

export function journeyProject(d: DemoData): ProjectSpec {
  return addProject(d, {
    fund: "KCQG",
    year: 2026,
    province: newP("38"),
    implementer: "TTKC1",
    archetype: "MACHINERY",
    support: trieu(280),
    status: "CONTRACTED",
    direct: true,
    planDate: nationalPlanDate(2026),
    rng: new Rng("journey-2026"),
    actors: { implementer: "ttkc1@khuyencong.local", cuc: "cuc@khuyencong.local" },
    createdBy: "ttkc1@khuyencong.local",
    dates: { CONTRACTED: day("2026-11-02") },
    ledger: "none",
  });
}
