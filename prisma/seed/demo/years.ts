// The rest of 2019–2026: KCQG đề án across the country (old provinces up to 2025, new ones from 2026)
// and KCĐP đề án of a few provinces. Figures-bound sets (North 2021, all of 2022, Yên Bái 2019–2020)
// live in their own modules and are excluded here so their totals stay exact.
import type { ProjectStatus } from "../../../lib/db/generated/enums";
import { day, Rng, trieu } from "../../factories";
import { newP, oldP, type ProvRef } from "../context";
import { RANGE, type Archetype } from "./archetypes";
import { nationalPlanDate, provincialPlanDate } from "./plans";
import { addProject, drawSupport, pickKind } from "./projects";
import type { Actors, PathOptions } from "./timeline";
import type { DemoData, ProjectSpec } from "./types";

const LOCAL_MIX: Partial<Record<Archetype, number>> = { MODEL: 30, MACHINERY: 12, GROUP_MACHINERY: 2, CLEANER: 5, TRAINING: 14, BRAND: 4, CONSULT: 4, INFO: 9, CCN_INFRA: 5, CCN_POLLUTION: 4, STUDY_TOUR: 6 };
const CENTRE_MIX: Partial<Record<Archetype, number>> = { FAIR: 2, SELECTION: 1, MODEL: 4, GROUP_MACHINERY: 1, TRAINING: 2 };
const OTHER_MIX: Partial<Record<Archetype, number>> = { CLEANER: 2, CONSULT: 2, CCN_POLLUTION: 2, STUDY_TOUR: 1 };
const OTHER_BY_ZONE: Record<string, string[]> = { BAC: ["DHBK-HN", "VIEN-NCCK", "HH-LANGNGHE"], TRUNG_TAY_NGUYEN: ["TV-MIENTRUNG"], NAM: ["TV-SAOVIET"] };
const CENTRE_BY_ZONE: Record<string, string> = { BAC: "TTKC1", TRUNG_TAY_NGUYEN: "TTKC2", NAM: "TTKC3" };
/** Smaller amounts for KCĐP đề án (provincial budgets). */
const LOCAL_RANGE: Partial<Record<Archetype, [number, number]>> = { MODEL: [300, 800], MACHINERY: [80, 300], TRAINING: [80, 250], CLEANER: [200, 400], INFO: [100, 300] };

export type Status = { status: ProjectStatus; opts?: PathOptions; dates?: Partial<Record<ProjectStatus, Date>> };
const times = (n: number, s: Status): Status[] => Array.from({ length: n }, () => s);
const LIQ: Status = { status: "LIQUIDATED" };

/** Who acts for demo users of Thanh Hóa and Lào Cai (new provinces); others act anonymously. */
export function actorsFor(p: ProvRef): Actors {
  if (p.set === "new" && p.code === "38") return { implementer: "ttkc.thanhhoa@khuyencong.local", sct: "sct.thanhhoa@khuyencong.local", cuc: "cuc@khuyencong.local" };
  if (p.set === "new" && p.code === "15") return { implementer: "ttkc.laocai@khuyencong.local", sct: "sct.laocai@khuyencong.local", cuc: "cuc@khuyencong.local" };
  return p.set === "new" ? { cuc: "cuc@khuyencong.local" } : {};
}

export function kcqgYear(d: DemoData, rng: Rng, year: number, statuses: Status[], o: { zones?: string[]; skip?: string[]; set: "old" | "new"; fixed?: ProvRef[] }): ProjectSpec[] {
  const pool: ProvRef[] =
    o.set === "old"
      ? d.ref.old.filter((p) => (!o.zones || o.zones.includes(p.zone)) && !o.skip?.includes(p.code)).map((p) => oldP(p.code))
      : d.ref.new.map((p) => newP(p.code));
  return statuses.map((s, i) => {
    const province = o.fixed?.[i] ?? rng.pick(pool);
    const zone = province.set === "old" ? d.ref.old.find((p) => p.code === province.code)!.zone : (d.ref.new.find((p) => p.code === province.code)!.zoneDerived ?? "TRUNG_TAY_NGUYEN");
    // Steps taken by the SCT need a đề án that goes through the SCT (regional centres register directly).
    const viaSct = s.opts?.rejectedBy === "SCT" || s.opts?.returnedBySct;
    const roll = o.fixed?.[i] || viaSct ? 0 : rng.next();
    const centre = roll > 0.82 && roll <= 0.93;
    const other = roll > 0.93;
    const implementer = centre ? CENTRE_BY_ZONE[zone]! : other ? rng.pick(OTHER_BY_ZONE[zone]!) : province.set === "old" ? `TTKC-${province.code}-2008` : `TTKC-${province.code}`;
    let archetype = pickKind(rng, centre ? CENTRE_MIX : other ? OTHER_MIX : year >= 2026 ? { ...LOCAL_MIX, DIGITAL: 4, ARTISAN: 3 } : LOCAL_MIX);
    // Demo users act only for their own organisation's đề án.
    const { implementer: own, ...others } = actorsFor(province);
    const actors: Actors = implementer === `TTKC-${province.code}` ? { implementer: own, ...others } : others;
    // A group đề án is what waits for the SCT's implementation plan.
    if (s.status === "GROUP_PLAN_APPROVED" || (s.opts?.group && archetype !== "GROUP_MACHINERY")) archetype = "GROUP_MACHINERY";
    return addProject(d, {
      ...s.opts,
      fund: "KCQG",
      year,
      province,
      implementer,
      archetype,
      support: drawSupport(rng, RANGE[archetype]),
      status: s.status,
      dates: s.dates,
      direct: centre,
      planDate: nationalPlanDate(year),
      rng,
      actors,
      createdBy: actors.implementer,
      beneficiariesFixed: !(archetype === "GROUP_MACHINERY" && s.status === "IN_PLAN"),
    });
  });
}

export function kcdpYear(d: DemoData, rng: Rng, year: number, province: ProvRef, statuses: Status[], kinds: Archetype[]): void {
  statuses.forEach((s, i) => {
    const archetype = kinds[i % kinds.length]!;
    addProject(d, { ...s.opts, fund: "KCDP", year, province, implementer: province.set === "old" ? `TTKC-${province.code}-2008` : `TTKC-${province.code}`, archetype, support: drawSupport(rng, LOCAL_RANGE[archetype] ?? RANGE[archetype]), status: s.status, planDate: provincialPlanDate(year), rng, actors: actorsFor(province), createdBy: actorsFor(province).implementer });
  });
}

export type Changes = { added2023: string; stopped2024: string };

export function generalYears(d: DemoData): Changes {
  const rng = new Rng("general-years");
  kcqgYear(d, rng, 2019, times(24, LIQ), { set: "old", skip: ["15"] });
  kcqgYear(d, rng, 2020, times(22, LIQ), { set: "old", skip: ["15"] });
  kcqgYear(d, rng, 2021, times(22, LIQ), { set: "old", zones: ["TRUNG_TAY_NGUYEN", "NAM"] });
  kcqgYear(d, rng, 2023, [...times(25, LIQ), { status: "REJECTED_BY_CUC", opts: { rejectedBy: "CUC" } }, { status: "LIQUIDATED", opts: { returnedBySct: true } }], { set: "old" });
  // Added to the 2023 plan by its second version (bổ sung kế hoạch, decided 20/6/2023).
  const addedDates = { DRAFT: day("2023-02-10"), SUBMITTED_TO_SCT: day("2023-03-01"), APPROVED_BY_SCT: day("2023-03-20"), REGISTERED: day("2023-04-05"), UNDER_CUC_APPRAISAL: day("2023-04-20"), APPROVED_BY_CUC: day("2023-05-22") };
  const addedProject = addProject(d, { fund: "KCQG", year: 2023, province: oldP("38"), implementer: "TTKC-38-2008", archetype: "MODEL", support: trieu(880), status: "LIQUIDATED", planDate: day("2023-06-20"), rng, dates: addedDates });

  kcqgYear(d, rng, 2024, [...times(21, LIQ), ...times(2, { status: "SETTLED" }), { status: "REJECTED_BY_SCT", opts: { rejectedBy: "SCT" } }], { set: "old" });
  const stopped = kcqgYear(d, rng, 2024, [{ status: "STOPPED", opts: { stopped: true }, dates: { STOPPED: day("2024-09-25") } }], { set: "old", fixed: [oldP("83")] })[0]!;
  // A flagship đề án over 2024–2025, in both years' plans.
  const flagship = addProject(d, { fund: "KCQG", year: 2024, endYear: 2025, province: oldP("19"), implementer: "TTKC1", archetype: "FLAGSHIP", support: trieu(2_800), status: "SETTLED", direct: true, planDate: nationalPlanDate(2024), rng, ledger: "none", dates: { ACCEPTED: day("2025-10-15"), SETTLED: day("2025-12-10") }, planAmounts: new Map([[2024, trieu(1_500)], [2025, trieu(1_300)]]) });
  flagship.ledger = [
    { kind: "ADVANCE", amount: trieu(750), on: day("2024-04-22"), note: "Tạm ứng năm 2024" },
    { kind: "PAYMENT", amount: trieu(750), on: day("2024-12-16"), note: "Thanh toán khối lượng năm 2024" },
    { kind: "ADVANCE", amount: trieu(650), on: day("2025-03-18"), note: "Tạm ứng năm 2025" },
    { kind: "PAYMENT", amount: trieu(650), on: day("2025-11-05"), note: "Thanh toán sau nghiệm thu cơ sở" },
  ];

  const carried = { carriedOver: true };
  kcqgYear(d, rng, 2025, [...times(9, { status: "IN_PROGRESS", opts: carried }), ...times(7, { status: "ACCEPTED", opts: carried }), ...times(6, LIQ)], { set: "old" });

  const th = newP("38");
  const lc = newP("15");
  const fixed2026 = [th, th, th, lc, lc, lc];
  kcqgYear(d, rng, 2026, [{ status: "IN_PROGRESS" }, { status: "CONTRACTED" }, { status: "IN_PLAN" }, { status: "IN_PROGRESS" }, { status: "GROUP_PLAN_APPROVED", opts: { group: true } }, { status: "IN_PLAN", opts: { group: true } }, ...times(10, { status: "IN_PROGRESS" }), ...times(4, { status: "CONTRACTED" }), ...times(2, { status: "IN_PLAN" })], { set: "new", fixed: fixed2026 });
  addProject(d, { fund: "KCQG", year: 2026, endYear: 2027, province: newP("25"), implementer: "TTKC1", archetype: "FLAGSHIP", support: trieu(3_000), status: "IN_PROGRESS", direct: true, planDate: nationalPlanDate(2026), rng, actors: { cuc: "cuc@khuyencong.local" }, planAmounts: new Map([[2026, trieu(1_600)]]), ledger: [{ kind: "ADVANCE", amount: trieu(800), on: day("2026-05-12"), note: "Tạm ứng năm 2026" }] });

  // KCĐP đề án of a few provinces (the North's 2021–2022 KCĐP is in aggregate reports instead).
  const local: Archetype[] = ["MACHINERY", "MODEL", "TRAINING", "MACHINERY", "BRAND", "CLEANER", "INFO", "MACHINERY"];
  kcdpYear(d, rng, 2023, oldP("38"), times(8, LIQ), local);
  kcdpYear(d, rng, 2024, oldP("38"), [...times(7, LIQ), { status: "SETTLED" }], local);
  const now: Status[] = [{ status: "IN_PROGRESS" }, { status: "IN_PROGRESS" }, { status: "CONTRACTED" }, { status: "IN_PROGRESS" }, { status: "IN_PLAN" }];
  kcdpYear(d, rng, 2026, th, now, ["MACHINERY", "MODEL", "TRAINING", "DIGITAL", "ARTISAN"]);
  kcdpYear(d, rng, 2026, lc, now, ["MACHINERY", "MACHINERY", "MODEL", "CONSULT", "TRAINING"]);
  // Đắk Lắk has its own KCĐP norms from 26/7/2025 (model ≤800, cleaner production ≤400, set-up ≤10 triệu).
  kcdpYear(d, rng, 2026, newP("66"), now.slice(0, 4), ["MODEL", "CLEANER", "STARTUP", "MACHINERY"]);

  return { added2023: addedProject.code, stopped2024: stopped.code };
}
