// KCQG 2022: 122 đề án in 47 old provinces summing to 140 tỷ (one plan version); Centre 1's 20+2
// đề án summing to its 24,39 tỷ assignment, with 1,4 tỷ disbursed on 4 of them by 31/7/2022 and
// the rest paid in January 2023 (budget arrived late); the North's share of plan and of execution
// by 30/9/2022; KCĐP of the North as aggregate reports.
import { addDays, day, Rng, trieu } from "../../factories";
import { oldP } from "../context";
import { RANGE, type Archetype } from "./archetypes";
import { KCQG_2022, NORTH_2022 } from "./figures";
import { rep, shuffle, splitLedger, spread, type Spec } from "./sets";
import { fitCapped, fitSupports } from "./fit";
import { withinFirstShare } from "./ledger-rules";
import { nationalPlanDate } from "./plans";
import { addProject, pickKind } from "./projects";
import { northKcdpReports } from "./reports";
import type { DemoData, ProjectSpec } from "./types";

const MIX: Partial<Record<Archetype, number>> = { MODEL: 32, MACHINERY: 8, GROUP_MACHINERY: 3, CCN_INFRA: 12, CCN_POLLUTION: 5, TRAINING: 12, CLEANER: 5, BRAND: 3, CONSULT: 3, INFO: 10, STUDY_TOUR: 3 };

export function kcqg2022(d: DemoData): void {
  const rng = new Rng("kcqg-2022");
  const year = 2022;
  const zone = (z: string, skip: string[]) => d.ref.old.filter((p) => p.zone === z && !skip.includes(p.code)).map((p) => p.code);
  const bac = zone("BAC", ["12", "11", "02", "04", "06", "31"]);
  const central = zone("TRUNG_TAY_NGUYEN", ["62", "67", "45"]);
  const south = zone("NAM", ["79", "77", "70", "60", "91", "93", "95"]);

  // Centre 1 worked in these nine provinces in 2022 (articles/000).
  const c1 = ["40", "38", "37", "36", "35", "25", "19", "08", "15"];
  const ttkc1: Spec[] = [
    ...[["FAIR", "38"], ["SELECTION", "38"], ["INFO", "40"], ["INFO", "25"], ["CCN_POLLUTION", "36"], ["CCN_POLLUTION", "19"]].map(([a, p]) => ({ archetype: a as Archetype, province: p!, implementer: "TTKC1", direct: true })),
    ...[...rep("MODEL", 13), ...rep("GROUP_MACHINERY", 2), "TRAINING" as const].map((archetype, i) => ({ archetype, province: c1[i % c1.length]!, implementer: "TTKC1", direct: true })),
  ];
  const bacLocal = spread(rng, bac, [...rep("CCN_INFRA", 3), "CCN_POLLUTION", ...rep("MODEL", 10), ...rep("MACHINERY", 3), ...rep("GROUP_MACHINERY", 2), ...rep("TRAINING", 3), ...rep("CLEANER", 2), ...rep("INFO", 2)]);
  const regional = (centre: string, fairAt: string, provinces: string[]): Spec[] =>
    [["FAIR", fairAt], ["SELECTION", fairAt], ["INFO", rng.pick(provinces)], ...[1, 2, 3].map(() => ["MODEL", rng.pick(provinces)])].map(([a, p]) => ({ archetype: a as Archetype, province: p!, implementer: centre, direct: true }));
  const others: Spec[] = [
    // The 2022 regional conferences and fairs were in Ninh Thuận and Tây Ninh (articles/000).
    ...regional("TTKC2", "58", central),
    ...regional("TTKC3", "72", south),
    { archetype: "CCN_POLLUTION", province: "49", implementer: "TV-MIENTRUNG", direct: false },
    { archetype: "CLEANER", province: "48", implementer: "TV-MIENTRUNG", direct: false },
    { archetype: "CONSULT", province: "80", implementer: "TV-SAOVIET", direct: false },
    { archetype: "BRAND", province: "80", implementer: "TV-SAOVIET", direct: false },
    ...spread(rng, central, Array.from({ length: 28 }, () => pickKind(rng, MIX))),
    ...spread(rng, south, Array.from({ length: 30 }, () => pickKind(rng, MIX))),
  ];

  const make = (specs: Spec[], total: bigint, dates?: (i: number) => Partial<Record<"ACCEPTED" | "SETTLED" | "LIQUIDATED", Date>>) => {
    const supports = fitSupports(total, specs.map((s) => RANGE[s.archetype]), rng);
    return shuffle(rng, specs.map((s, i) => [s, supports[i]!] as const)).map(([s, support], i) =>
      addProject(d, { fund: "KCQG", year, province: oldP(s.province), implementer: s.implementer, archetype: s.archetype, support, status: "LIQUIDATED", direct: s.direct, planDate: nationalPlanDate(year), rng, ledger: "none", dates: dates?.(i) }),
    );
  };
  // Centre 1's đề án were accepted in December and paid in January 2023, within the settlement deadline.
  const c1Projects = make(ttkc1, KCQG_2022.ttkc1Assignment, () => ({ ACCEPTED: day(`2022-12-${String(rng.int(1, 12)).padStart(2, "0")}`), SETTLED: day("2023-01-10"), LIQUIDATED: addDays(day("2023-01-16"), rng.int(0, 5)) }));
  const bacProjects = make(bacLocal, NORTH_2022.kcqgPlan - KCQG_2022.ttkc1Assignment);
  const otherProjects = make(others, KCQG_2022.total - NORTH_2022.kcqgPlan);

  const supportOf = (p: ProjectSpec) => p.lines.reduce((a, l) => a + l.support, 0n);
  const january = (p: ProjectSpec, advance: bigint) => splitLedger(p, rng, supportOf(p), advance, { advanceTo: KCQG_2022.asOf, payFrom: day("2023-01-03"), payTo: day("2023-01-09") });
  const advanced = c1Projects.filter((p) => supportOf(p) >= trieu(700)).slice(0, 4);
  const c1Advances = [trieu(350), trieu(420), trieu(280), KCQG_2022.ttkc1Disbursed - trieu(1_050)];
  const c1AdvanceDays = ["2022-06-20", "2022-07-05", "2022-07-18", "2022-07-26"];
  c1Projects.forEach((p) => january(p, 0n));
  advanced.forEach((p, i) => {
    january(p, c1Advances[i]!);
    p.ledger[0]!.on = day(c1AdvanceDays[i]!);
  });

  const bacAdvances = fitCapped(NORTH_2022.kcqgExecutedBySep - KCQG_2022.ttkc1Disbursed, bacProjects.map(supportOf), bacProjects.map((p) => withinFirstShare(p, supportOf(p), supportOf(p))));
  const window = { advanceFrom: day("2022-08-20"), advanceTo: day("2022-09-30"), payFrom: day("2022-10-01"), payTo: day("2022-12-28") };
  bacProjects.forEach((p, i) => splitLedger(p, rng, supportOf(p), bacAdvances[i]!, window));
  otherProjects.forEach((p) => splitLedger(p, rng, supportOf(p), withinFirstShare(p, ((supportOf(p) * BigInt(rng.pick([5, 7]))) / 10n / 1_000_000n) * 1_000_000n, supportOf(p)), { ...window, advanceTo: day("2022-10-15") }));

  const all = [...c1Projects, ...bacProjects, ...otherProjects];
  const provinces = new Set(all.map((p) => p.province.code));
  if (all.length !== KCQG_2022.projects || provinces.size !== KCQG_2022.provinces) throw new Error(`seed: KCQG 2022 has ${all.length} đề án in ${provinces.size} provinces`);

  northKcdpReports(d, year, NORTH_2022.kcdpPlan, [
    { period: "M9", cutOff: "2022-09-30", executed: NORTH_2022.kcdpExecutedBySep, ratioBp: [4500, 6000] },
    { period: "YEAR", cutOff: "2022-12-31", executed: NORTH_2022.kcdpExecutedYear, ratioBp: [8300, 9600] },
  ]);
}
