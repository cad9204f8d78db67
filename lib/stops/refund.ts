// The refund of a stopped đề án (TT 36/2013 Điều 11.2.a), pure: due = disbursed − accepted value,
// never below 0, fixed at the stop; refunded = the REFUND entries dated on or after the stop, net of
// their reversals; what remains until 0 (docs/decisions/028).
import type { Prisma } from "../db/generated/client";
import type { CalendarDay } from "../calendar";
import type { Dong } from "../money";

/** The khuyến công money of the đề án (counterpart funds are the beneficiary's own, never refunded). */
export function stopMoneyWhere(projectId: string): Prisma.LedgerEntryWhereInput {
  return { projectId, fundingSource: { code: { not: "COUNTERPART" } } };
}

/**
 * The repayments since the stop: REFUND entries dated on or after it and the reversals of those
 * (a reversal is dated when it is recorded, so it is matched by the date of the entry it reverses).
 * A reversed advance is a correction, not a repayment, so it never counts here.
 */
export function refundsSinceStopWhere(projectId: string, stoppedOn: CalendarDay): Prisma.LedgerEntryWhereInput {
  return { AND: [stopMoneyWhere(projectId), { kind: "REFUND" }, { OR: [{ reversesId: null, occurredOn: { gte: stoppedOn } }, { reverses: { occurredOn: { gte: stoppedOn } } }] }] };
}

export function refundDueOf(disbursed: Dong, accepted: Dong): Dong {
  return disbursed > accepted ? disbursed - accepted : 0n;
}

/** Progress of the refund: the due stays as computed at the stop; remaining never below 0. */
export function refundProgress(stop: { refundDue: Dong }, refundedSinceStop: Dong): { refunded: Dong; remaining: Dong } {
  const refunded = refundedSinceStop > 0n ? refundedSinceStop : 0n;
  const left = stop.refundDue - refunded;
  return { refunded, remaining: left > 0n ? left : 0n };
}
