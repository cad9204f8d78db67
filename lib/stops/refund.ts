// The refund of a stopped đề án (TT 36/2013 Điều 11.2.a), pure: due = disbursed − accepted value,
// never below 0; what REFUND entries after the stop have paid back; what remains until 0.
import type { Prisma } from "../db/generated/client";
import type { Dong } from "../money";

/** The khuyến công money of the đề án (counterpart funds are the beneficiary's own, never refunded). */
export function stopMoneyWhere(projectId: string): Prisma.LedgerEntryWhereInput {
  return { projectId, fundingSource: { code: { not: "COUNTERPART" } } };
}

export function refundDueOf(disbursed: Dong, accepted: Dong): Dong {
  return disbursed > accepted ? disbursed - accepted : 0n;
}

/**
 * Progress of the refund. No money goes out after the stop (the ledger refuses it), so the fall of
 * the disbursed measure since the stop is what was refunded.
 */
export function refundProgress(stop: { disbursedAtStop: Dong; refundDue: Dong }, disbursedNow: Dong): { refunded: Dong; remaining: Dong } {
  const fall = stop.disbursedAtStop - disbursedNow;
  const refunded = fall > 0n ? fall : 0n;
  const left = stop.refundDue - refunded;
  return { refunded, remaining: left > 0n ? left : 0n };
}
