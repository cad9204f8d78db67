import "server-only";
// Committing an Excel import: one transaction for the whole file. The rows are validated again
// inside it (the preview is never trusted), checked by the editor's reference rules against
// references loaded once, then written in bulk (save-rows.ts), new đề án numbered last.
// "ALL_OR_NOTHING" writes nothing if any row fails; "VALID_ONLY" writes the rows that pass and
// reports the others.
//
// Locks: only the đề án the file updates are locked, after validation, in one sorted call; rows
// that are unchanged or refused are never locked, so a 5.000-row file does not hold every named
// đề án for its whole transaction. If one of the locked đề án changed since validation read it, the
// transaction is rolled back and run once more with every named đề án locked before validation,
// which cannot lose that race (docs/decisions/015-bulk-mau-2-import.md).
import { createHash } from "node:crypto";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { readMau2Workbook, type Mau2Sheet } from "./read-workbook";
import { lockUpdated } from "./references";
import { rowStatus, toReport, type ImportMode, type ImportResult, type RowOutcome } from "./types";
import { checkRowReferences, numberNewRows, rowsToSave, writeRows } from "./save-rows";
import { assertCanImport, validateSheet } from "./validate";

/** Thrown inside the transaction to roll it back while keeping the report. */
class RolledBack extends Error {
  constructor(readonly outcomes: RowOutcome[]) {
    super("import rolled back");
  }
}

/** Thrown inside the transaction when a đề án to update changed between validation and its lock. */
class LostRace extends Error {
  constructor() {
    super("a đề án changed while the import was validated");
  }
}

/** 5.000 rows take a few seconds on a small machine; far above Prisma's 5 s default, with room to spare. */
const TRANSACTION_TIMEOUT_MS = 180_000;

function summary(outcomes: RowOutcome[], committed: boolean): ImportResult {
  const report = toReport(outcomes);
  return { committed, created: committed ? report.counts.create : 0, updated: committed ? report.counts.update : 0, unchanged: report.counts.unchanged, rejected: report.counts.error, report };
}

/** One try; `lockAllNamed` locks every named đề án before validation (the retry after a lost race). */
async function commitOnce(actor: Actor, bytes: Uint8Array, sheet: Mau2Sheet, mode: ImportMode, lockAllNamed: boolean): Promise<RowOutcome[]> {
  return db().$transaction(
    async (tx) => {
      const { rows, refs } = await validateSheet(tx, actor, sheet, { lock: lockAllNamed });
      if (mode === "ALL_OR_NOTHING" && rows.some((o) => rowStatus(o.issues) === "ERROR")) throw new RolledBack(rows);
      const pending = rowsToSave(rows);
      const passed = await checkRowReferences(tx, actor, pending, refs, sheet.header);
      // Every check is done before the first write: a refusal in all-or-nothing writes nothing.
      if (passed.length !== pending.length && mode === "ALL_OR_NOTHING") throw new RolledBack(rows);
      const updatedIds = passed.flatMap((p) => (p.outcome.action === "UPDATE" && p.input.id ? [p.input.id] : []));
      if (!lockAllNamed && !(await lockUpdated(tx, refs, updatedIds))) throw new LostRace();
      const created = await writeRows(tx, actor, passed, refs);
      const counts = toReport(rows).counts;
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      await recordAudit(tx, actor, { action: "project.import", entityType: "ExcelImport", entityId: sha256, data: { mode, ...counts } });
      await numberNewRows(tx, created);
      return rows;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

export async function commitImport(actor: Actor, bytes: Uint8Array, mode: ImportMode): Promise<ImportResult> {
  assertCanImport(actor);
  const sheet = await readMau2Workbook(bytes);
  try {
    try {
      return summary(await commitOnce(actor, bytes, sheet, mode, false), true);
    } catch (error) {
      if (!(error instanceof LostRace)) throw error;
      return summary(await commitOnce(actor, bytes, sheet, mode, true), true);
    }
  } catch (error) {
    if (error instanceof RolledBack) return summary(error.outcomes, false);
    throw error;
  }
}
