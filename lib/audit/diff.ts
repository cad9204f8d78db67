// Before and after of the fields a change touched, for the audit trail: the one FieldChange type
// (a cơ sở CNNT edit narrows it to its fields, lib/facilities/changes.ts). Values are made JSON-safe
// (bigint and Date as strings) so the entry reads the same in the database and on the page.

/** One field's change: which field, its value before and after. */
export type FieldChange<F extends string = string, V = unknown> = { field: F; before: V; after: V };

function jsonSafe(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  return value ?? null;
}

/** The fields of `after` whose value differs from `before`, each with both values, in `after`'s order. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return Object.keys(after).flatMap((field) => {
    const from = jsonSafe(before[field]);
    const to = jsonSafe(after[field]);
    return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ field, before: from, after: to }];
  });
}

/**
 * How a đề án save records its changes: `{ field: { from, to } }`, as every project.update entry
 * has since the first; refuseStaleDraft reads the keys and describeData the values.
 */
export function changesByField(changes: readonly FieldChange[]): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(changes.map((c) => [c.field, { from: c.before, to: c.after }]));
}
