// Results of submitting periodic reports, one per row sent, in the order sent. An issue carries its
// catalogue message (`ref`, rendered at the edge in the request's locale) and its Vietnamese text.
import type { PeriodicReportChannel } from "../db/generated/enums";
import type { Locale } from "../i18n/locales";
import { renderRef, type MessageRef } from "../i18n/messages";
import type { FallingFinding } from "./falling";
import type { RowField } from "./fields";
import type { FundingSourceCode } from "./schemas";
import type { SubmittablePeriod } from "./periods";

/** A channel a person or a program submits through; SEED is the demo data's own. */
export type SubmitChannel = Exclude<PeriodicReportChannel, "SEED">;

export type RowIssue = { field: RowField | null; message: string; ref: MessageRef };

/**
 * SAVED: stored. REFUSED: the row breaks a rule and was not stored. NOT_SAVED: the row was fine
 * but another was refused in an all-or-nothing submission, so nothing was stored.
 */
export type RowStatus = "SAVED" | "REFUSED" | "NOT_SAVED";

/** What could be read of a row even when it is refused (the province as named, the period, the source). */
export type RowRead = { province: string | null; period: SubmittablePeriod | null; source: FundingSourceCode | null };

export type RowKey = { provinceId: string; provinceName: string; year: number; period: SubmittablePeriod; source: FundingSourceCode; cutOffDate: Date };

export type RowResult = {
  /** 1-based position in the submission, or the sheet row for an upload. */
  line: number;
  status: RowStatus;
  reportId: string | null;
  key: RowKey | null;
  /** A refused row's province, period and source as far as they could be read. */
  read: RowRead;
  errors: RowIssue[];
  /** Stored anyway: a cumulative figure lower than the previous period's (or a later period now lower than this). */
  warnings: RowIssue[];
  falling: FallingFinding[];
};

export type SubmitResult = { committed: boolean; saved: number; refused: number; flagged: number; rows: RowResult[] };

/** What a browser is sent: plain strings and numbers, one line per row. */
export type SubmitReportRow = { line: number; status: RowStatus; province: string | null; period: SubmittablePeriod | null; source: FundingSourceCode | null; errors: string[]; warnings: string[] };
export type SubmitReport = { committed: boolean; saved: number; refused: number; flagged: number; rows: SubmitReportRow[] };

/** The browser's shape, its messages in `locale`. */
export function toSubmitReport(result: SubmitResult, locale: Locale): SubmitReport {
  const text = (i: RowIssue) => renderRef(locale, i.ref);
  return {
    committed: result.committed,
    saved: result.saved,
    refused: result.refused,
    flagged: result.flagged,
    rows: result.rows.map((r) => ({ line: r.line, status: r.status, province: r.key?.provinceName ?? r.read.province, period: r.key?.period ?? r.read.period, source: r.key?.source ?? r.read.source, errors: r.errors.map(text), warnings: r.warnings.map(text) })),
  };
}
