// The shape of every leadership report (issue #9, docs/decisions/030): one query, one result,
// read by the pages, the exports, the PDF and the JSON API alike. Figures are whole đồng; null
// means "not reported", never 0, and is left out of every denominator (with a note).
import type { Basis } from "../admin-units/basis";
import type { CalendarDay } from "../calendar";
import type { ProjectKind, ProjectStatus, ReportPeriod } from "../db/generated/enums";
import type { ErrorKey, MessageParams } from "../i18n/messages";
import type { Dong } from "../money";

/** The khuyến công tracks a report counts; counterpart funds are never khuyến công execution (decision 013). */
export type TrackCode = "KCQG" | "KCDP";
export type SourceFilter = "ALL" | TrackCode;

/** What a report's lines are grouped by; "month" is the year's monthly curve, "project" the đề án of a filter. */
export type Dimension = "zone" | "region" | "province" | "content" | "kind" | "implementer" | "status" | "source" | "month" | "project";

/** How the cut-off was asked: a preset of the year, or any day. */
export type CutOffPreset = "M3" | "M6" | "M9" | "M11" | "YEAR" | "Q1" | "Q2" | "Q3" | "Q4" | "MONTH" | "DATE";

export type ReportFilter = {
  zoneId?: string;
  regionId?: string;
  provinceId?: string;
  /** Content category code (continued across catalogue versions). */
  contentCode?: string;
  kind?: ProjectKind;
  implementerId?: string;
  status?: ProjectStatus;
};

export type ReportQuery = {
  year: number;
  preset: CutOffPreset;
  /** The day the figures are cumulated to (1 January of `year` … cutOff), never after the year's end. */
  cutOff: CalendarDay;
  basis: Basis;
  source: SourceFilter;
  by: Dimension;
  filter: ReportFilter;
};

export type MeasureKey =
  | "planOriginal" // plan as first decided (version 1 in force)
  | "planAdjusted" // plan in force at the cut-off (after adjustments)
  | "allocated"
  | "contracted"
  | "advanced"
  | "paid"
  | "settled"
  | "refunded"
  | "executed"; // thực hiện, decision 013

export type Measures = Record<MeasureKey, Dong | null>;

export type OutputKey = "projects" | "models" | "facilities" | "machines" | "cleanerProduction" | "trainees" | "booths" | "typicalProducts" | "brands";
export type Outputs = Record<OutputKey, number | null>;

export type OutcomeKey = "productionValue" | "revenue" | "jobs" | "averageIncome" | "products" | "machinery";
/** An outcome indicator at acceptance, over the beneficiaries that reported both values: a sum, or the mean for an average (lines.ts OUTCOMES). */
export type Outcome = { before: bigint | null; after: bigint | null; reported: number; notReported: number };

/** Where a line's figures come from: đề án and ledger records, provincial periodic reports, both (different provinces or sources), or nothing. */
export type DataPath = "records" | "periodic" | "mixed" | "none";

/** A ratio in basis points (10 000 = 100 %) with the measure it is over; null when the denominator is 0 or not reported. */
export type Ratio = { bp: bigint | null; numerator: MeasureKey; denominator: MeasureKey | "nationalExecuted" | "lastYearExecuted" | "lastYearPlanAdjusted" };

export type ReportLine = {
  key: string;
  label: string;
  /** The next level of the drill-down (zone → province → đề án → ledger), null at the bottom. */
  href: string | null;
  /** A province of the 34 that straddles zones or regions: the groups it is shown against. */
  straddling: string[] | null;
  current: Measures;
  /** The same measures at the same cut-off of the previous year. */
  lastYear: Measures;
  /**
   * Output counts: a sum over what was reported. Records are complete (0 where no đề án was
   * accepted); a periodic report may leave a count empty, so a count is 0 only when every source
   * reported it, and `outputsNotReported` says how many provinces' reports left it out (partial).
   */
  outputs: Outputs;
  outputsNotReported: Record<OutputKey, number>;
  outcomes: Record<OutcomeKey, Outcome>;
  path: DataPath;
  /**
   * Disbursed in the period (1/1 … cut-off) on đề án of OTHER years' plans — a previous year's đề
   * án paid in January, a carried-over đề án — which `executed` (Y's plan only) leaves out, so
   * every đồng paid out in the period is shown. 0 on a line from records without any; null when
   * nothing on the line is from records (a periodic report does not give it). Not in any ratio.
   */
  disbursedOutsidePlan: Dong | null;
  /** executed / planAdjusted. */
  percentOfPlan: Ratio;
  /** executed / the same period last year. */
  vsSamePeriod: Ratio;
  /** planAdjusted / last year's planAdjusted − 1 (null on a zero base). */
  planGrowth: Ratio;
  /** executed / national executed. */
  shareOfNational: Ratio;
  /**
   * allocated / the KCQG plan in force: allocations are recorded for KCQG only (the KCĐP estimate
   * is the province's, not on the system), so the KCĐP plan is never in this denominator.
   */
  allocatedOfKcqgPlan: { bp: bigint | null; kcqgPlanAdjusted: Dong | null };
};

/** A message for the reader, rendered in the request's locale. */
export type ReportNote = { key: ErrorKey | string; params: MessageParams };

/**
 * A periodic report a province's KCĐP figures come from: of the report's year (`year` = query.year)
 * or of the same period last year (`year` = query.year − 1, at the same cut-off a year earlier).
 */
export type PeriodUsed = { provinceId: string; source: TrackCode; period: ReportPeriod; cutOffDate: CalendarDay; year: number };

export type Report = {
  query: ReportQuery;
  /** When the figures were read (the data is as of this instant). */
  asOf: Date;
  lines: ReportLine[];
  /** Sum of the lines: drilling down always adds up to it. */
  total: ReportLine;
  /** For an actor without a national view: the zone and national totals, shown only as totals. */
  context: { zone: ReportLine | null; national: ReportLine } | null;
  /** This year's periodic reports, then last year's (the same-period comparison), each with its year. */
  periodsUsed: PeriodUsed[];
  notes: ReportNote[];
};
