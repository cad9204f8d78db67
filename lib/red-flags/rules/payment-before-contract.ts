// Payments before the contract: money out (an advance or a payment) dated before the contract was
// signed, or recorded on a contract that is not signed at all (TT 36/2013 Điều 12–13: advances
// and payments follow the signed contract). A reversing entry and an entry already reversed are
// corrections, not findings.
import { formatAmount, formatDate } from "../../format";
import { message } from "../../i18n/messages";
import { ledgerHref, projectHref } from "../links";
import type { RedFlag } from "../types";

export type LedgerEntryFact = {
  id: string;
  kind: "ADVANCE" | "PAYMENT" | "SETTLEMENT" | "REFUND" | "CARRY_OVER";
  amount: bigint;
  occurredOn: Date;
  voucherRef: string | null;
  reversal: boolean;
  reversed: boolean;
  project: { id: string; code: string; provinceId: string | null };
  contract: { id: string; number: string; signedOn: Date | null; status: "DRAFT" | "SIGNED" | "LIQUIDATED" | "TERMINATED" };
};

export function paymentBeforeContract(entries: readonly LedgerEntryFact[]): RedFlag[] {
  return entries.flatMap((e): RedFlag[] => {
    if ((e.kind !== "ADVANCE" && e.kind !== "PAYMENT") || e.reversal || e.reversed) return [];
    const { contract } = e;
    const unsigned = contract.signedOn === null || contract.status === "DRAFT";
    const early = contract.signedOn !== null && e.occurredOn.getTime() < contract.signedOn.getTime();
    if (!unsigned && !early) return [];
    const params = { voucher: e.voucherRef ?? "—", amount: formatAmount(e.amount, "trieu"), date: formatDate(e.occurredOn, true), contract: contract.number };
    return [{
      rule: "payment-before-contract",
      subjectKey: `LedgerEntry:${e.id}`,
      provinceId: e.project.provinceId,
      detail: unsigned
        ? message("redFlags.detail.paymentUnsigned", params)
        : message("redFlags.detail.paymentBeforeSigning", { ...params, signedOn: formatDate(contract.signedOn!, true) }),
      links: [
        { kind: "project", href: projectHref(e.project.id), label: e.project.code },
        { kind: "ledger", href: ledgerHref(contract.id), label: contract.number },
      ],
      amount: e.amount,
    }];
  });
}
