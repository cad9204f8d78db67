// The money panel of a đề án (issue #8 item 8): eight figures, each with the denominator its
// share is of, so no percentage stands without saying "of what" (docs/decisions/023).
import { ratioBp, type Dong } from "../money";
import type { LedgerMeasures } from "./measures";

export type PanelFigureKey = "approved" | "contracted" | "advanced" | "paid" | "settled" | "refunded" | "outstanding" | "remaining";
export type PanelDenominator = "approved" | "contracted" | "advanced" | "paidOut";
export type PanelFigure = { key: PanelFigureKey; amount: Dong | null; share: { bp: bigint | null; of: PanelDenominator } | null };

/**
 * approved: the đề án's approved amount (kinh phí được duyệt); contracted: the main contracts and
 * task assignments in force; the ledger figures are programme money net of reversals;
 * outstanding advance = advanced − settled − refunded; remaining = approved − disbursed.
 */
export function moneyPanelOf(approved: Dong | null, contracted: Dong, m: LedgerMeasures): PanelFigure[] {
  const ofApproved = (amount: Dong) => ({ bp: approved === null ? null : ratioBp(amount, approved), of: "approved" as const });
  const outstanding = m.outstandingAdvance;
  return [
    { key: "approved", amount: approved, share: null },
    { key: "contracted", amount: contracted, share: ofApproved(contracted) },
    { key: "advanced", amount: m.advanced, share: { bp: ratioBp(m.advanced, contracted), of: "contracted" } },
    { key: "paid", amount: m.paid, share: { bp: ratioBp(m.paid, contracted), of: "contracted" } },
    { key: "settled", amount: m.settled, share: { bp: ratioBp(m.settled, m.advanced), of: "advanced" } },
    { key: "refunded", amount: m.refunded, share: { bp: ratioBp(m.refunded, m.advanced + m.paid), of: "paidOut" } },
    { key: "outstanding", amount: outstanding, share: { bp: ratioBp(outstanding, m.advanced), of: "advanced" } },
    { key: "remaining", amount: approved === null ? null : approved - m.disbursed, share: approved === null ? null : ofApproved(approved - m.disbursed) },
  ];
}
