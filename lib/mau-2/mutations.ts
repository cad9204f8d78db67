import "server-only";
// Committing an Excel import: one transaction for the whole file. The rows are validated again
// inside it, with the đề án they name locked, then each row is saved by the editor's own
// saveDraftInTx. "ALL_OR_NOTHING" writes nothing if any row fails; "VALID_ONLY" writes the rows
// that pass and reports the others.
import { createHash } from "node:crypto";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { DomainError } from "../errors";
import { saveDraftInTx } from "../projects/draft";
import { readMau2Workbook } from "./read-workbook";
import { issueMaker } from "./row-fields";
import { rowStatus, toReport, type ImportMode, type ImportResult, type RowOutcome } from "./types";
import type { HeaderMap } from "./headers";
import { assertCanImport, validateSheet } from "./validate";

/** Thrown inside the transaction to roll it back while keeping the report. */
class RolledBack extends Error {
  constructor(readonly outcomes: RowOutcome[]) {
    super("import rolled back");
  }
}

/** 2.000 rows × a dozen statements each; far above Prisma's 5 s default for interactive transactions. */
const TRANSACTION_TIMEOUT_MS = 180_000;

function summary(outcomes: RowOutcome[], committed: boolean): ImportResult {
  const report = toReport(outcomes);
  return { committed, created: committed ? report.counts.create : 0, updated: committed ? report.counts.update : 0, unchanged: report.counts.unchanged, rejected: report.counts.error, report };
}

/** Saves one row; false when saveDraftInTx refused it (the refusal is added to the row). */
async function saveRow(tx: Parameters<typeof saveDraftInTx>[0], actor: Actor, outcome: RowOutcome, header: HeaderMap): Promise<boolean> {
  if (!outcome.input || outcome.action === "UNCHANGED" || rowStatus(outcome.issues) === "ERROR") return true;
  try {
    await saveDraftInTx(tx, actor, outcome.input);
    return true;
  } catch (error) {
    // saveDraftInTx checks before it writes, so a refusal leaves nothing half-saved for this row.
    if (!(error instanceof DomainError)) throw error;
    const detail = error.details ? Object.values(error.details).join(" ") : "";
    outcome.issues.push(issueMaker(outcome.row, header)(null, `${error.message} ${detail}`.trim()));
    outcome.action = null;
    return false;
  }
}

export async function commitImport(actor: Actor, bytes: Uint8Array, mode: ImportMode): Promise<ImportResult> {
  assertCanImport(actor);
  const sheet = await readMau2Workbook(bytes);
  try {
    const outcomes = await db().$transaction(
      async (tx) => {
        const rows = await validateSheet(tx, actor, sheet, { lock: true });
        if (mode === "ALL_OR_NOTHING" && rows.some((o) => rowStatus(o.issues) === "ERROR")) throw new RolledBack(rows);
        for (const outcome of rows) {
          if (!(await saveRow(tx, actor, outcome, sheet.header)) && mode === "ALL_OR_NOTHING") throw new RolledBack(rows);
        }
        const counts = toReport(rows).counts;
        const sha256 = createHash("sha256").update(bytes).digest("hex");
        await recordAudit(tx, actor, { action: "project.import", entityType: "ExcelImport", entityId: sha256, data: { mode, ...counts } });
        return rows;
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
    return summary(outcomes, true);
  } catch (error) {
    if (error instanceof RolledBack) return summary(error.outcomes, false);
    throw error;
  }
}
