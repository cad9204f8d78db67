// Before and after of the fields a change touched, for the audit trail. Values are made JSON-safe
// (bigint and Date as strings) so the entry reads the same in the database and on the page.
export type FieldChange = { from: unknown; to: unknown };

function jsonSafe(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  return value ?? null;
}

/** The fields of `after` whose value differs from `before`, each with both values. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of Object.keys(after)) {
    const from = jsonSafe(before[key]);
    const to = jsonSafe(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
