import "server-only";
// Submitting periodic reports (issue #9 item 3), the one write every door uses: the form, the
// .xlsx upload and the JSON API. One transaction per submission; every row is judged (schemas.ts,
// validate.ts) before the first write, so "all or nothing" writes nothing when one row is refused,
// and "only valid rows" writes the others. Each stored row is audited. A fall of a cumulative
// figure is stored and returned as a warning (docs/decisions/031-periodic-reports.md).
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { db, type Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ConflictError, DomainError, ForbiddenError } from "../errors";
import { formatInteger } from "../format";
import { COUNT_FIELDS } from "./fields";
import { canSubmitPeriodicReports } from "./policy";
import { isSubmittablePeriod } from "./periods";
import { FUNDING_SOURCES, MAX_ROWS, PeriodicReportRowSchema, type SubmitMode } from "./schemas";
import { fieldOf, issueOfZod } from "./issues";
import type { RowIssue, RowRead, RowResult, SubmitChannel, SubmitResult } from "./types";
import { checkEntries, type CheckedEntry, type Entry } from "./validate";

const TRANSACTION_TIMEOUT_MS = 60_000;

/** The province (as named), period and source of a raw row, each only when readable. */
export function readableOf(raw: unknown): RowRead {
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 40) : typeof v === "number" ? String(v) : null);
  const period = text(r.period);
  const source = text(r.source);
  return {
    province: text(r.provinceCode) ?? text(r.provinceId),
    period: period !== null && isSubmittablePeriod(period) ? period : null,
    source: source !== null && (FUNDING_SOURCES as readonly string[]).includes(source) ? (source as RowRead["source"]) : null,
  };
}

/** Parses one raw row; its zod issues become the row's refusals. */
export function entryOf(raw: unknown, line: number, preIssues: RowIssue[] = []): Entry {
  const parsed = PeriodicReportRowSchema.safeParse(raw);
  const read = readableOf(raw);
  if (parsed.success) return { line, row: parsed.data, errors: preIssues, read };
  return { line, row: null, read, errors: [...preIssues, ...parsed.error.issues.map((i) => issueOfZod(fieldOf(i.path), i as { message: string; params?: Record<string, unknown> }))] };
}

export function assertCanSubmit(actor: Actor): void {
  if (!canSubmitPeriodicReports(actor)) throw new ForbiddenError("errors.periodicReports.forbidden");
}

async function write(tx: Tx, actor: Actor, c: CheckedEntry, channel: SubmitChannel): Promise<string> {
  const row = c.row!;
  const key = c.key!;
  const { id } = await tx.provincialReport.create({
    data: {
      provinceId: key.provinceId,
      // The organisation that sent it (for Cục staff, the Cục entering a report received on paper).
      organisationId: actor.organisationId,
      year: key.year,
      period: key.period,
      cutOffDate: key.cutOffDate,
      fundingSourceId: c.fundingSourceId!,
      planAmount: row.planAmount,
      executedAmount: row.executedAmount,
      projectCount: row.projectCount,
      ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, row[f]])),
      channel,
      submittedById: actor.userId,
      note: row.note,
    },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    action: "periodicReport.submit",
    entityType: "ProvincialReport",
    entityId: id,
    data: { channel, provinceId: key.provinceId, year: key.year, period: key.period, source: key.source, planAmount: row.planAmount.toString(), executedAmount: row.executedAmount.toString(), falling: c.falling.map((f) => f.field) },
  });
  return id;
}

function resultOf(c: CheckedEntry, status: RowResult["status"], reportId: string | null): RowResult {
  return { line: c.line, status, reportId, key: c.key, read: c.read ?? { province: null, period: null, source: null }, errors: c.errors, warnings: c.warnings, falling: c.falling };
}

/**
 * Judges and (unless `dryRun`) stores entries already read by a door. Exported for the .xlsx
 * upload, which refuses unreadable cells before a row reaches the schema.
 */
export async function submitEntries(actor: Actor, entries: readonly Entry[], channel: SubmitChannel, mode: SubmitMode, opts: { dryRun?: boolean; now?: Date } = {}): Promise<SubmitResult> {
  assertCanSubmit(actor);
  if (entries.length === 0) throw new DomainError("VALIDATION", "errors.periodicReports.noRows");
  if (entries.length > MAX_ROWS) throw new DomainError("VALIDATION", "errors.periodicReports.tooManyRows", { count: formatInteger(entries.length), max: formatInteger(MAX_ROWS) });
  try {
    return await db().$transaction(
      async (tx) => {
        const checked = await checkEntries(tx, actor, entries, opts.now);
        const refused = checked.filter((c) => c.errors.length).length;
        const commit = !opts.dryRun && (mode === "VALID_ONLY" || refused === 0);
        const rows: RowResult[] = [];
        for (const c of checked) {
          if (c.errors.length) rows.push(resultOf(c, "REFUSED", null));
          else if (!commit) rows.push(resultOf(c, "NOT_SAVED", null));
          else rows.push(resultOf(c, "SAVED", await write(tx, actor, c, channel)));
        }
        const saved = rows.filter((r) => r.status === "SAVED");
        return { committed: commit && saved.length > 0, saved: saved.length, refused, flagged: rows.filter((r) => r.status !== "REFUSED" && r.falling.length).length, rows };
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    // Two submissions of the same period at once: the unique index lets one win; the other is told.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError("errors.periodicReports.concurrent");
    throw error;
  }
}

/**
 * Submits periodic-report rows (each a PeriodicReportRowInput, parsed here). "ALL_OR_NOTHING"
 * (the default) stores nothing if any row is refused; "VALID_ONLY" stores the rows that pass.
 */
export async function submitPeriodicReports(actor: Actor, rows: readonly unknown[], channel: SubmitChannel, options: { mode?: SubmitMode; now?: Date } = {}): Promise<SubmitResult> {
  assertCanSubmit(actor);
  if (rows.length > MAX_ROWS) throw new DomainError("VALIDATION", "errors.periodicReports.tooManyRows", { count: formatInteger(rows.length), max: formatInteger(MAX_ROWS) });
  return submitEntries(actor, rows.map((raw, i) => entryOf(raw, i + 1)), channel, options.mode ?? "ALL_OR_NOTHING", { now: options.now });
}
