// The answer to POST /api/v1/periodic-reports, pure: 201 with every row's result when rows were
// stored; otherwise the error envelope with a message per refused row (keyed by its place in the
// request, "rows.2.planAmount") and the same per-row results. Duplicated periods answer 409.
import { formatInteger } from "../format";
import { renderMessage } from "../i18n/messages";
import type { RowIssue, RowResult, SubmitResult } from "../periodic-reports/types";
import { dayJson } from "./serialize";
import { asCalendarDay } from "../calendar";
import { apiJson } from "./respond";

/** The field and its Vietnamese text (the API's language); the catalogue reference stays inside. */
const issueJson = (issue: RowIssue) => ({ field: issue.field, message: issue.message });

function rowJson(row: RowResult) {
  const key = row.key;
  return {
    line: row.line,
    status: row.status,
    reportId: row.reportId,
    province: key && { id: key.provinceId, name: key.provinceName },
    year: key?.year ?? null,
    period: key?.period ?? null,
    source: key?.source ?? null,
    cutOffDate: key ? dayJson(asCalendarDay(key.cutOffDate)) : null,
    errors: row.errors.map(issueJson),
    warnings: row.warnings.map(issueJson),
  };
}

export function submitResultJson(result: SubmitResult) {
  return { committed: result.committed, saved: result.saved, refused: result.refused, flagged: result.flagged, rows: result.rows.map(rowJson) };
}

/**
 * A refused row whose key was resolved passed every check of its own (province, source, figures);
 * lib/periodic-reports only refuses such a row for its period already being reported, in the
 * database or earlier in the same request.
 */
const isDuplicate = (row: RowResult) => row.status === "REFUSED" && row.key !== null;

export function periodicResponse(result: SubmitResult): Response {
  const body = submitResultJson(result);
  if (result.committed) return apiJson(body, 201);
  const refused = result.rows.filter((r) => r.status === "REFUSED");
  const fields = Object.fromEntries(refused.flatMap((r) => r.errors.map((e) => [`rows.${r.line - 1}${e.field ? `.${e.field}` : ""}`, e.message] as const)));
  const first = refused[0];
  const duplicate = refused.length > 0 && refused.every(isDuplicate);
  const params = { refused: formatInteger(refused.length), total: formatInteger(result.rows.length), line: first?.line ?? 0, detail: first?.errors[0]?.message ?? "" };
  const message = renderMessage("vi", duplicate ? "errors.api.rowsDuplicate" : "errors.api.rowsRefused", params);
  return apiJson({ error: { code: duplicate ? "CONFLICT" : "VALIDATION", message, fields }, result: body }, duplicate ? 409 : 400);
}
