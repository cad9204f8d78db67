// Where a parseDraft error (keyed by the editor's field path) sits in a Mẫu 2 row.
import type { Mau2Key } from "./columns";

const PATH_TO_COLUMN: [RegExp, Mau2Key][] = [
  [/^title\b/, "title"],
  [/^planYear\b/, "planYear"],
  [/^endYear\b/, "endYear"],
  [/^fundingSource\b/, "source"],
  [/^kind\b/, "kind"],
  [/^(locationText|provinceId|multiProvince)\b/, "location"],
  [/^objectives\b/, "objectives"],
  [/^contentCategoryIds\b/, "contents"],
  [/^beneficiaries\b/, "beneficiaries"],
  [/^budgetLines\.\d+\.supportAmount$/, "supportAmount"],
  [/^budgetLines\.\d+\.otherAmount$/, "otherAmount"],
  [/^budgetLines\b/, "totalCost"],
  [/^(id|version)$/, "code"],
];

export function errorKey(path: string): Mau2Key | null {
  return PATH_TO_COLUMN.find(([re]) => re.test(path))?.[1] ?? null;
}

/** budget.ts prefixes messages with the budget line ("Dòng 1 – …"); a row's own single line needs no prefix. */
export const GENERATED_LINE_PREFIX = /^Dòng \d+(?: –|:)\s*/;
