// The one table model of a report's export (issue #9 item 6): every writer (.xlsx, CSV) renders
// this and nothing else, so the files carry the same headers, unit, cut-off, basis, data path and
// "chưa báo cáo" cells. Pure: a Report and a translator in, rows of typed cells out. Labels come
// from the catalogues (reportExport.*); the routes pass the Vietnamese translator, since the files
// are Vietnamese documents whatever the UI language.
import { formatIsoDay } from "../../calendar";
import { formatDate, formatDateTime } from "../../format";
import { renderMessage, type CatalogueKey, type MessageParams } from "../../i18n/messages";
import type { Dong } from "../../money";
import { MEASURE_KEYS, OUTCOMES, OUTPUT_KEYS } from "../lines";
import type { Ratio, Report, ReportLine } from "../types";

export type Translate = (key: CatalogueKey, params?: MessageParams) => string;

/** Exports are Vietnamese documents (like Mẫu 2): the routes use this translator. */
export const vietnamese: Translate = (key, params) => renderMessage("vi", key, params);

/** A cell: a number in the table's unit, or text (labels, "chưa báo cáo", "–"). */
export type TableCell = { kind: "text"; text: string } | { kind: "money"; amount: Dong } | { kind: "percent"; bp: bigint } | { kind: "count"; value: number };
export type ColumnKind = "seq" | "label" | "money" | "percent" | "count" | "text";
export type TableColumn = { key: string; header: string; kind: ColumnKind };
/** "context" rows are the zone and national totals an SCT sees as totals only. */
export type TableRow = { role: "line" | "total" | "context"; cells: TableCell[] };

export type ReportTable = {
  title: string;
  subtitle: string;
  /** "Đơn vị tính: tỷ đồng": every money cell is in tỷ. */
  unit: string;
  /** Cut-off, as-of instant, geography basis, data-path explanation, in this order. */
  meta: string[];
  columns: TableColumn[];
  rows: TableRow[];
  notes: string[];
  /** The file name without extension (Vietnamese; the route adds the ASCII fallback). */
  fileBase: string;
  sheetName: string;
};

/** Every measure and output count, in the core's order (plan → executed). */
const MONEY = MEASURE_KEYS;
const OUTPUTS = OUTPUT_KEYS;
type RatioKey = "percentOfPlan" | "vsSamePeriod" | "planGrowth" | "shareOfNational";
/**
 * Outcome indicators at acceptance (before → after, lines.ts OUTCOMES), as columns only when some
 * beneficiary reported them. Sums of money are money cells (tỷ); an average (income per worker and
 * month, the core's mean) is a whole number of đồng, as its header says.
 */
type OutcomeSpec = (typeof OUTCOMES)[number];
const cellKindOf = (o: OutcomeSpec): "money" | "count" => (o.kind === "money" && !o.average ? "money" : "count");

function outcomesOf(report: Report): OutcomeSpec[] {
  return OUTCOMES.filter((o) => report.total.outcomes[o.key].reported > 0);
}

const text = (value: string): TableCell => ({ kind: "text", text: value });

/** The measure a ratio's numerator or denominator names, on this line; undefined when the line does not carry it. */
function measureOf(line: ReportLine, key: Ratio["numerator"] | Ratio["denominator"]): Dong | null | undefined {
  if (key === "lastYearExecuted") return line.lastYear.executed;
  if (key === "lastYearPlanAdjusted") return line.lastYear.planAdjusted;
  if (key === "nationalExecuted") return undefined;
  return line.current[key];
}

export function ratioDenominatorLabel(t: Translate, ratio: Ratio, lastYear: number): string {
  const d = ratio.denominator;
  if (d === "planAdjusted" || d === "planOriginal" || d === "nationalExecuted") return t(`reportExport.denominator.${d}`);
  if (d === "lastYearExecuted" || d === "lastYearPlanAdjusted") return t(`reportExport.denominator.${d}`, { lastYear });
  return t("reportExport.denominator.other", { measure: t(`reportExport.column.${d}`) });
}

/** A ratio, or why there is none: "chưa báo cáo" when a side is not reported, "–" on a zero base. */
export function ratioCell(t: Translate, line: ReportLine, ratio: Ratio): TableCell {
  if (ratio.bp !== null) return { kind: "percent", bp: ratio.bp };
  const missing = measureOf(line, ratio.numerator) === null || measureOf(line, ratio.denominator) === null;
  return text(t(missing ? "reportExport.notReported" : "reportExport.noRatio"));
}

export function money(t: Translate, amount: Dong | null): TableCell {
  return amount === null ? text(t("reportExport.notReported")) : { kind: "money", amount };
}

function columnsOf(t: Translate, report: Report): TableColumn[] {
  const lastYear = report.query.year - 1;
  const total = report.total;
  const percent = (key: RatioKey): TableColumn => ({
    key,
    kind: "percent",
    header: key === "planGrowth" ? t("reportExport.column.planGrowth", { lastYear }) : t("reportExport.column.percentOf", { denominator: ratioDenominatorLabel(t, total[key], lastYear) }),
  });
  return [
    { key: "seq", kind: "seq", header: t("reportExport.column.seq") },
    { key: "label", kind: "label", header: t(`reportExport.dimension.${report.query.by}`) },
    ...MONEY.map((key): TableColumn => ({ key, kind: "money", header: t(`reportExport.column.${key}`) })),
    percent("percentOfPlan"),
    { key: "lastYearExecuted", kind: "money", header: t("reportExport.column.lastYearExecuted", { lastYear }) },
    percent("vsSamePeriod"),
    { key: "lastYearPlanAdjusted", kind: "money", header: t("reportExport.column.lastYearPlanAdjusted", { lastYear }) },
    percent("planGrowth"),
    percent("shareOfNational"),
    ...OUTPUTS.map((key): TableColumn => ({ key, kind: "count", header: t(`reportExport.column.${key}`) })),
    ...outcomesOf(report).flatMap((o): TableColumn[] =>
      (["before", "after"] as const).map((when) => ({ key: `${o.key}.${when}`, kind: cellKindOf(o), header: t(`reportExport.outcome.${when}`, { indicator: t(`reportExport.outcome.${o.key}`) }) })),
    ),
    { key: "path", kind: "text", header: t("reportExport.column.path") },
    { key: "straddling", kind: "text", header: t("reportExport.column.straddling") },
  ];
}

function outcomeCell(t: Translate, o: OutcomeSpec, value: bigint | null): TableCell {
  if (value === null) return text(t("reportExport.notReported"));
  return cellKindOf(o) === "money" ? { kind: "money", amount: value } : { kind: "count", value: Number(value) };
}

function rowOf(t: Translate, line: ReportLine, role: TableRow["role"], seq: number | null, label: string, outcomes: readonly OutcomeSpec[]): TableRow {
  return {
    role,
    cells: [
      seq === null ? text("") : { kind: "count", value: seq },
      text(label),
      ...MONEY.map((key) => money(t, line.current[key])),
      ratioCell(t, line, line.percentOfPlan),
      money(t, line.lastYear.executed),
      ratioCell(t, line, line.vsSamePeriod),
      money(t, line.lastYear.planAdjusted),
      ratioCell(t, line, line.planGrowth),
      ratioCell(t, line, line.shareOfNational),
      ...OUTPUTS.map((key): TableCell => (line.outputs[key] === null ? text(t("reportExport.notReported")) : { kind: "count", value: line.outputs[key] })),
      ...outcomes.flatMap((o) => [outcomeCell(t, o, line.outcomes[o.key].before), outcomeCell(t, o, line.outcomes[o.key].after)]),
      text(t(`reportExport.path.${line.path}`)),
      text(line.straddling?.length ? t("reportExport.straddles", { groups: line.straddling.join(", ") }) : ""),
    ],
  };
}

/** `context` says which context total a context row is, so per-source reports can be matched. */
export type LabelledLine = { line: ReportLine; role: TableRow["role"]; seq: number | null; label: string; context?: "zone" | "national" };

/** Lines, the total, then (for an actor without a national view) the zone and national totals. */
export function linesWithTotals(t: Translate, report: Report): LabelledLine[] {
  const rows: LabelledLine[] = report.lines.map((line, i) => ({ line, role: "line", seq: i + 1, label: line.label }));
  rows.push({ line: report.total, role: "total", seq: null, label: t("reportExport.total") });
  if (report.context?.zone) rows.push({ line: report.context.zone, role: "context", context: "zone", seq: null, label: t("reportExport.contextZone", { zone: report.context.zone.label }) });
  if (report.context) rows.push({ line: report.context.national, role: "context", context: "national", seq: null, label: t("reportExport.contextNational") });
  return rows;
}

function rowsOf(t: Translate, report: Report): TableRow[] {
  const outcomes = outcomesOf(report);
  return linesWithTotals(t, report).map((r) => rowOf(t, r.line, r.role, r.seq, r.label, outcomes));
}

/** The report's notes (which plan, the same period, periodic reports used, the basis) and what "chưa báo cáo" means. */
function notesOf(t: Translate, report: Report, rows: TableRow[]): string[] {
  const notes = report.notes.map((note) => t(note.key as CatalogueKey, note.params));
  const notReported = t("reportExport.notReported");
  if (rows.some((r) => r.cells.some((c) => c.kind === "text" && c.text === notReported))) notes.push(t("reportExport.notReportedNote"));
  return notes;
}

/** The header lines every export and the conference PDF print. */
export function reportMeta(t: Translate, report: Report): { cutOff: string; asOf: string; basis: string } {
  return {
    cutOff: t("reportExport.cutOff", { year: report.query.year, cutOff: formatDate(report.query.cutOff, true) }),
    asOf: t("reportExport.asOf", { asOf: formatDateTime(report.asOf) }),
    basis: t("reportExport.basis", { basis: t(`reportExport.basisLabel.${report.query.basis}`) }),
  };
}

export function reportTable(report: Report, t: Translate = vietnamese): ReportTable {
  const { query } = report;
  const dimension = t(`reportExport.dimension.${query.by}`);
  const meta = reportMeta(t, report);
  const rows = rowsOf(t, report);
  return {
    title: t("reportExport.titleUpper", { year: query.year }),
    subtitle: t("reportExport.byDimension", { dimension, source: t(`reportExport.sourceLabel.${query.source}`) }),
    unit: t("reportExport.unit"),
    meta: [meta.cutOff, meta.asOf, meta.basis, t("reportExport.pathNote")],
    columns: columnsOf(t, report),
    rows,
    notes: notesOf(t, report, rows),
    fileBase: t("reportExport.fileName", { year: query.year, dimension: dimension.toLocaleLowerCase("vi"), cutOff: formatIsoDay(query.cutOff) }),
    sheetName: dimension.slice(0, 31),
  };
}
