// In-memory shapes of the demo data, keyed by natural keys (codes, tax codes); the writer turns them
// into rows once the database ids are known.
import type { LedgerKind, ProjectKind, ProjectStatus } from "../../../lib/db/generated/enums";
import type { ProvRef, Ref } from "../context";
import type { FacilityPool, FacilitySpec } from "./facilities";

export type Fund = "KCQG" | "KCDP";

export type LineSpec = {
  item: string;
  category: string;
  norm?: string;
  facility?: FacilitySpec;
  unit: string;
  quantity: number;
  totalCost: bigint;
  support: bigint;
  counterpart: bigint;
  other: bigint;
};

export type LedgerSpec = { kind: LedgerKind; amount: bigint; on: Date; note: string };
export type TransitionSpec = { from: ProjectStatus | null; to: ProjectStatus; at: Date; actor?: string; comment: string };

export type ProjectSpec = {
  code: string;
  title: string;
  planYear: number;
  endYear: number;
  fund: Fund;
  kind: ProjectKind;
  status: ProjectStatus;
  implementer: string;
  province: ProvRef;
  multiProvince: boolean;
  locationText: string;
  needAndBasis: string;
  objectives: string;
  scale: string;
  arrangements: string;
  expectedEffects: string;
  lines: LineSpec[];
  transitions: TransitionSpec[];
  ledger: LedgerSpec[];
  createdBy?: string;
  approvedAmount: bigint | null;
  /** Plan items by plan year (multi-year đề án appear in each year's plan); empty if never planned. */
  planAmounts: Map<number, bigint>;
};

export type DecisionSpec = { number: string; symbol: string; issuedOn: Date; signer: string; issuer: string; title: string };
export type PlanItemSpec = { project?: string; taskTitle?: string; implementer: string; province: ProvRef | null; amount: bigint };
export type VersionSpec = { versionNo: number; decision: DecisionSpec | null; effectiveOn: Date; note: string; items: PlanItemSpec[] };
export type AdjustmentSpec = {
  kind: "ADD_PROJECT" | "STOP_PROJECT";
  authority: "MINISTER" | "CUC" | "SCT";
  reason: string;
  project: string;
  amountBefore: bigint;
  amountAfter: bigint;
  requestedAt: Date;
  decidedAt: Date;
  decision: DecisionSpec;
  resultingVersionNo: number;
};
export type PlanSpec = {
  year: number;
  fund: Fund;
  level: "NATIONAL" | "PROVINCIAL";
  province: ProvRef | null;
  status: "DRAFT" | "ISSUED";
  versions: VersionSpec[];
  adjustments: AdjustmentSpec[];
};

export type AllocationSpec = { year: number; fund: Fund; receiver: string; amount: bigint; on: Date; documentRef: string; note: string };

export type ReportSpec = {
  province: ProvRef;
  organisation: string;
  year: number;
  period: "Q1" | "H1" | "Q3" | "M9" | "M10" | "M11" | "YEAR" | "CUSTOM";
  cutOff: Date;
  fund: Fund;
  plan: bigint;
  executed: bigint;
  projectCount: number;
  note: string;
};

/** Everything the demo sections produce, written in one go at the end. */
export class DemoData {
  readonly projects: ProjectSpec[] = [];
  readonly plans: PlanSpec[] = [];
  readonly allocations: AllocationSpec[] = [];
  readonly reports: ReportSpec[] = [];
  private readonly seq = new Map<string, number>();

  constructor(
    readonly ref: Ref,
    readonly pool: FacilityPool,
  ) {}

  /** Next đề án code, "KCQG-2022-38-001": funding source, plan year, GSO code of the province, sequence. */
  code(fund: Fund, year: number, province: ProvRef): string {
    const prefix = `${fund}-${year}-${province.code}`;
    const n = (this.seq.get(prefix) ?? 0) + 1;
    this.seq.set(prefix, n);
    return `${prefix}-${String(n).padStart(3, "0")}`;
  }

  add(p: ProjectSpec): ProjectSpec {
    this.projects.push(p);
    return p;
  }
}
