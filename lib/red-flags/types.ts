// A red flag (cảnh báo, issue #9 §5): one finding of one rule about one subject, with links to the
// records it is about. Rules are pure functions over facts the queries loaded through the actor's
// scope (lib/red-flags/facts.ts), so a rule never widens what the reader sees.
import type { MessageRef } from "../i18n/messages";
import type { Dong } from "../money";

export const RED_FLAG_RULES = [
  "payment-before-contract",
  "advance-above-cap",
  "acceptance-missing",
  "facility-cumulative-cap",
  "unit-cost-outlier",
  "falling-cumulative",
  "disbursement-above-allocation",
] as const;
export type RedFlagRule = (typeof RED_FLAG_RULES)[number];

export type RedFlagLinkKind = "project" | "ledger" | "report" | "facility" | "allocation";
/** `provinceId`: set on a link to a record of another province than the flag's (hidden outside the reader's scope). */
export type RedFlagLink = { kind: RedFlagLinkKind; href: string; label: string; provinceId?: string | null };

export type RedFlag = {
  rule: RedFlagRule;
  /** What the flag is about, stable across readings: the dismissal's key ("LedgerEntry:<id>", …). */
  subjectKey: string;
  /** The province the subject belongs to (scope), null for a national subject. */
  provinceId: string | null;
  /** The finding, with its figures, in the catalogue (redFlags.detail.<rule>). */
  detail: MessageRef;
  links: RedFlagLink[];
  /** The amount at stake, when there is one (sorting, totals). */
  amount: Dong | null;
};

/** What every rule is evaluated against. */
export type RedFlagParams = {
  year: number;
  /** The day the flags are read on (Vietnam calendar day). */
  today: Date;
  /** Acceptance missing: flag when fewer than this many days are left in the year (default 30). */
  acceptanceDays: number;
};
