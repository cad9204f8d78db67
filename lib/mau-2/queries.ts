import "server-only";
// Read-only steps of Mẫu 2. Import: the preview and the rejected-rows file, both validating the
// uploaded bytes again from scratch (nothing is kept on the server between requests). Export:
// exactly the đề án the actor may see (projectScopeWhere), for one plan year and optionally one
// funding source, read in keyset batches by code and streamed through export-workbook.ts, so the
// file never sits in memory whole (docs/decisions/059).
import type { Actor } from "../auth/actor";
import { vietnamToday } from "../calendar";
import { provincesInScope } from "../admin-units/load";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ProjectStatus } from "../db/generated/enums";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { log } from "../log";
import { mau2FileName, mau2WorkbookStream, type Mau2Head, type Mau2Row } from "./export-workbook";
import type { Mau2ExportInput } from "./schemas";
import { buildRejectedRowsWorkbook } from "./rejected-rows";
import { readMau2Workbook } from "./read-workbook";
import { rowStatus, toReport, type ImportIssue, type ImportReport } from "./types";
import { assertCanImport, validateSheet } from "./validate";

export async function previewImport(actor: Actor, bytes: Uint8Array): Promise<ImportReport> {
  assertCanImport(actor);
  const sheet = await readMau2Workbook(bytes);
  return toReport((await validateSheet(db(), actor, sheet, { lock: false })).rows);
}

/** "Dòng 7 – Cột M (Kinh phí khuyến công hỗ trợ): …" */
export function describeIssue(issue: ImportIssue): string {
  const where = issue.column ? `Cột ${issue.column}${issue.field ? ` (${issue.field})` : ""}: ` : issue.field ? `${issue.field}: ` : "";
  return `${where}${issue.message}`;
}

export async function rejectedRowsFile(actor: Actor, bytes: Uint8Array, fileName: string): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  assertCanImport(actor);
  const sheet = await readMau2Workbook(bytes);
  const { rows: outcomes } = await validateSheet(db(), actor, sheet, { lock: false });
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

const rowSelect = {
  code: true,
  title: true,
  locationText: true,
  kind: true,
  status: true,
  planYear: true,
  endYear: true,
  totalCost: true,
  supportAmount: true,
  counterpartAmount: true,
  otherAmount: true,
  objectives: true,
  fundingSource: { select: { code: true } },
  implementer: { select: { names: NAME_HISTORY_SELECT } },
  contents: { select: { contentCategory: { select: { code: true, sortOrder: true } } } },
  beneficiaries: { select: { facility: { select: { taxCode: true } } } },
} satisfies Prisma.ProjectSelect;

/** Not part of a registration request (Mẫu 2 "đề nghị đăng ký"): not yet sent, or refused. */
const NOT_REQUESTED: ProjectStatus[] = ["DRAFT", "REJECTED_BY_SCT", "REJECTED_BY_CUC"];

/** Đề án per query: a batch is read while the previous one is on its way to the client. */
const BATCH = 1_000;
/** `batchSize` lets a test cross batch boundaries with a handful of đề án. */
export type BatchOptions = { batchSize?: number };
type ProjectRow = Prisma.ProjectGetPayload<{ select: typeof rowSelect }>;

function toRow(p: ProjectRow, statusLabel: (status: ProjectStatus) => string): Mau2Row {
  return {
    code: p.code,
    title: p.title,
    implementer: nameAt(p.implementer.names),
    location: p.locationText,
    kind: p.kind,
    source: p.fundingSource.code === "KCDP" ? "KCDP" : "KCQG",
    contentCodes: [...p.contents].sort((a, b) => a.contentCategory.sortOrder - b.contentCategory.sortOrder).map((c) => c.contentCategory.code),
    taxCodes: p.beneficiaries.map((b) => b.facility.taxCode).sort(),
    planYear: p.planYear,
    endYear: p.endYear,
    totalCost: p.totalCost,
    supportAmount: p.supportAmount,
    counterpartAmount: p.counterpartAmount,
    otherAmount: p.otherAmount,
    objectives: p.objectives,
    note: statusLabel(p.status),
  };
}

/**
 * The rows of the export in code order, `BATCH` at a time, each batch after the last code of the
 * one before (keyset on the unique code: no OFFSET, each query an index range). Each batch is read when asked for,
 * so batches are not one snapshot: a đề án changed meanwhile shows as it was when its batch was
 * read, and the totals row adds up the rows the file holds.
 */
export async function* mau2RowBatches(actor: Actor, input: Mau2ExportInput, statusLabel: (status: ProjectStatus) => string, { batchSize = BATCH }: BatchOptions = {}): AsyncGenerator<Mau2Row[]> {
  const where: Prisma.ProjectWhereInput = {
    AND: [
      projectScopeWhere(actor),
      { planYear: input.year },
      input.source ? { fundingSource: { code: input.source } } : {},
      input.includeDraftsAndRejected ? {} : { status: { notIn: NOT_REQUESTED } },
    ],
  };
  let after: string | null = null;
  for (;;) {
    const batch: ProjectRow[] = await db().project.findMany({ where: after ? { AND: [where, { code: { gt: after } }] } : where, orderBy: { code: "asc" }, take: batchSize, select: rowSelect });
    if (batch.length) yield batch.map((p) => toRow(p, statusLabel));
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.code;
  }
}

/**
 * The Mẫu 2 file of the route GET /de-an/excel/xuat, as a stream. The first batch is read before
 * this returns, so a failure to read (the database down, a refused scope) is thrown here, while
 * the route can still answer with a message; a later failure cuts the download short and is logged.
 */
export async function exportMau2(actor: Actor, input: Mau2ExportInput, statusLabel: (status: ProjectStatus) => string, options: BatchOptions = {}): Promise<{ fileName: string; body: ReadableStream<Uint8Array> }> {
  const batches = mau2RowBatches(actor, input, statusLabel, options);
  const [first, provinces] = await Promise.all([batches.next(), provincesInScope(actor, vietnamToday())]);
  const head: Mau2Head = { year: input.year, source: input.source ?? null, unitName: actor.organisationName, provinceName: provinces.length === 1 ? provinces[0]!.name : null, exportedAt: new Date() };
  async function* all(): AsyncGenerator<Mau2Row[]> {
    if (first.done) return;
    yield first.value;
    yield* batches;
  }
  const body = mau2WorkbookStream(head, all(), (error) => void log.error("Mẫu 2 export failed while streaming", { error }));
  return { fileName: mau2FileName(input.year, input.source ?? null), body };
}

/** Plan years that exist, newest first, for the export form. */
export async function listExportYears(): Promise<number[]> {
  return (await db().planYear.findMany({ orderBy: { year: "desc" }, select: { year: true } })).map((y) => y.year);
}
