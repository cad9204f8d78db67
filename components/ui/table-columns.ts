// Pure column rules for components/ui/data-table.tsx, kept apart so they can be unit-tested.
export type DataColumn = { key: string; header: string; align?: "left" | "right"; sortable?: boolean; nowrap?: boolean };

// Codes, tax codes and contract numbers read as one token: broken over lines on a phone they are
// misread, so these columns keep to one line unless a page says otherwise.
const CODE_KEYS = new Set(["code", "taxCode", "number", "symbol"]);

export function keepsOneLine(column: DataColumn): boolean {
  return column.nowrap ?? CODE_KEYS.has(column.key);
}
