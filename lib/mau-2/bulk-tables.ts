import "server-only";
// The đề án tables an import writes in bulk, as column → PostgreSQL type for lib/db/bulk-insert.
// The rows come from lib/projects/draft-rows.ts (the editor's own mapping) plus the ids Prisma
// would have generated; the types are checked against those rows' keys, so a new column in
// draft-rows.ts fails to compile here until it is given a type.
import { bulkInsert, bulkUpdateById, type ColumnType } from "../db/bulk-insert";
import type { Tx } from "../db/client";
import { uuidv7 } from "../db/uuid";
import type { draftFields, DraftPartRows } from "../projects/draft-rows";

type DraftColumns = ReturnType<typeof draftFields>;
type ProjectRow = DraftColumns & { id: string; code: string; searchText: string; implementerId: string; createdById: string; updatedAt: Date };
type ProjectUpdate = DraftColumns & { id: string; searchText: string; updatedAt: Date };

const DRAFT_COLUMNS: { readonly [K in keyof DraftColumns]: ColumnType } = {
  title: "text", planYear: "integer", endYear: "integer", fundingSourceId: "uuid", kind: '"ProjectKind"', provinceId: "uuid", multiProvince: "boolean",
  locationText: "text", needAndBasis: "text", objectives: "text", scale: "text", arrangements: "text", expectedEffects: "text",
  totalCost: "bigint", supportAmount: "bigint", counterpartAmount: "bigint", otherAmount: "bigint",
};

export async function insertProjects(tx: Tx, rows: readonly ProjectRow[]): Promise<void> {
  await bulkInsert(tx, "Project", { ...DRAFT_COLUMNS, id: "uuid", code: "text", searchText: "text", implementerId: "uuid", createdById: "uuid", updatedAt: "timestamptz" }, rows);
}

/** Each đề án gets its own values and, as every write does, a new version. */
export async function updateProjects(tx: Tx, rows: readonly ProjectUpdate[]): Promise<void> {
  await bulkUpdateById(tx, "Project", { ...DRAFT_COLUMNS, id: "uuid", searchText: "text", updatedAt: "timestamptz" }, rows, `"version" = t."version" + 1`);
}

/** The "Tạo đề án" step every new đề án starts its history with. */
export async function insertCreatedTransitions(tx: Tx, projectIds: readonly string[], actorId: string): Promise<void> {
  const rows = projectIds.map((projectId) => ({ id: uuidv7(), projectId, toStatus: "DRAFT", actorId, comment: "Tạo đề án" }));
  await bulkInsert(tx, "ProjectTransition", { id: "uuid", projectId: "uuid", toStatus: '"ProjectStatus"', actorId: "uuid", comment: "text" }, rows);
}

export async function insertParts(tx: Tx, parts: readonly DraftPartRows[]): Promise<void> {
  const withId = <T extends object>(rows: T[]) => rows.map((r) => ({ id: uuidv7(), ...r }));
  await bulkInsert(tx, "ProjectContent", { projectId: "uuid", contentCategoryId: "uuid" }, parts.flatMap((p) => p.contents));
  await bulkInsert(tx, "ProjectBeneficiary", { id: "uuid", projectId: "uuid", facilityId: "uuid", supportAmount: "bigint", counterpartAmount: "bigint" }, withId(parts.flatMap((p) => p.beneficiaries)));
  await bulkInsert(tx, "ProjectBudgetLine", {
    id: "uuid", projectId: "uuid", lineNo: "integer", item: "text", contentCategoryId: "uuid", supportNormId: "uuid", facilityId: "uuid", unit: "text", quantity: "integer",
    totalCost: "bigint", supportAmount: "bigint", counterpartAmount: "bigint", otherAmount: "bigint", priority: "boolean", normJustification: "text",
  }, withId(parts.flatMap((p) => p.budgetLines)));
  await bulkInsert(tx, "ProjectWorkItem", { id: "uuid", projectId: "uuid", seq: "integer", description: "text", responsible: "text", startDate: "date", endDate: "date" }, withId(parts.flatMap((p) => p.workItems)));
  await bulkInsert(tx, "ProjectPartner", { id: "uuid", projectId: "uuid", name: "text", role: "text" }, withId(parts.flatMap((p) => p.partners)));
}

export type AuditRow = { actorId: string; action: string; entityType: string; entityId: string };

/** Audit entries as recordAudit writes them (lib/audit/record.ts), many at once. */
export async function insertAudit(tx: Tx, rows: readonly AuditRow[]): Promise<void> {
  await bulkInsert(tx, "AuditLog", { actorId: "uuid", action: "text", entityType: "text", entityId: "text" }, rows);
}
