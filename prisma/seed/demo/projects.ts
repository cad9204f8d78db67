// Assembles one demo đề án: budget lines from its kind, status history, and a disbursement ledger
// consistent with both (advance after the contract, at most 70 % of support; balance after nghiệm
// thu — TT 36/2013 Điều 15–16 as amended by TT 17/2018).
import { asCalendarDay, yearOf } from "../../../lib/calendar";
import type { ProjectStatus } from "../../../lib/db/generated/enums";
import { addDays, day, sum, type Rng } from "../../factories";
import { CENTRAL_NEW, CENTRAL_OLD, provinceLabel, provinceName, type ProvRef, type Ref } from "../context";
import { ZONES } from "../reference/geography";
import { build, type Archetype } from "./archetypes";
import { dateOf, transitions, type Actors, type PathOptions } from "./timeline";
import type { DemoData, Fund, LedgerSpec, ProjectSpec } from "./types";
import { withinFirstShare } from "./ledger-rules";

/** The seed's "today": no demo event is dated later. */
export const DEMO_TODAY = day("2026-11-20");

/** "tỉnh Thanh Hóa", "thành phố Hà Nội"; Huế was the province of Thừa Thiên Huế before 2025. */
export function labelOf(ref: Ref, p: ProvRef, year: number): string {
  if (p.set === "old" && p.code === "46" && year < 2025) return "tỉnh Thừa Thiên Huế";
  return provinceLabel(provinceName(p, ref), (p.set === "old" ? CENTRAL_OLD : CENTRAL_NEW).has(p.code));
}

export function zoneOf(ref: Ref, p: ProvRef): string {
  if (p.set === "old") return ref.old.find((x) => x.code === p.code)!.zone;
  return ref.new.find((x) => x.code === p.code)!.zoneDerived ?? "TRUNG_TAY_NGUYEN";
}

export function zoneName(ref: Ref, p: ProvRef): string {
  const name = ZONES.find((z) => z.code === zoneOf(ref, p))!.name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export type NewProject = PathOptions & {
  fund: Fund;
  year: number;
  province: ProvRef;
  implementer: string;
  archetype: Archetype;
  support: bigint;
  status: ProjectStatus;
  planDate: Date;
  rng: Rng;
  endYear?: number;
  actors?: Actors;
  createdBy?: string;
  dates?: Partial<Record<ProjectStatus, Date>>;
  /** Ledger: standard from the status, none, or given by the caller (figures). */
  ledger?: "standard" | "none" | LedgerSpec[];
  /** Amount actually disbursed when less than the support (savings at settlement). */
  executed?: bigint;
  /** Plan amounts by year for multi-year đề án; default: the whole support in the plan year. */
  planAmounts?: Map<number, bigint>;
  beneficiariesFixed?: boolean;
  /** Shared across đề án whose beneficiaries must all differ (Yên Bái 2019: 20 đề án, 20 cơ sở). */
  exclude?: Set<string>;
};

export function addProject(d: DemoData, o: NewProject): ProjectSpec {
  const label = labelOf(d.ref, o.province, o.year);
  const built = build(o.archetype, o.support, {
    rng: o.rng,
    pool: d.pool,
    province: o.province,
    label,
    year: o.year,
    zoneName: zoneName(d.ref, o.province),
    beneficiariesFixed: o.beneficiariesFixed ?? true,
    exclude: o.exclude ?? new Set(),
  });
  const local = o.fund === "KCDP";
  const ts = transitions(o.status, { ...o, group: o.group ?? built.kind === "GROUP", local });
  const inPlan = ts.some((t) => t.to === "IN_PLAN");
  const support = sum(built.lines.map((l) => l.support));
  if (support !== o.support) throw new Error(`seed: lines of ${o.archetype} do not add up`);
  const decree = o.year >= 2026 ? "Nghị định 45/2012/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP)" : "Nghị định 45/2012/NĐ-CP";
  const p: ProjectSpec = {
    code: d.code(o.fund, o.year, o.province),
    title: built.title,
    planYear: o.year,
    endYear: o.endYear ?? o.year,
    fund: o.fund,
    kind: built.kind,
    status: o.status,
    implementer: o.implementer,
    province: o.province,
    multiProvince: false,
    locationText: label.charAt(0).toUpperCase() + label.slice(1),
    needAndBasis: `Căn cứ ${decree}; nhu cầu hỗ trợ của cơ sở công nghiệp nông thôn ${label}.`,
    objectives: built.objectives,
    scale: built.scale,
    arrangements: "Đơn vị thực hiện chủ trì, phối hợp với Sở Công Thương, chính quyền địa phương và cơ sở thụ hưởng.",
    expectedEffects: "Nâng cao năng lực sản xuất, tạo việc làm và tăng thu nhập cho lao động nông thôn.",
    lines: built.lines,
    transitions: ts,
    ledger: [],
    createdBy: o.createdBy,
    approvedAmount: ts.some((t) => t.to === "APPROVED_BY_CUC") ? support : null,
    planAmounts: inPlan ? (o.planAmounts ?? new Map([[o.year, support]])) : new Map(),
  };
  p.ledger = Array.isArray(o.ledger) ? o.ledger : o.ledger === "none" ? [] : standardLedger(p, o.rng, o.executed ?? support);
  return d.add(p);
}

const floorTrieu = (x: bigint) => (x / 1_000_000n) * 1_000_000n;
const min = (a: Date, b: Date) => (a.getTime() < b.getTime() ? a : b);

/** Advance after the contract; the balance after acceptance; refund when stopped. */
export function standardLedger(p: ProjectSpec, rng: Rng, executed: bigint): LedgerSpec[] {
  const at = (s: ProjectStatus) => dateOf(p.transitions, s);
  const contracted = at("CONTRACTED");
  const started = at("IN_PROGRESS");
  const accepted = at("ACCEPTED");
  if (!contracted) return [];
  const advance = withinFirstShare(p, floorTrieu((executed * BigInt(rng.pick([3000, 5000, 7000]))) / 10000n), executed);
  const advanceOn = addDays(contracted, rng.int(10, 25));
  if (p.status === "STOPPED") {
    const stopped = at("STOPPED")!;
    const adv = withinFirstShare(p, floorTrieu((executed * 3000n) / 10000n), executed);
    return [
      { kind: "ADVANCE", amount: adv, on: min(advanceOn, addDays(stopped, -5)), note: "Tạm ứng đợt 1 (30%)" },
      { kind: "REFUND", amount: adv, on: addDays(stopped, 20), note: "Hoàn trả tạm ứng do ngừng triển khai" },
    ];
  }
  if (!accepted) {
    if (advanceOn.getTime() > DEMO_TODAY.getTime() || !started) return [];
    return [{ kind: "ADVANCE", amount: advance, on: advanceOn, note: "Tạm ứng kinh phí theo hợp đồng" }];
  }
  // Pay the balance within the year unless the đề án was accepted later (carried over).
  const yearEnd = day(`${yearOf(asCalendarDay(accepted))}-12-28`);
  const paidOn = min(addDays(accepted, rng.int(7, 20)), yearEnd);
  return [
    { kind: "ADVANCE", amount: advance, on: min(advanceOn, addDays(accepted, -10)), note: "Tạm ứng kinh phí theo hợp đồng" },
    { kind: "PAYMENT", amount: executed - advance, on: paidOn, note: executed < p.lines.reduce((a, l) => a + l.support, 0n) ? "Thanh toán sau nghiệm thu (tiết kiệm sau lựa chọn nhà cung cấp)" : "Thanh toán sau nghiệm thu" },
  ].filter((e) => e.amount > 0n) as LedgerSpec[];
}

/** Weighted pick of a kind; weights are relative. */
export function pickKind(rng: Rng, weights: Partial<Record<Archetype, number>>): Archetype {
  const entries = Object.entries(weights) as [Archetype, number][];
  let x = rng.next() * entries.reduce((a, [, w]) => a + w, 0);
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

/** Support drawn in a kind's range, in steps of 10 triệu (STARTUP: 10 triệu per enterprise). */
export function drawSupport(rng: Rng, range: [number, number]): bigint {
  return rng.trieu(range[0], range[1], 10);
}

