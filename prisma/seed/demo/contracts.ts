// Contracts of the demo đề án (TT 36/2013 Điều 12; decision 021): for every đề án from CONTRACTED
// on, a main contract with the Cục (KCQG) or the province's SCT (KCĐP), or a task assignment when
// the implementer is a regional centre (a ministry budget unit); support contracts with each
// beneficiary for the regional centres' and the group đề án once work has started. Schedules follow
// the advance rule of the đề án's main content (seeded AdvanceRule rows, read from the database).
import type { ContractKind, ContractStatus } from "../../../lib/db/generated/enums";
import { addDays, day, Rng, sum, yearOfDay } from "../../factories";
import type { Parties } from "./parties";
import { dateOf } from "./timeline";
import type { ProjectSpec } from "./types";

export type RuleRow = { id: string; code: string; contentCode: string | null; firstAdvanceBp: number; firstAdvanceAfterAcceptance: boolean; advanceCapBp: number; requiredDocuments: string[]; balanceDocuments: string[] };
export type ScheduleSpec = { seq: number; kind: "ADVANCE" | "PAYMENT"; shareBp: number; amount: bigint; condition: string; documents: string[]; afterAcceptance: boolean; ruleId: string };
export type ContractSpec = {
  key: string;
  project: ProjectSpec;
  kind: ContractKind;
  number: string;
  partyA: string;
  partyB: string | null;
  /** Support contracts: the beneficiary's tax code. */
  beneficiary: string | null;
  value: bigint;
  counterpart: bigint;
  signedOn: Date;
  endsOn: Date;
  status: ContractStatus;
  parentKey: string | null;
  terms: string;
  schedule: ScheduleSpec[];
  /** Carried-over đề án: version 2 extends the contract into the next year. */
  amendment: { on: Date; endsOn: Date; reason: string } | null;
};

const REGIONAL_CENTRES = new Set(["TTKC1", "TTKC2", "TTKC3"]);

export const isContracted = (p: ProjectSpec): boolean => dateOf(p.transitions, "CONTRACTED") !== undefined;

/** The rule of the line with the largest support that has a rule of its own, else the general rule. */
export function ruleFor(categories: readonly { category: string; support: bigint }[], rules: readonly RuleRow[]): RuleRow {
  const own = [...categories].sort((a, b) => Number(b.support - a.support)).map((c) => rules.find((r) => r.contentCode === c.category)).find((r) => r);
  const rule = own ?? rules.find((r) => r.contentCode === null);
  if (!rule) throw new Error("seed: no advance rule");
  return rule;
}

/** First advance (and a second up to the cap when the first is smaller), the balance after acceptance. */
export function scheduleFor(value: bigint, rule: RuleRow): ScheduleSpec[] {
  const share = (bp: number) => (value * BigInt(bp)) / 10_000n;
  const common = { ruleId: rule.id };
  if (rule.firstAdvanceAfterAcceptance) {
    return [{ seq: 1, kind: "PAYMENT", shareBp: 10_000, amount: value, condition: "Sau nghiệm thu cơ sở", documents: rule.requiredDocuments, afterAcceptance: true, ...common }];
  }
  const first = Math.min(rule.firstAdvanceBp, rule.advanceCapBp);
  const items: ScheduleSpec[] = [{ seq: 1, kind: "ADVANCE", shareBp: first, amount: share(first), condition: "Tạm ứng đợt 1 sau khi ký hợp đồng", documents: rule.requiredDocuments, afterAcceptance: false, ...common }];
  if (first < rule.advanceCapBp) {
    const second = rule.advanceCapBp - first;
    items.push({ seq: 2, kind: "ADVANCE", shareBp: second, amount: share(rule.advanceCapBp) - share(first), condition: "Tạm ứng đợt 2 theo khối lượng thực hiện được Sở Công Thương xác nhận", documents: rule.requiredDocuments, afterAcceptance: false, ...common });
  }
  const advanced = sum(items.map((i) => i.amount));
  items.push({ seq: items.length + 1, kind: "PAYMENT", shareBp: 10_000 - rule.advanceCapBp, amount: value - advanced, condition: "Thanh toán phần còn lại sau nghiệm thu cơ sở", documents: rule.balanceDocuments, afterAcceptance: true, ...common });
  return items;
}

const statusOf = (p: ProjectSpec): ContractStatus => (p.status === "LIQUIDATED" ? "LIQUIDATED" : p.status === "STOPPED" ? "TERMINATED" : "SIGNED");
const suffix: Record<ContractKind, string> = { CONTRACT: "HĐ-KC", TASK_ASSIGNMENT: "QĐ-GNV", SUPPORT_CONTRACT: "HĐHT" };

/** Numbers in signing order per bên A, year and kind: "07/2022/HĐ-KCQG", "03/2022/QĐ-GNV", "12/2022/HĐHT". */
function number(all: ContractSpec[]): void {
  const seq = new Map<string, number>();
  const sorted = [...all].sort((a, b) => a.signedOn.getTime() - b.signedOn.getTime() || a.key.localeCompare(b.key));
  for (const c of sorted) {
    const year = yearOfDay(c.signedOn);
    const tag = c.kind === "CONTRACT" ? (c.project.fund === "KCQG" ? "HĐ-KCQG" : "HĐ-KCĐP") : suffix[c.kind];
    const key = `${c.partyA}|${year}|${tag}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    c.number = `${String(n).padStart(2, "0")}/${year}/${tag}`;
  }
}

export function buildContracts(projects: readonly ProjectSpec[], rules: readonly RuleRow[], who: Parties): ContractSpec[] {
  const rng = new Rng("contracts");
  const out: ContractSpec[] = [];
  for (const p of projects.filter(isContracted)) {
    const signedOn = dateOf(p.transitions, "CONTRACTED")!;
    const carried = dateOf(p.transitions, "CARRIED_OVER");
    const centre = REGIONAL_CENTRES.has(p.implementer);
    const value = p.approvedAmount ?? sum(p.lines.map((l) => l.support));
    const endsOn = day(`${carried ? p.planYear : p.endYear}-12-20`);
    const main: ContractSpec = {
      key: `${p.code}:main`,
      project: p,
      kind: centre ? "TASK_ASSIGNMENT" : "CONTRACT",
      number: "",
      partyA: p.fund === "KCQG" ? "CUC" : who.sct(p, signedOn),
      partyB: p.implementer,
      beneficiary: null,
      value,
      counterpart: sum(p.lines.map((l) => l.counterpart)),
      signedOn,
      endsOn,
      status: statusOf(p),
      parentKey: null,
      terms: centre
        ? "Giao nhiệm vụ thực hiện đề án khuyến công quốc gia; đơn vị dự toán trực thuộc Bộ tự rút dự toán tại Kho bạc Nhà nước (TT 36/2013/TT-BCT Điều 12)."
        : "Thực hiện đề án theo nội dung, dự toán được duyệt; tạm ứng, thanh toán theo lịch thanh toán kèm theo (TT 36/2013/TT-BCT Điều 12–14).",
      schedule: scheduleFor(value, ruleFor(p.lines, rules)),
      amendment: carried ? { on: carried, endsOn: day(`${p.planYear + 1}-12-20`), reason: `Gia hạn thời gian thực hiện sang năm ${p.planYear + 1} do chuyển tiếp kinh phí` } : null,
    };
    out.push(main);
    // Beneficiaries sign once work starts; the journey's đề án (CONTRACTED only) has none yet.
    if (!(centre || p.kind === "GROUP") || !dateOf(p.transitions, "IN_PROGRESS")) continue;
    const byFacility = new Map<string, { support: bigint; counterpart: bigint; lines: typeof p.lines }>();
    for (const l of p.lines.filter((x) => x.facility)) {
      const b = byFacility.get(l.facility!.taxCode) ?? { support: 0n, counterpart: 0n, lines: [] };
      byFacility.set(l.facility!.taxCode, { support: b.support + l.support, counterpart: b.counterpart + l.counterpart, lines: [...b.lines, l] });
    }
    for (const [taxCode, b] of byFacility) {
      out.push({
        ...main,
        key: `${p.code}:support:${taxCode}`,
        kind: "SUPPORT_CONTRACT",
        partyA: p.implementer,
        partyB: null,
        beneficiary: taxCode,
        value: b.support,
        counterpart: b.counterpart,
        signedOn: addDays(signedOn, rng.int(3, 6)),
        parentKey: main.key,
        terms: "Hỗ trợ cơ sở thụ hưởng theo đề án được duyệt; cơ sở bố trí vốn đối ứng và sử dụng thiết bị, mô hình đúng mục đích.",
        schedule: scheduleFor(b.support, ruleFor(b.lines, rules)),
      });
    }
  }
  number(out);
  return out;
}
