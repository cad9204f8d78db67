// What the browser gets back from a bulk registration: per đề án, registered or the reason in the
// request's locale (domain errors render at the edge, lib/i18n/error-text). Pure.
import type { DomainError } from "../errors";
import { edgeText, errorText } from "../i18n/error-text";
import type { Locale } from "../i18n/locales";

export type BulkRegisterRow = { projectId: string; ok: true } | { projectId: string; ok: false; code: string; reason: string };

type Outcome = { projectId: string; ok: true } | { projectId: string; ok: false; error: DomainError | null };

export function toBulkRegisterReport(outcomes: readonly Outcome[], locale: Locale): BulkRegisterRow[] {
  return outcomes.map((o) => {
    if (o.ok) return { projectId: o.projectId, ok: true };
    if (!o.error) return { projectId: o.projectId, ok: false, code: "UNEXPECTED", reason: edgeText(locale, "errors.action.unexpected") };
    return { projectId: o.projectId, ok: false, code: o.error.code, reason: errorText(o.error, locale).message };
  });
}
