// After acceptance: the SETTLEMENT entry clearing the advance, the settlement dossier (due 15 days
// after the last acceptance, Điều 18.1), the liquidation minutes (Mẫu 6, by 22 January of the next
// year, Điều 18.2), the Mẫu 10 year closings of liquidated contracts up to 2024, the stop of the
// stopped đề án with its refund due (Điều 11.2.a), and outcome indicators per beneficiary.
import { addDays, day, Rng, sum, yearOfDay } from "../../factories";
import { IMPLEMENTATION_DEADLINES } from "../reference/implementation-deadlines";
import type { AcceptanceSpec } from "./implementation";
import { executedOf } from "./implementation";
import { DEMO_TODAY } from "./projects";
import { dateOf } from "./timeline";
import type { LedgerSpec, ProjectSpec } from "./types";

const SETTLEMENT_DAYS = IMPLEMENTATION_DEADLINES.find((d) => d.code === "SETTLEMENT_DOSSIER")!.daysAfter!;

/** The advance cleared against accepted work when the settlement is approved. */
export function settlementEntry(p: ProjectSpec): LedgerSpec | null {
  const settled = dateOf(p.transitions, "SETTLED");
  const advanced = sum(p.ledger.filter((e) => e.kind === "ADVANCE").map((e) => e.amount));
  if (!settled || advanced === 0n) return null;
  return { kind: "SETTLEMENT", amount: advanced, on: settled, note: "Quyết toán tạm ứng theo biên bản nghiệm thu cơ sở" };
}

export type SettlementSpec = { project: ProjectSpec; dueOn: Date; submittedOn: Date; settled: bigint; counterpart: bigint; decidedOn: Date };
export type LiquidationSpec = { project: ProjectSpec; on: Date; settled: bigint };

export function settlementOf(p: ProjectSpec, accepted: readonly AcceptanceSpec[], rng: Rng): SettlementSpec | null {
  const decidedOn = dateOf(p.transitions, "SETTLED");
  if (!decidedOn || accepted.length === 0) return null;
  const last = accepted.reduce((a, x) => (x.acceptedOn.getTime() > a.getTime() ? x.acceptedOn : a), accepted[0]!.acceptedOn);
  let submittedOn = addDays(last, rng.int(5, 14));
  if (submittedOn.getTime() >= decidedOn.getTime()) submittedOn = addDays(decidedOn, -1);
  const counterpart = sum(accepted.flatMap((a) => a.lines.map((l) => l.line.counterpart)));
  return { project: p, dueOn: addDays(last, SETTLEMENT_DAYS), submittedOn, settled: executedOf(p), counterpart, decidedOn };
}

export function liquidationOf(p: ProjectSpec): LiquidationSpec | null {
  const on = dateOf(p.transitions, "LIQUIDATED");
  return on ? { project: p, on, settled: executedOf(p) } : null;
}

export type ClosingSpec = { project: ProjectSpec; year: number; closedOn: Date; reference: string };

/** Mẫu 10 for each year ≤ 2024 with entries on a liquidated contract, closed between 15 and 22 January of the next year. */
export function closingsOf(p: ProjectSpec, entries: readonly LedgerSpec[], rng: Rng): ClosingSpec[] {
  if (p.status !== "LIQUIDATED" || p.planYear > 2024) return [];
  const signed = yearOfDay(dateOf(p.transitions, "CONTRACTED")!);
  const last = Math.max(signed, ...entries.map((e) => yearOfDay(e.on)));
  const out: ClosingSpec[] = [];
  for (let year = signed; year <= Math.min(last, 2024); year++) {
    out.push({ project: p, year, closedOn: day(`${year + 1}-01-${rng.int(15, 22)}`), reference: `Mẫu 10 – đối chiếu kinh phí năm ${year}` });
  }
  return out;
}

export type StopSpec = { project: ProjectSpec; on: Date; decisionRef: string; reason: string; disbursed: bigint; refundDue: bigint };

export function stopOf(p: ProjectSpec, decisionRef: string): StopSpec | null {
  const on = dateOf(p.transitions, "STOPPED");
  if (!on) return null;
  const disbursed = sum(p.ledger.filter((e) => e.on.getTime() <= on.getTime()).map((e) => (e.kind === "REFUND" ? -e.amount : e.kind === "ADVANCE" || e.kind === "PAYMENT" ? e.amount : 0n)));
  return { project: p, on, decisionRef, reason: "Ngừng triển khai do cơ sở thụ hưởng không bố trí được vốn đối ứng", disbursed, refundDue: disbursed };
}

export type OutcomeSpec = {
  key: string;
  project: ProjectSpec;
  taxCode: string;
  acceptanceKey: string | null;
  timing: "AT_ACCEPTANCE" | "FOLLOW_UP";
  on: Date;
  values: Record<string, bigint | number | null>;
};

const MILLION = 1_000_000n;

/** Indicators before and after for the beneficiaries of accepted đề án from 2022; some not reported (null). */
export function outcomesOf(p: ProjectSpec, accepted: readonly AcceptanceSpec[], rng: Rng): OutcomeSpec[] {
  if (p.planYear < 2022) return [];
  const out: OutcomeSpec[] = [];
  for (const a of accepted) {
    const facilities = new Map(a.lines.filter((l) => l.line.facility && (!a.beneficiary || l.line.facility.taxCode === a.beneficiary)).map((l) => [l.line.facility!.taxCode, l.line.facility!]));
    for (const [taxCode, f] of facilities) {
      if (out.some((o) => o.taxCode === taxCode) || !rng.chance(0.85)) continue;
      const machines = a.lines.filter((l) => l.line.facility?.taxCode === taxCode && l.line.category === "03.2").length;
      const production = BigInt(rng.int(1_500, 20_000)) * MILLION;
      const grow = (x: bigint, lo: number, hi: number) => (x * BigInt(100 + rng.int(lo, hi))) / 100n / MILLION * MILLION;
      const income = BigInt(rng.int(55, 90)) * 100_000n;
      const values: OutcomeSpec["values"] = {
        productionValueBefore: production,
        productionValueAfter: grow(production, 5, 35),
        revenueBefore: (production * 9n) / 10n,
        revenueAfter: grow((production * 9n) / 10n, 5, 40),
        jobsBefore: f.employees,
        jobsAfter: f.employees + rng.int(1, 8),
        averageIncomeBefore: income,
        averageIncomeAfter: (income * BigInt(105 + rng.int(0, 10))) / 100n,
        productsBefore: rng.int(2, 12),
        productsAfter: null,
        machineryBefore: rng.int(2, 10),
        machineryAfter: null,
      };
      values.productsAfter = (values.productsBefore as number) + rng.int(0, 3);
      values.machineryAfter = (values.machineryBefore as number) + Math.max(machines, 0);
      // Not every beneficiary reports every indicator: null means "not reported", never 0.
      for (const pair of [["productionValueBefore", "productionValueAfter"], ["averageIncomeBefore", "averageIncomeAfter"], ["productsBefore", "productsAfter"]] as const) {
        if (rng.chance(0.2)) for (const field of pair) values[field] = null;
      }
      out.push({ key: `${p.code}:${taxCode}:at`, project: p, taxCode, acceptanceKey: a.key, timing: "AT_ACCEPTANCE", on: a.acceptedOn, values });
      const followUp = addDays(a.acceptedOn, 540 + rng.int(0, 60));
      if (p.planYear <= 2023 && followUp.getTime() <= DEMO_TODAY.getTime() && rng.chance(0.5)) {
        const later: OutcomeSpec["values"] = { ...values, revenueAfter: grow(values.revenueAfter as bigint, 3, 20), jobsAfter: (values.jobsAfter as number) + rng.int(0, 4), productionValueAfter: null, averageIncomeAfter: null };
        out.push({ key: `${p.code}:${taxCode}:follow-up`, project: p, taxCode, acceptanceKey: null, timing: "FOLLOW_UP", on: followUp, values: later });
      }
    }
  }
  return out;
}
