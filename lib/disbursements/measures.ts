// The ledger measures: what "advanced", "paid", "settled", "refunded", "carried over" and
// "disbursed" (giải ngân) mean, from LedgerEntry kinds; and what "executed" (thực hiện) means per
// funding source (docs/decisions/013). Pages, reports, exports and the API all call this module;
// nobody else adds ledger kinds together.
//
// Every ledger amount is positive and its kind gives the direction (prisma/schema.prisma). A
// reversing entry (reversesId set) has the kind and amount of the entry it reverses and is
// subtracted from that kind (docs/decisions/020): measures are always net of reversals.
import type { LedgerKind } from "../db/generated/enums";
import { sumDong, type Dong } from "../money";

/** Sums of ledger amounts by kind (a missing kind is zero). */
export type LedgerSums = Partial<Record<LedgerKind, Dong>>;

export type LedgerMeasures = {
  /** Tạm ứng: advances paid out (TT 36/2013 Điều 13). */
  advanced: Dong;
  /** Thanh toán: payments, the balance after nghiệm thu cơ sở among them (Điều 14). */
  paid: Dong;
  /** Quyết toán: amounts settled (Điều 18–19). Not money moving: never added to disbursed. */
  settled: Dong;
  /** Hoàn trả: money returned to the budget (Điều 12.6; a stopped đề án, Điều 11.2.a). */
  refunded: Dong;
  /** Chuyển nguồn: unused funds carried to the next year (NĐ 45 Điều 14.4). Not disbursed. */
  carriedOver: Dong;
  /** Giải ngân: net money out of the budget = advanced + paid − refunded. */
  disbursed: Dong;
  /** Dư tạm ứng: advances not yet cleared = advanced − settled − refunded (issue #8; never negative). */
  outstandingAdvance: Dong;
};

const of = (sums: LedgerSums, kind: LedgerKind): Dong => sums[kind] ?? 0n;

/** The measures from sums by kind. */
export function measuresOf(sums: LedgerSums): LedgerMeasures {
  const advanced = of(sums, "ADVANCE");
  const paid = of(sums, "PAYMENT");
  const refunded = of(sums, "REFUND");
  const settled = of(sums, "SETTLEMENT");
  return { advanced, paid, settled, refunded, carriedOver: of(sums, "CARRY_OVER"), disbursed: advanced + paid - refunded, outstandingAdvance: advanced - settled - refunded };
}

/** Sums by kind from a Prisma groupBy over kind (or any list of kind and amount). */
export function sumsByKind(groups: readonly { kind: LedgerKind; _sum: { amount: Dong | null } }[]): LedgerSums {
  const sums: LedgerSums = {};
  for (const g of groups) sums[g.kind] = sumDong([sums[g.kind] ?? 0n, g._sum.amount ?? 0n]);
  return sums;
}

/** Sums net of reversals: each reversing entry's amount is taken off its kind. */
export function netOfReversals(entries: LedgerSums, reversals: LedgerSums): LedgerSums {
  const net: LedgerSums = { ...entries };
  for (const [kind, amount] of Object.entries(reversals) as [LedgerKind, Dong][]) net[kind] = (net[kind] ?? 0n) - amount;
  return net;
}

/** Funding sources as the measures distinguish them. */
export type ExecutedSource = "KCQG" | "KCDP" | "COUNTERPART" | "OTHER";

/**
 * Executed (thực hiện) for one funding source over one set of đề án and one period
 * (docs/decisions/013):
 * - KCQG: the ledger's disbursed measure;
 * - KCĐP: the province's aggregate report (ProvincialReport.executedAmount) where it reports in
 *   aggregate, else the ledger's disbursed measure; a province and year has exactly one of the two;
 * - counterpart and other sources: null. They are not khuyến công funds, so they never count in
 *   "kinh phí khuyến công thực hiện" nor in a percentage of the khuyến công plan.
 */
export function executedOf(source: ExecutedSource, figures: { ledger: LedgerMeasures; reported?: Dong | null }): Dong | null {
  if (source === "KCQG") return figures.ledger.disbursed;
  if (source === "KCDP") return figures.reported ?? figures.ledger.disbursed;
  return null;
}
