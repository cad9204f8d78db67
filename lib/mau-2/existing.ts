// An existing đề án seen through Mẫu 2: is a row identical to it? (Its full editor input, which
// keeps the fields Mẫu 2 does not carry, comes from lib/projects/draft-input.)
import { stripControlChars } from "../xlsx/safe-text";
import type { ExistingProject } from "./references";
import type { RowFields } from "./types";

/** Text as it survives a trip through a spreadsheet: no CR, no control characters, trimmed. */
export function comparableText(text: string): string {
  return stripControlChars(text.replace(/\r\n?/g, "\n")).trim();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** True when every column present in the row says what the đề án already holds. */
export function isUnchanged(fields: RowFields, p: ExistingProject): boolean {
  const checks: boolean[] = [
    fields.title === undefined || comparableText(fields.title) === comparableText(p.title),
    fields.location === undefined || comparableText(fields.location) === comparableText(p.locationText),
    fields.objectives === undefined || comparableText(fields.objectives) === comparableText(p.objectives),
    fields.kind === undefined || fields.kind === p.kind,
    fields.source === undefined || fields.source === p.fundingSource.code,
    fields.planYear === undefined || fields.planYear === p.planYear,
    fields.endYear === undefined || (fields.endYear ?? fields.planYear ?? p.planYear) === p.endYear,
    fields.contentCodes === undefined || sameSet(p.contents.map((c) => c.contentCategory.code), fields.contentCodes),
    fields.taxCodes === undefined || sameSet(p.beneficiaries.map((b) => b.facility.taxCode), fields.taxCodes),
    fields.totalCost === undefined || fields.totalCost.dong === p.totalCost,
    fields.supportAmount === undefined || fields.supportAmount.dong === p.supportAmount,
    fields.otherAmount === undefined || fields.otherAmount.dong === p.otherAmount,
  ];
  return checks.every(Boolean);
}
