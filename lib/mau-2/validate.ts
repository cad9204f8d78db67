import "server-only";
// Validates every row of a Mẫu 2 sheet against the đề án rules, with the references loaded once.
// Used by the preview (outside any transaction) and again by the commit (inside its transaction,
// with the named đề án locked): the preview is never trusted.
import type { Actor } from "../auth/actor";
import { canDraftProject } from "../projects/policy";
import type { Tx } from "../db/client";
import { ForbiddenError } from "../errors";
import { buildRow } from "./build-row";
import type { Mau2Sheet } from "./read-workbook";
import { loadReferences, type ImportRefs } from "./references";
import { issueMaker, readFields } from "./row-fields";
import type { RowOutcome } from "./types";

/** Import creates drafts implemented by the actor's organisation (TT 36/2013 Điều 2: đơn vị thực hiện). */
export function assertCanImport(actor: Actor): void {
  if (!canDraftProject(actor)) throw new ForbiddenError("errors.imports.implementerOnly");
}

/** The rows' outcomes, and the references they were checked against (the commit saves with them). */
export type ValidatedSheet = { rows: RowOutcome[]; refs: ImportRefs };

export async function validateSheet(tx: Tx, actor: Actor, sheet: Mau2Sheet, opts: { lock: boolean }): Promise<ValidatedSheet> {
  const read = sheet.rows.map((r) => {
    const at = issueMaker(r.row, sheet.header);
    return { row: r.row, at, ...readFields(r, at) };
  });
  const unique = <T,>(values: (T | undefined | null)[]) => [...new Set(values.filter((v): v is T => v !== undefined && v !== null && v !== ""))];
  const refs = await loadReferences(
    tx,
    actor,
    {
      years: unique(read.map((r) => r.fields.planYear)),
      taxCodes: unique(read.flatMap((r) => r.fields.taxCodes ?? [])),
      codes: unique(read.map((r) => r.fields.code)),
    },
    opts,
  );
  const firstRowOf = new Map<string, number>();
  const rows = read.map(({ row, at, fields, issues }) => {
    const duplicateOfRow = fields.code ? firstRowOf.get(fields.code) : undefined;
    if (fields.code && duplicateOfRow === undefined) firstRowOf.set(fields.code, row);
    return buildRow(row, fields, issues, { actor, refs, at, duplicateOfRow });
  });
  return { rows, refs };
}
