import "server-only";
// Read-only steps of the Excel import: the preview and the rejected-rows file. Both validate the
// uploaded bytes again from scratch; nothing is kept on the server between requests.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { buildRejectedRowsWorkbook } from "../exports/rejected-rows";
import { readMau2Workbook } from "./mau-2";
import { rowStatus, toReport, type ImportIssue, type ImportReport } from "./types";
import { assertCanImport, validateSheet } from "./validate";

export async function previewImport(actor: Actor, bytes: Uint8Array): Promise<ImportReport> {
  assertCanImport(actor);
  const sheet = await readMau2Workbook(bytes);
  return toReport(await validateSheet(db(), actor, sheet, { lock: false }));
}

/** "Dòng 7 – Cột M (Kinh phí khuyến công hỗ trợ): …" */
export function describeIssue(issue: ImportIssue): string {
  const where = issue.column ? `Cột ${issue.column}${issue.field ? ` (${issue.field})` : ""}: ` : issue.field ? `${issue.field}: ` : "";
  return `${where}${issue.message}`;
}

export async function rejectedRowsFile(actor: Actor, bytes: Uint8Array, fileName: string): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  assertCanImport(actor);
  const sheet = await readMau2Workbook(bytes);
  const outcomes = await validateSheet(db(), actor, sheet, { lock: false });
  const cellsByRow = new Map(sheet.rows.map((r) => [r.row, r.cells]));
  const rejected = outcomes
    .filter((o) => rowStatus(o.issues) === "ERROR")
    .map((o) => ({
      cells: cellsByRow.get(o.row) ?? {},
      reasons: `Dòng ${o.row} của tệp gốc – ${o.issues.filter((i) => i.severity === "ERROR").map(describeIssue).join("; ")}`,
    }));
  const base = fileName.replace(/\.xlsx$/i, "").replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "mau-2";
  const out = await buildRejectedRowsWorkbook(rejected, { unitName: actor.organisationName, fileName, exportedAt: new Date() });
  return { fileName: `${base}-dong-bi-tu-choi.xlsx`, bytes: out, count: rejected.length };
}
