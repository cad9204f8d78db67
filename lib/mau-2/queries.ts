import "server-only";
// Read-only steps of Mẫu 2. Import: the preview and the rejected-rows file, both validating the
// uploaded bytes again from scratch (nothing is kept on the server between requests). Export:
// exactly the đề án the actor may see (projectScopeWhere), for one plan year and optionally one
// funding source, as plain rows for export-workbook.ts.
import type { Actor } from "../auth/actor";
import { vietnamToday } from "../calendar";
import { provincesInScope } from "../admin-units/load";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ProjectStatus } from "../db/generated/enums";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import type { Mau2Document } from "./export-workbook";
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

export async function loadMau2Document(actor: Actor, input: Mau2ExportInput, statusLabel: (status: ProjectStatus) => string): Promise<Mau2Document> {
  const where: Prisma.ProjectWhereInput = {
    AND: [
      projectScopeWhere(actor),
      { planYear: input.year },
      input.source ? { fundingSource: { code: input.source } } : {},
      input.includeDraftsAndRejected ? {} : { status: { notIn: NOT_REQUESTED } },
    ],
  };
  const [projects, provinces] = await Promise.all([
    db().project.findMany({ where, orderBy: { code: "asc" }, select: rowSelect }),
    provincesInScope(actor, vietnamToday()),
  ]);
  return {
    year: input.year,
    source: input.source ?? null,
    unitName: actor.organisationName,
    provinceName: provinces.length === 1 ? provinces[0]!.name : null,
    exportedAt: new Date(),
    rows: projects.map((p) => ({
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
    })),
  };
}

/** Plan years that exist, newest first, for the export form. */
export async function listExportYears(): Promise<number[]> {
  return (await db().planYear.findMany({ orderBy: { year: "desc" }, select: { year: true } })).map((y) => y.year);
}
