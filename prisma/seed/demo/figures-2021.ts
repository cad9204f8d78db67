// North zone 2021: KCQG as đề án (plan items in the 28 northern provinces summing to the plan,
// ledger by 31/12/2021 summing to the executed figure, by 30/9 to the same-period figure) and KCĐP
// as the provinces' aggregate reports.
import { day, Rng } from "../../factories";
import { oldP } from "../context";
import { RANGE, type Archetype } from "./archetypes";
import { NORTH_2021 } from "./figures";
import { fitCapped, fitSupports } from "./fit";
import { withinFirstShare } from "./ledger-rules";
import { nationalPlanDate } from "./plans";
import { addProject } from "./projects";
import { northKcdpReports } from "./reports";
import { rep, splitLedger, spread, type Spec } from "./sets";
import type { DemoData } from "./types";

export function north2021(d: DemoData): void {
  const rng = new Rng("north-2021");
  const year = 2021;
  const excluded = new Set(["12", "11", "06", "20", "33", "42"]);
  const provinces = d.ref.old.filter((p) => p.zone === "BAC" && !excluded.has(p.code)).map((p) => p.code);
  const centre = (archetype: Archetype, province: string): Spec => ({ archetype, province, implementer: "TTKC1", direct: true });
  const specs: Spec[] = [
    centre("FAIR", "38"), centre("SELECTION", "37"), centre("INFO", "25"),
    ...["40", "36", "35", "19", "15"].map((c) => centre("MODEL", c)),
    centre("GROUP_MACHINERY", "08"), centre("MODEL", "26"),
    ...spread(rng, provinces, [...rep("CCN_INFRA", 3), ...rep("CCN_POLLUTION", 2), ...rep("MODEL", 12), ...rep("MACHINERY", 3), ...rep("GROUP_MACHINERY", 2), ...rep("TRAINING", 4), ...rep("CLEANER", 2), ...rep("INFO", 2)]),
  ];
  const supports = fitSupports(NORTH_2021.kcqgPlan, specs.map((s) => RANGE[s.archetype]), rng);
  const projects = specs.map((s, i) =>
    addProject(d, { fund: "KCQG", year, province: oldP(s.province), implementer: s.implementer, archetype: s.archetype, support: supports[i]!, status: "LIQUIDATED", direct: s.direct, planDate: nationalPlanDate(year), rng, ledger: "none" }),
  );
  // Savings at settlement on the three largest đề án make up plan − executed (328 triệu).
  const executed = projects.map((p) => p.lines.reduce((a, l) => a + l.support, 0n));
  const largest = [...executed.keys()].sort((a, b) => Number(executed[b]! - executed[a]!)).slice(0, 3);
  const savings = [110_000_000n, 118_000_000n, NORTH_2021.kcqgPlan - NORTH_2021.kcqgExecuted - 228_000_000n];
  largest.forEach((i, k) => (executed[i] = executed[i]! - savings[k]!));
  const caps = executed.map((e, i) => {
    const cap = withinFirstShare(projects[i]!, supports[i]!, supports[i]!);
    return cap < e ? cap : e;
  });
  const advances = fitCapped(NORTH_2021.kcqgExecutedBySep, executed, caps);
  projects.forEach((p, i) =>
    splitLedger(p, rng, executed[i]!, advances[i]!, { advanceTo: day("2021-09-30"), payFrom: day("2021-10-01"), payTo: day("2021-12-28") }),
  );

  northKcdpReports(d, year, NORTH_2021.kcdpPlan, [
    { period: "M9", cutOff: "2021-09-30", executed: NORTH_2021.kcdpExecutedBySep, ratioBp: [3500, 4800] },
    { period: "YEAR", cutOff: "2021-12-31", executed: NORTH_2021.kcdpExecuted, ratioBp: [8000, 9500] },
  ]);
}
