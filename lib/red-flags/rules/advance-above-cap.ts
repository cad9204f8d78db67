// Advances above the cap: a contract's advances (net of reversals) above the share of its value
// the advance rule in force at signature allows before acceptance (TT 36/2013 Điều 13 as amended;
// the rule is chosen by lib/disbursements/advance-rules.ts, the one selection the ledger uses).
import { isValidOn } from "../../calendar";
import { strictestAdvanceRule } from "../../disbursements/advance-rules";
import { formatAmount, formatRateBp } from "../../format";
import { message } from "../../i18n/messages";
import { ledgerHref, projectHref } from "../links";
import type { RedFlag } from "../types";

export type AdvanceRuleFact = { code: string; contentCode: string | null; firstAdvanceBp: number; firstAdvanceAfterAcceptance: boolean; advanceCapBp: number; legalBasis: string; validFrom: Date; validTo: Date | null };

export type ContractAdvanceFact = {
  id: string;
  number: string;
  value: bigint;
  signedOn: Date | null;
  /** Advances paid on the contract, net of reversals. */
  advanced: bigint;
  project: { id: string; code: string; provinceId: string | null; contentCodes: string[] };
};

export function advanceAboveCap(contracts: readonly ContractAdvanceFact[], rules: readonly AdvanceRuleFact[]): RedFlag[] {
  return contracts.flatMap((c): RedFlag[] => {
    if (c.signedOn === null || c.advanced <= 0n) return [];
    const signedOn = c.signedOn;
    const rule = strictestAdvanceRule(rules.filter((r) => isValidOn(r, signedOn)), c.project.contentCodes);
    if (!rule) return [];
    const cap = (c.value * BigInt(rule.advanceCapBp)) / 10_000n;
    if (c.advanced <= cap) return [];
    return [{
      rule: "advance-above-cap",
      subjectKey: `Contract:${c.id}`,
      provinceId: c.project.provinceId,
      detail: message("redFlags.detail.advanceAboveCap", {
        contract: c.number,
        advanced: formatAmount(c.advanced, "trieu"),
        cap: formatAmount(cap, "trieu"),
        excess: formatAmount(c.advanced - cap, "trieu"),
        rate: formatRateBp(rule.advanceCapBp),
        value: formatAmount(c.value, "trieu"),
        basis: rule.legalBasis,
      }),
      links: [
        { kind: "project", href: projectHref(c.project.id), label: c.project.code },
        { kind: "ledger", href: ledgerHref(c.id), label: c.number },
      ],
      amount: c.advanced - cap,
    }];
  });
}
