import "server-only";
// The form door: one province and period with its two funding sources, typed in triệu đồng.
// Always all-or-nothing; a refusal comes back as field messages keyed "<source>.<field>" (or the
// shared "province", "period", "year"), so the form marks the cell and keeps what was typed.
import type { Actor } from "../auth/actor";
import { DomainError, message } from "../errors";
import { CUMULATIVE_FIELDS } from "./fields";
import { reason, rowIssue } from "./issues";
import { entryOf, submitEntries } from "./mutations";
import { FUNDING_SOURCES, PeriodicReportFormSchema } from "./schemas";
import type { SubmitResult } from "./types";

const SHARED = new Set(["province", "year", "period"]);
const SOURCE_NAME = { KCQG: "KCQG", KCDP: "KCĐP" } as const;

export async function submitPeriodicReportForm(actor: Actor, input: unknown): Promise<SubmitResult> {
  const form = PeriodicReportFormSchema.parse(input);
  const sent = FUNDING_SOURCES.flatMap((source) => {
    const values = form.sources[source] ?? {};
    const blank = CUMULATIVE_FIELDS.every((f) => !values[f]?.trim());
    return blank ? [] : [{ source, raw: { ...values, provinceId: form.provinceId, year: form.year, period: form.period, source, unit: "trieu" } }];
  });
  // A note alone is not a report, but dropping it would lose what was typed without a word.
  const noteOnly = FUNDING_SOURCES.filter((source) => form.sources[source]?.note?.trim() && !sent.some((s) => s.source === source));
  if (noteOnly.length) {
    const note = message("errors.periodicReports.noteWithoutFigures");
    throw new DomainError("VALIDATION", "errors.periodicReports.formRefused", { detail: note }, Object.fromEntries(noteOnly.map((source) => [`${source}.note`, note])));
  }
  if (!sent.length) throw new DomainError("VALIDATION", "errors.periodicReports.formEmpty", {}, { "KCQG.executedAmount": rowIssue("executedAmount", reason("notEntered")).ref });
  const result = await submitEntries(actor, sent.map((s, i) => entryOf(s.raw, i + 1)), "FORM", "ALL_OR_NOTHING");
  if (result.committed) return result;
  const fields = result.rows.flatMap((r, i) => r.errors.map((e) => [e.field && SHARED.has(e.field) ? e.field : `${sent[i]!.source}.${e.field ?? "_"}`, e.ref, sent[i]!.source] as const));
  // The summary names the source of its first issue and how many there are; every field keeps its own.
  const first = fields[0];
  const detail = first ? message("errors.periodicReports.sourceIssue", { source: SOURCE_NAME[first[2]], issue: first[1] }) : "";
  const key = fields.length > 1 ? "errors.periodicReports.formRefusedMany" : "errors.periodicReports.formRefused";
  throw new DomainError("VALIDATION", key, { detail, count: String(fields.length) }, Object.fromEntries(fields.map(([k, ref]) => [k, ref])));
}
