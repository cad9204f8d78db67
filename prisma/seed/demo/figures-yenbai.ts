// Yên Bái (old code 15), from its centre's 2019 report (articles/002): KCQG 2019 one group đề án
// with 3 beneficiaries, 900 triệu; KCĐP 2019 20 đề án with 2.595 triệu plus 405 triệu of other
// activities (a plan task); the 2020 request: KCQG 1.000 triệu for 3 đề án, KCĐP 3.000 triệu.
import { day, Rng, trieu } from "../../factories";
import { oldP } from "../context";
import { YEN_BAI } from "./figures";
import { fitSupports } from "./fit";
import { nationalPlanDate, provincialPlanDate, type Task } from "./plans";
import { addProject } from "./projects";
import type { Archetype } from "./archetypes";
import type { DemoData } from "./types";

const CENTRE = "TTKC-15-2008";

export function yenBai(d: DemoData): { year: number; province: ReturnType<typeof oldP>; task: Task }[] {
  const rng = new Rng("yen-bai");
  const yb = oldP("15");
  // Contracted with the Cục and the three beneficiaries by the end of May 2019.
  addProject(d, { fund: "KCQG", year: 2019, province: yb, implementer: CENTRE, archetype: "GROUP_MACHINERY", support: YEN_BAI.kcqg2019, status: "LIQUIDATED", planDate: nationalPlanDate(2019), rng, dates: { GROUP_PLAN_APPROVED: day("2019-03-15"), CONTRACTED: day("2019-05-20") } });

  const RANGES: Partial<Record<Archetype, readonly [number, number]>> = { MACHINERY: [60, 250], TRAINING: [80, 200], CONSULT: [70, 140], BRAND: [70, 140] };
  const local = (year: number, kinds: Archetype[], total: bigint) => {
    const supports = fitSupports(total, kinds.map((k) => RANGES[k]!), rng);
    const exclude = new Set<string>();
    supports.forEach((support, i) => addProject(d, { fund: "KCDP", year, province: yb, implementer: CENTRE, archetype: kinds[i]!, support, status: "LIQUIDATED", planDate: provincialPlanDate(year), rng, exclude }));
  };
  // 2019: machinery for processing, packaging, cinnamon crafts, fertiliser, unfired bricks, food.
  local(2019, Array.from({ length: YEN_BAI.kcdp2019Projects }, () => "MACHINERY"), YEN_BAI.kcdp2019);

  const kcqg2020: [Archetype, bigint][] = [["MODEL", trieu(450)], ["MACHINERY", trieu(300)], ["TRAINING", YEN_BAI.kcqg2020 - trieu(750)]];
  for (const [archetype, support] of kcqg2020) addProject(d, { fund: "KCQG", year: 2020, province: yb, implementer: CENTRE, archetype, support, status: "LIQUIDATED", planDate: nationalPlanDate(2020), rng });
  const mix2020: Archetype[] = ["MACHINERY", "TRAINING", "MACHINERY", "CONSULT", "MACHINERY", "BRAND"];
  local(2020, Array.from({ length: YEN_BAI.kcdp2020Projects }, (_, i) => mix2020[i % mix2020.length]!), YEN_BAI.kcdp2020);

  return [{ year: 2019, province: yb, task: { title: "Hoạt động khuyến công khác", implementer: CENTRE, province: yb, amount: YEN_BAI.kcdp2019Other } }];
}
