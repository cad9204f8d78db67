// Row refusals as catalogue messages (decision 018): "<field label>: <reason>", both from
// messages/*.json, so each edge renders them in the request's locale. `message` keeps the
// Vietnamese rendering for logs, tests and the Vietnamese documents (rejected-rows file).
import { message, renderRef, verbatim, type MessageParams, type MessageRef } from "../i18n/messages";
import type vi from "../../messages/vi.json";
import type { RowField } from "./fields";
import type { RowIssue } from "./types";

export type RowReason = keyof typeof vi.errors.periodicReports.row;

// The prefix of the row reasons (joined, so the catalogue check does not read it as a key).
const ROW = ["errors", "periodicReports", "row", ""].join(".") as `${"errors"}.periodicReports.row.`;

export const fieldLabel = (field: RowField): MessageRef => message(`periodicReports.field.${field}`);

/** A reason of the row catalogue ("chưa nhập số tiền."), without its field. */
export const reason = (key: RowReason, params?: MessageParams): MessageRef => message(`${ROW}${key}`, params);

/** An issue on `field`, worded "<label>: <reason>"; without a field, the reason alone. */
export function rowIssue(field: RowField | null, why: MessageRef): RowIssue {
  const ref = field ? message(`${ROW}labelled`, { label: fieldLabel(field), reason: why }) : why;
  return { field, message: renderRef("vi", ref), ref };
}

/**
 * The zod schemas give a reason's key as their message (and custom issues its params); anything
 * else (zod's own Vietnamese map) is kept as written.
 */
export function issueOfZod(field: RowField | null, issue: { message: string; params?: Record<string, unknown> }): RowIssue {
  if (!issue.message.startsWith(ROW)) return { field, message: issue.message, ref: verbatim(issue.message) };
  return rowIssue(field, { key: issue.message as MessageRef["key"], params: issue.params as MessageParams | undefined });
}

/** A zod path → the row field it concerns ("provinceId", "provinceCode" → "province"). */
export function fieldOf(path: readonly PropertyKey[]): RowField | null {
  const head = String(path[0] ?? "");
  if (head === "provinceId" || head === "provinceCode" || head === "province") return "province";
  return head ? (head as RowField) : null;
}

/** The reason of an issue worded "<label>: <reason>", for messages that name the cell instead. */
export function reasonOf(issue: RowIssue): MessageRef | null {
  return issue.ref.key === `${ROW}labelled` ? (issue.ref.params?.reason as MessageRef) : null;
}
