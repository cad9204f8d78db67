// A report table as CSV. Decided (issue #9 item 6): RFC 4180 with "," between fields, CRLF line
// ends, UTF-8 with a BOM (so Excel opens the Vietnamese correctly), and numbers as plain decimals
// with a "." (amounts exact to the đồng in the stated unit, tỷ; percentages with two places), so
// any program reads them the same whatever its regional settings. The CSV is for other programs;
// people who want Excel's number display download the .xlsx. ";" was rejected: it only helps
// Excel under some regional settings and confuses every other reader. The title, unit, cut-off
// and basis come first, one per line, then an empty line, the header and the rows, then the notes.
import { unitDecimalText } from "../../xlsx/cell-write";
import { neutraliseText } from "../../xlsx/safe-text";
import type { ReportTable, TableCell } from "./table";

const BOM = "\uFEFF";

/** Basis points as a plain percentage with two places: 9170n → "91.70", -5n → "-0.05". */
export function percentDecimalText(bp: bigint): string {
  const negative = bp < 0n;
  const abs = negative ? -bp : bp;
  return `${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** Text is neutralised against formula injection (safe-text.ts), then quoted when it must be. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cellText(cell: TableCell): string {
  switch (cell.kind) {
    case "money":
      return unitDecimalText(cell.amount, "ty");
    case "percent":
      return percentDecimalText(cell.bp);
    case "count":
      return String(cell.value);
    case "text":
      return field(neutraliseText(cell.text));
  }
}

const line = (texts: readonly string[]) => texts.map((t) => field(neutraliseText(t))).join(",");

export function reportCsv(table: ReportTable): string {
  const lines = [line([table.title]), line([table.subtitle]), line([table.unit]), ...table.meta.map((m) => line([m])), ""];
  lines.push(line(table.columns.map((c) => c.header)));
  for (const row of table.rows) lines.push(row.cells.map(cellText).join(","));
  if (table.notes.length) lines.push("", ...table.notes.map((n) => line([n])));
  return BOM + lines.join("\r\n") + "\r\n";
}
