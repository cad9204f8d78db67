// The conference-style summary (issue #9 item 6; reference §6.2 and the regional conference
// articles): per source a sentence with plan, executed, % of the adjusted plan and the ratio to
// the same period, the plan's growth, then plan vs executed by zone (per source) and by province.
// Pure: the reports in, the texts of the document out; conference-pdf.ts lays them out.
import { formatIsoDay } from "../../calendar";
import { formatAmount, formatDate, formatDateTime, formatPercentBp } from "../../format";
import type { CatalogueKey } from "../../i18n/messages";
import type { Dong } from "../../money";
import type { Report, ReportLine } from "../types";
import { linesWithTotals, money, ratioCell, reportMeta, vietnamese, type LabelledLine, type TableCell, type TableRow, type Translate } from "./table";

/** The five reports of one summary: the same query by source, by zone (all, KCQG, KCĐP) and by province. */
export type ConferenceReports = { bySource: Report; byZone: Report; byZoneKcqg: Report; byZoneKcdp: Report; byProvince: Report };

export type ConferenceColumn = { header: string; kind: "seq" | "label" | "number" | "text" };
export type ConferenceTable = { columns: ConferenceColumn[]; rows: { role: TableRow["role"]; cells: string[] }[] };

export type ConferenceDoc = {
  title: string;
  unit: string;
  meta: string[];
  summary: string[];
  zone: ConferenceTable;
  province: ConferenceTable;
  /** "(*) …" naming the provinces that straddle zones, or null. */
  straddling: string | null;
  /** The core's notes of the province report: which plan, the same period's day, periodic reports used, the basis. */
  notes: string[];
  /** Printed at the foot of every page, before the page number. */
  footer: string;
  fileBase: string;
};

/** Tỷ with three decimals in tables (the conference reports' "43,735"), trimmed in sentences. */
const tyCell = (amount: Dong) => formatAmount(amount, "ty", 3);
const tyText = (amount: Dong) => tyCell(amount).replace(/,?0+$/, "");

function cellText(cell: TableCell, trimmed = false): string {
  if (cell.kind === "money") return trimmed ? tyText(cell.amount) : tyCell(cell.amount);
  if (cell.kind === "percent") return formatPercentBp(cell.bp);
  if (cell.kind === "count") return String(cell.value);
  return cell.text;
}

function sourceSentence(t: Translate, source: string, line: ReportLine, lastYear: number): string {
  const c = line.current;
  if (c.planAdjusted === null && c.executed === null) return t("reportExport.conference.sourceNotReported", { source });
  return t("reportExport.conference.sourceSentence", {
    source,
    plan: cellText(money(t, c.planAdjusted), true),
    executed: cellText(money(t, c.executed), true),
    percent: cellText(ratioCell(t, line, line.percentOfPlan)),
    lastYear,
    lastYearExecuted: cellText(money(t, line.lastYear.executed), true),
    vsSamePeriod: cellText(ratioCell(t, line, line.vsSamePeriod)),
  });
}

function summaryOf(t: Translate, report: Report): string[] {
  const { year } = report.query;
  // The national track first, as the conference reports read; any other line after.
  const rank = (line: ReportLine) => {
    const at = ["KCQG", "KCDP"].indexOf(line.key);
    return at < 0 ? 2 : at;
  };
  const sentences = [...report.lines].sort((a, b) => rank(a) - rank(b)).map((line) => sourceSentence(t, line.label, line, year - 1));
  sentences.push(sourceSentence(t, t("reportExport.conference.totalSource"), report.total, year - 1));
  const { planGrowth, current, lastYear } = report.total;
  if (planGrowth.bp !== null && current.planAdjusted !== null && lastYear.planAdjusted !== null) {
    const percent = formatPercentBp(planGrowth.bp < 0n ? -planGrowth.bp : planGrowth.bp);
    const change = t(planGrowth.bp < 0n ? "reportExport.conference.decrease" : "reportExport.conference.increase", { percent });
    sentences.push(t("reportExport.conference.planGrowthSentence", { year, plan: tyText(current.planAdjusted), change, lastYear: year - 1, lastYearPlan: tyText(lastYear.planAdjusted) }));
  }
  return sentences;
}

const label = (r: LabelledLine) => (r.line.straddling?.length && r.role === "line" ? `${r.label} (*)` : r.label);
const seq = (r: LabelledLine) => (r.seq === null ? "" : String(r.seq));

/** The same line in a per-source report: by key for the lines, the total for the total, the context for the context. */
function sameLine(report: Report, r: LabelledLine): ReportLine | undefined {
  if (r.role === "line") return report.lines.find((l) => l.key === r.line.key);
  if (r.role === "total") return report.total;
  return r.context === "national" ? report.context?.national : (report.context?.zone ?? undefined);
}

function zoneTable(t: Translate, reports: ConferenceReports): ConferenceTable {
  const lastYear = reports.byZone.query.year - 1;
  const kcqg = t("fundingSource.KCQG");
  const kcdp = t("fundingSource.KCDP");
  const plan = t("reportExport.column.planAdjusted");
  const executed = t("reportExport.column.executed");
  const number = (header: string): ConferenceColumn => ({ header, kind: "number" });
  const columns: ConferenceColumn[] = [
    { header: t("reportExport.column.seq"), kind: "seq" },
    { header: t("reportExport.dimension.zone"), kind: "label" },
    number(`${kcqg}: ${plan}`),
    number(`${kcqg}: ${executed}`),
    number(`${kcdp}: ${plan}`),
    number(`${kcdp}: ${executed}`),
    number(`${t("reportExport.total")}: ${plan}`),
    number(`${t("reportExport.total")}: ${executed}`),
    number(t("reportExport.column.percentOf", { denominator: t("reportExport.denominator.planAdjusted") })),
    number(t("reportExport.column.lastYearExecuted", { lastYear })),
    number(t("reportExport.column.percentOf", { denominator: t("reportExport.denominator.lastYearExecuted", { lastYear }) })),
  ];
  const pair = (line: ReportLine | undefined) => (line ? [cellText(money(t, line.current.planAdjusted)), cellText(money(t, line.current.executed))] : [t("reportExport.noRatio"), t("reportExport.noRatio")]);
  const rows = linesWithTotals(t, reports.byZone).map((r) => ({
    role: r.role,
    cells: [
      seq(r),
      label(r),
      ...pair(sameLine(reports.byZoneKcqg, r)),
      ...pair(sameLine(reports.byZoneKcdp, r)),
      ...pair(r.line),
      cellText(ratioCell(t, r.line, r.line.percentOfPlan)),
      cellText(money(t, r.line.lastYear.executed)),
      cellText(ratioCell(t, r.line, r.line.vsSamePeriod)),
    ],
  }));
  return { columns, rows };
}

function provinceTable(t: Translate, report: Report): ConferenceTable {
  const lastYear = report.query.year - 1;
  const columns: ConferenceColumn[] = [
    { header: t("reportExport.column.seq"), kind: "seq" },
    { header: t("reportExport.dimension.province"), kind: "label" },
    { header: t("reportExport.column.planAdjusted"), kind: "number" },
    { header: t("reportExport.column.executed"), kind: "number" },
    { header: t("reportExport.column.percentOf", { denominator: t("reportExport.denominator.planAdjusted") }), kind: "number" },
    { header: t("reportExport.column.lastYearExecuted", { lastYear }), kind: "number" },
    { header: t("reportExport.column.percentOf", { denominator: t("reportExport.denominator.lastYearExecuted", { lastYear }) }), kind: "number" },
    { header: t("reportExport.column.path"), kind: "text" },
  ];
  const rows = linesWithTotals(t, report).map((r) => ({
    role: r.role,
    cells: [
      seq(r),
      label(r),
      cellText(money(t, r.line.current.planAdjusted)),
      cellText(money(t, r.line.current.executed)),
      cellText(ratioCell(t, r.line, r.line.percentOfPlan)),
      cellText(money(t, r.line.lastYear.executed)),
      cellText(ratioCell(t, r.line, r.line.vsSamePeriod)),
      r.role === "line" ? t(`reportExport.path.${r.line.path}`) : "",
    ],
  }));
  return { columns, rows };
}

export function conferenceDoc(reports: ConferenceReports, t: Translate = vietnamese): ConferenceDoc {
  const { query } = reports.bySource;
  const cutOff = formatDate(query.cutOff, true);
  const meta = reportMeta(t, reports.bySource);
  const straddling = reports.byProvince.lines.filter((l) => l.straddling?.length);
  const names = [...new Set(straddling.map((l) => `${l.label} (${l.straddling!.join(", ")})`))];
  return {
    title: t("reportExport.conferenceTitle", { year: query.year, cutOff }),
    unit: t("reportExport.unit"),
    meta: [meta.cutOff, meta.asOf, meta.basis],
    summary: summaryOf(t, reports.bySource),
    zone: zoneTable(t, reports),
    province: provinceTable(t, reports.byProvince),
    straddling: names.length ? t("reportExport.conference.straddlingMark", { names: names.join("; ") }) : null,
    notes: reports.byProvince.notes.map((note) => t(note.key as CatalogueKey, note.params)),
    footer: t("reportExport.conference.footerBasis", { basis: t(`reportExport.basisLabel.${query.basis}`), cutOff, asOf: formatDateTime(reports.bySource.asOf) }),
    fileBase: t("reportExport.conferenceFileName", { year: query.year, cutOff: formatIsoDay(query.cutOff) }),
  };
}
