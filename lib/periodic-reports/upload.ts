import "server-only";
// The .xlsx door (like Mẫu 2, docs/decisions/010 and 015): the file is checked and read, then its
// rows go through the same submission as the form and the API. The preview judges without
// writing; the commit judges again (the preview is never trusted) and writes all or only the
// valid rows. Every refusal names its row and column ("Dòng 7, cột Kinh phí thực hiện (H): …").
import type { Actor } from "../auth/actor";
import { entryOf, assertCanSubmit, submitEntries } from "./mutations";
import type { SubmitMode } from "./schemas";
import type { SubmitResult } from "./types";
import { locate, readPeriodicWorkbook } from "./xlsx/read";

async function run(actor: Actor, bytes: Uint8Array, mode: SubmitMode, dryRun: boolean): Promise<SubmitResult> {
  assertCanSubmit(actor);
  const sheet = await readPeriodicWorkbook(bytes);
  // A row with an unreadable cell is refused whole; its other cells are not judged further.
  const entries = sheet.rows.map((r) => (r.cellIssues.length ? { line: r.line, row: null, errors: r.cellIssues } : entryOf(r.raw, r.line)));
  const result = await submitEntries(actor, entries, "XLSX", mode, { dryRun });
  const rows = result.rows.map((r) => ({ ...r, errors: r.errors.map((e) => locate(e, r.line, sheet.columns)), warnings: r.warnings.map((w) => locate(w, r.line, sheet.columns)) }));
  return { ...result, rows };
}

/** Judges every row of the file and writes nothing. */
export function previewPeriodicUpload(actor: Actor, bytes: Uint8Array): Promise<SubmitResult> {
  return run(actor, bytes, "ALL_OR_NOTHING", true);
}

/** "ALL_OR_NOTHING" writes nothing if any row is refused; "VALID_ONLY" writes the rows that pass. */
export function importPeriodicUpload(actor: Actor, bytes: Uint8Array, mode: SubmitMode): Promise<SubmitResult> {
  return run(actor, bytes, mode, false);
}
