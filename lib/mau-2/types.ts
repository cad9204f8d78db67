// Shapes of an import's result. Issues point at a row and, where one is to blame, a cell (Excel
// column letter plus the Mẫu 2 header), in Vietnamese, so the user can fix the file directly.
import type { ProjectKind } from "../db/generated/enums";
import type { Dong } from "../money";
import type { ProjectDraftInput } from "../projects/schemas";

export type Severity = "ERROR" | "WARNING";

export type ImportIssue = { row: number; column: string | null; field: string | null; message: string; severity: Severity };

/** What committing the row does: create a draft, update one, or nothing (identical to the đề án). */
export type RowAction = "CREATE" | "UPDATE" | "UNCHANGED";

export type RowStatus = "VALID" | "WARNING" | "ERROR";

export type Money = { text: string; dong: Dong };

/** A row's values. `undefined`: the column is absent from the file, or its cell was refused. */
export type RowFields = {
  code: string;
  title?: string;
  implementer?: string;
  location?: string;
  objectives?: string;
  kind?: ProjectKind;
  source?: "KCQG" | "KCDP";
  contentCodes?: string[];
  taxCodes?: string[];
  planYear?: number;
  endYear?: number | null;
  totalCost?: Money;
  supportAmount?: Money;
  counterpartAmount?: Money;
  otherAmount?: Money;
};

/** A validated row, server-side: `input` is the đề án editor's input that save-rows.ts writes for CREATE and UPDATE. */
export type RowOutcome = { row: number; code: string; title: string; action: RowAction | null; issues: ImportIssue[]; input: ProjectDraftInput | null };

/** The report a client sees (plain JSON: no bigint, no draft input). */
export type ImportReportRow = { row: number; code: string; title: string; status: RowStatus; action: RowAction | null; issues: ImportIssue[] };
export type ImportCounts = { total: number; valid: number; warning: number; error: number; create: number; update: number; unchanged: number };
export type ImportReport = { rows: ImportReportRow[]; counts: ImportCounts };

export type ImportMode = "ALL_OR_NOTHING" | "VALID_ONLY";
/** `committed` is false when all-or-nothing found an error: nothing was written. */
export type ImportResult = { committed: boolean; created: number; updated: number; unchanged: number; rejected: number; report: ImportReport };

export function rowStatus(issues: readonly ImportIssue[]): RowStatus {
  return issues.some((i) => i.severity === "ERROR") ? "ERROR" : issues.length ? "WARNING" : "VALID";
}

export function toReport(outcomes: readonly RowOutcome[]): ImportReport {
  const rows = outcomes.map((o) => ({ row: o.row, code: o.code, title: o.title, status: rowStatus(o.issues), action: rowStatus(o.issues) === "ERROR" ? null : o.action, issues: o.issues }));
  const count = (f: (r: ImportReportRow) => boolean) => rows.filter(f).length;
  return {
    rows,
    counts: {
      total: rows.length,
      valid: count((r) => r.status === "VALID"),
      warning: count((r) => r.status === "WARNING"),
      error: count((r) => r.status === "ERROR"),
      create: count((r) => r.action === "CREATE"),
      update: count((r) => r.action === "UPDATE"),
      unchanged: count((r) => r.action === "UNCHANGED"),
    },
  };
}
