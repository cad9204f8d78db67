import "server-only";
// The .xlsx door (like Mẫu 2, docs/decisions/010 and 015): the file is checked and read, then its
// rows go through the same submission as the form and the API. The preview judges without
// writing; the commit judges again (the preview is never trusted) and writes all or only the
// valid rows. Every refusal names its row and column ("Dòng 7, cột Kinh phí thực hiện (H): …").
import type { Actor } from "../auth/actor";
import { entryOf, assertCanSubmit, readableOf, submitEntries } from "./mutations";
import type { SubmitMode } from "./schemas";
import type { SubmitResult } from "./types";
import { locate, readPeriodicWorkbook } from "./xlsx/read";
import { buildRejectedRowsWorkbook } from "./xlsx/rejected";

async function judge(actor: Actor, bytes: Uint8Array, mode: SubmitMode, dryRun: boolean) {
  assertCanSubmit(actor);
  const sheet = await readPeriodicWorkbook(bytes);
  // A row with an unreadable cell is refused whole; its other cells are not judged further.
  const entries = sheet.rows.map((r) => (r.cellIssues.length ? { line: r.line, row: null, errors: r.cellIssues, read: readableOf(r.raw) } : entryOf(r.raw, r.line)));
  const result = await submitEntries(actor, entries, "XLSX", mode, { dryRun });
  const rows = result.rows.map((r) => ({ ...r, errors: r.errors.map((e) => locate(e, r.line, sheet.columns)), warnings: r.warnings.map((w) => locate(w, r.line, sheet.columns)) }));
  return { sheet, result: { ...result, rows } };
}

async function run(actor: Actor, bytes: Uint8Array, mode: SubmitMode, dryRun: boolean): Promise<SubmitResult> {
  return (await judge(actor, bytes, mode, dryRun)).result;
}

/** Judges every row of the file and writes nothing. */
export function previewPeriodicUpload(actor: Actor, bytes: Uint8Array): Promise<SubmitResult> {
  return run(actor, bytes, "ALL_OR_NOTHING", true);
}

/** "ALL_OR_NOTHING" writes nothing if any row is refused; "VALID_ONLY" writes the rows that pass. */
export function importPeriodicUpload(actor: Actor, bytes: Uint8Array, mode: SubmitMode): Promise<SubmitResult> {
  return run(actor, bytes, mode, false);
}

/** The refused rows as a file in the template's layout, with a "Lý do" column; writes nothing. */
export async function rejectedPeriodicRowsFile(actor: Actor, bytes: Uint8Array, fileName: string): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  const { sheet, result } = await judge(actor, bytes, "ALL_OR_NOTHING", true);
  const cells = new Map(sheet.rows.map((r) => [r.line, r.cells]));
  const rejected = result.rows.filter((r) => r.status === "REFUSED").map((r) => ({ cells: cells.get(r.line) ?? {}, reasons: r.errors.map((e) => e.message).join("; ") }));
  const base = fileName.replace(/\.xlsx$/i, "").replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "bao-cao-dinh-ky";
  return { fileName: `${base}-dong-bi-tu-choi.xlsx`, bytes: await buildRejectedRowsWorkbook(rejected, { fileName, checkedAt: new Date() }), count: rejected.length };
}
