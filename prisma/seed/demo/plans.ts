// Annual plans built from the đề án in them (plan totals are always the items of the latest
// version), plan decisions, the 2023 addition and the 2024 stop (TT 36/2013 Điều 11), and budget
// allocations (dự toán giao) in tranches. Decision numbers and signers are invented.
import { day, splitByWeights, sum, trieu } from "../../factories";
import type { ProvRef } from "../context";
import type { AdjustmentSpec, DecisionSpec, DemoData, Fund, PlanItemSpec, PlanSpec } from "./types";

const MINISTER = (name: string) => `KT. Bộ trưởng – Thứ trưởng ${name}`;

/** Plan decisions of the Minister (KCQG), one per year; IN_PLAN dates of the đề án follow them. */
export const NATIONAL_DECISIONS: Record<number, { number: string; on: string; signer: string }> = {
  2019: { number: "52", on: "2019-01-08", signer: MINISTER("Nguyễn Văn Thành") },
  2020: { number: "67", on: "2020-01-10", signer: MINISTER("Nguyễn Văn Thành") },
  2021: { number: "73", on: "2021-01-12", signer: MINISTER("Nguyễn Văn Thành") },
  2022: { number: "108", on: "2022-01-14", signer: MINISTER("Lê Minh Đức") },
  2023: { number: "95", on: "2023-01-13", signer: MINISTER("Lê Minh Đức") },
  2024: { number: "88", on: "2024-01-12", signer: MINISTER("Phạm Thu Hà") },
  2025: { number: "120", on: "2025-01-15", signer: MINISTER("Phạm Thu Hà") },
  2026: { number: "210", on: "2026-01-22", signer: MINISTER("Phạm Thu Hà") },
};

export const nationalPlanDate = (year: number): Date => day(NATIONAL_DECISIONS[year]?.on ?? `${year}-01-20`);
/** Provincial chairmen approve KCĐP plans in January (UBND tỉnh, NĐ 45/2012 Điều 16.1). */
export const provincialPlanDate = (year: number): Date => day(`${year}-01-20`);

const decision = (number: string, on: string, signer: string, issuer: string, title: string, symbol = "QĐ-BCT"): DecisionSpec => ({ number, symbol, issuedOn: day(on), signer, issuer, title });

export type Task = { title: string; implementer: string; province: ProvRef | null; amount: bigint };

/** National KCQG tasks (nhiệm vụ) of the Cục beside the đề án. */
export const cucTasks = (year: number): Task[] => [
  { title: `Nhiệm vụ quản lý chương trình, kiểm tra, giám sát đề án khuyến công quốc gia năm ${year}`, implementer: "CUC", province: null, amount: trieu(1450) },
  { title: `Tổ chức hội nghị khuyến công các khu vực năm ${year}`, implementer: "CUC", province: null, amount: trieu(860) },
];

const itemsOf = (d: DemoData, fund: Fund, year: number, province: ProvRef | null, skip: ReadonlySet<string>): PlanItemSpec[] =>
  d.projects
    .filter((p) => p.fund === fund && p.planAmounts.has(year) && !skip.has(p.code) && (!province || (p.province.set === province.set && p.province.code === province.code)))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => ({ project: p.code, implementer: p.implementer, province: p.province, amount: p.planAmounts.get(year)! }));

const taskItems = (tasks: Task[]): PlanItemSpec[] => tasks.map((t) => ({ taskTitle: t.title, implementer: t.implementer, province: t.province, amount: t.amount }));

export type Change = { project: string; versionNo: 2; decision: { number: string; on: string; signer: string }; requestedAt: string; reason: string };

/** KCQG plans 2019–2026. `added`: đề án entering by a later version; `stopped`: đề án removed by one. */
export function nationalPlans(d: DemoData, tasks: (year: number) => Task[], changes: Record<number, { added?: Change; stopped?: Change }>): void {
  for (const year of Object.keys(NATIONAL_DECISIONS).map(Number)) {
    const c = changes[year] ?? {};
    const dec = NATIONAL_DECISIONS[year]!;
    const v1Items = [...itemsOf(d, "KCQG", year, null, new Set([c.added?.project ?? ""])), ...taskItems(tasks(year))];
    const plan: PlanSpec = {
      year,
      fund: "KCQG",
      level: "NATIONAL",
      province: null,
      status: "ISSUED",
      versions: [{ versionNo: 1, decision: decision(dec.number, dec.on, dec.signer, "CUC", `Quyết định giao kế hoạch khuyến công quốc gia năm ${year}`), effectiveOn: day(dec.on), note: "", items: v1Items }],
      adjustments: [],
    };
    const change = c.added ?? c.stopped;
    if (change) {
      const project = d.projects.find((p) => p.code === change.project)!;
      const amount = project.planAmounts.get(year)!;
      const v2Decision = decision(change.decision.number, change.decision.on, change.decision.signer, "CUC", `Quyết định điều chỉnh, bổ sung kế hoạch khuyến công quốc gia năm ${year}`);
      const items = c.added ? [...v1Items.filter((i) => i.project), ...itemsOf(d, "KCQG", year, null, new Set()).filter((i) => i.project === change.project), ...v1Items.filter((i) => !i.project)] : v1Items.filter((i) => i.project !== change.project);
      plan.versions.push({ versionNo: 2, decision: v2Decision, effectiveOn: day(change.decision.on), note: change.reason, items });
      const adj: AdjustmentSpec = {
        kind: c.added ? "ADD_PROJECT" : "STOP_PROJECT",
        authority: "MINISTER",
        reason: change.reason,
        project: change.project,
        amountBefore: c.added ? 0n : amount,
        amountAfter: c.added ? amount : 0n,
        requestedAt: day(change.requestedAt),
        decidedAt: day(change.decision.on),
        decision: v2Decision,
        resultingVersionNo: 2,
      };
      plan.adjustments.push(adj);
    }
    d.plans.push(plan);
  }
}

/** KCĐP plans: one per province and year that has KCĐP đề án, plus any tasks given. */
export function provincialPlans(d: DemoData, tasks: { year: number; province: ProvRef; task: Task }[]): void {
  const keys = new Map<string, { year: number; province: ProvRef }>();
  for (const p of d.projects.filter((x) => x.fund === "KCDP")) {
    for (const year of p.planAmounts.keys()) keys.set(`${year}:${p.province.set}:${p.province.code}`, { year, province: p.province });
  }
  let n = 0;
  for (const { year, province } of [...keys.values()].sort((a, b) => a.year - b.year || a.province.code.localeCompare(b.province.code))) {
    const extra = tasks.filter((t) => t.year === year && t.province.set === province.set && t.province.code === province.code).map((t) => t.task);
    const sct = province.set === "old" ? `SCT-${province.code}-2008` : `SCT-${province.code}`;
    const on = provincialPlanDate(year).toISOString().slice(0, 10);
    n++;
    d.plans.push({
      year,
      fund: "KCDP",
      level: "PROVINCIAL",
      province,
      status: "ISSUED",
      versions: [{ versionNo: 1, decision: decision(String(100 + n * 17), on, "KT. Chủ tịch – Phó Chủ tịch UBND tỉnh Hoàng Văn Nam", sct, `Quyết định phê duyệt kế hoạch khuyến công địa phương năm ${year}`, "QĐ-UBND"), effectiveOn: day(on), note: "", items: [...itemsOf(d, "KCDP", year, province, new Set()), ...taskItems(extra)] }],
      adjustments: [],
    });
  }
}

/** A tranche: a share of each receiver's plan (bp), a cumulative total split by plan weight, or (neither) the rest of the plan. */
export type Tranche = { on: string; share?: number; cumulative?: bigint };

/** Allocations (dự toán giao) per receiver of a plan's latest version, tranche by tranche. */
export function allocate(d: DemoData, plan: PlanSpec, tranches: Tranche[]): void {
  const items = plan.versions[plan.versions.length - 1]!.items;
  const receivers = [...new Set(items.map((i) => i.implementer))].sort();
  const totals = receivers.map((r) => sum(items.filter((i) => i.implementer === r).map((i) => i.amount)));
  const given = receivers.map(() => 0n);
  tranches.forEach((t, k) => {
    const amounts =
      t.cumulative !== undefined
        ? splitByWeights(t.cumulative, totals, 1_000_000n).map((c, i) => c - given[i]!)
        : t.share !== undefined
          ? totals.map((x) => ((x * BigInt(t.share!)) / 10000n / 1_000_000n) * 1_000_000n)
          : totals.map((x, i) => x - given[i]!);
    amounts.forEach((amount, i) => {
      if (amount < 0n) throw new Error(`seed: negative allocation for ${receivers[i]} in ${plan.year}`);
      given[i] = given[i]! + amount;
      if (amount > 0n) d.allocations.push({ year: plan.year, fund: plan.fund, receiver: receivers[i]!, amount, on: day(t.on), documentRef: `Dự toán đợt ${k + 1} năm ${plan.year}`, note: plan.level === "NATIONAL" ? "Kinh phí khuyến công quốc gia giao trực tiếp cho đơn vị" : "Kinh phí khuyến công địa phương" });
    });
  });
}
