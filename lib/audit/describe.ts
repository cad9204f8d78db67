// Turns an audit entry's data into lines a person reads: a label key per field, values as text,
// money in triệu đồng, a change as "before → after". Pure, so the page and tests agree.
import { formatMoney } from "../format";

export type AuditLine = { field: string; value: string };
export type AuditRow = { id: bigint; at: Date; action: string; entityType: string; entityId: string; projectId: string | null; data: unknown; actorName: string | null; actorEmail: string | null };
/** A page of the trail, newest first; `nextBefore` is the cursor of the older page, if any. */
export type AuditPage = { rows: AuditRow[]; nextBefore: bigint | null };

/** next-intl keys cannot hold dots, so "plan.adjustment.approve" is looked up as plan_adjustment_approve. */
export function actionKey(action: string): string {
  return action.replaceAll(".", "_");
}

const MONEY_FIELDS = new Set(["amount", "approvedAmount", "total", "envelope", "refundAmount", "settledAmount", "counterpartAmount", "acceptedValue", "counterpartValue", "disbursed", "accepted", "refundDue", "value", "supportAmount", "totalCost"]);

function text(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (MONEY_FIELDS.has(field) && typeof value === "string" && /^-?\d+$/.test(value)) return formatMoney(BigInt(value), "trieu");
  if (typeof value === "boolean") return value ? "có" : "không";
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === "object" ? Object.values(v).map((x) => text("", x)).join(": ") : text(field, v))).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return !!value && typeof value === "object" && !Array.isArray(value) && "from" in value && "to" in value && Object.keys(value).length === 2;
}

/** A change listed as { field, before, after } (a facility edit); personal fields carry no values. */
function listedChange(item: unknown): AuditLine[] {
  if (!item || typeof item !== "object" || typeof (item as { field?: unknown }).field !== "string") return [];
  const { field, before, after } = item as { field: string; before: unknown; after: unknown };
  return [{ field, value: `${text(field, before)} → ${text(field, after)}` }];
}

/** One line per field; a `changes` object becomes one line per changed field. */
export function describeData(data: unknown): AuditLine[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>).flatMap(([field, value]): AuditLine[] => {
    if (field === "changes" && Array.isArray(value)) return value.flatMap(listedChange);
    if (field === "changes" && value && typeof value === "object") return describeData(value);
    if (isChange(value)) return [{ field, value: `${text(field, value.from)} → ${text(field, value.to)}` }];
    return [{ field, value: text(field, value) }];
  });
}
