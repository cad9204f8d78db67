// The report query from URL parameters (pages, exports, API alike) and back (filters live in the
// URL). Bad input is a VALIDATION DomainError with a Vietnamese message per field, never a 500:
// impossible dates, a cut-off outside the year, a year outside the plan years, unknown zone /
// region / province / content / implementer, repeated or malformed values.
import { z } from "zod";
import { text } from "../text";
import { formatIsoDay, isValidOn, monthOf, parseCalendarDate, vietnamToday, yearOf, type CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import { ProjectKind, ProjectStatus } from "../db/generated/enums";
import { DomainError, message, type FieldMessages } from "../errors";
import { verbatim, type MessageRef } from "../i18n/messages";
import { cutOffOf, endOfYear, startOfYear } from "./period";
import type { CutOffPreset, Dimension, ReportFilter, ReportQuery, SourceFilter } from "./types";

export const PRESETS = ["M3", "M6", "M9", "M11", "YEAR", "Q1", "Q2", "Q3", "Q4", "MONTH", "DATE"] as const satisfies readonly CutOffPreset[];
export const DIMENSIONS = ["zone", "region", "province", "content", "kind", "implementer", "status", "source", "month", "project"] as const satisfies readonly Dimension[];
export const BASES = ["recorded", "63", "34"] as const;
export const SOURCES = ["ALL", "KCQG", "KCDP"] as const satisfies readonly SourceFilter[];

/** The earliest and latest year a report may ask for (a wider value is a "huge range"). */
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional();
// Names or codes looked up in the database: NUL would reach PostgreSQL as a 500 (decision 047).
const ref = text({ max: 100 }).min(1).optional();

const RawSchema = z.object({
  year: z.string().trim().regex(/^\d{1,6}$/).optional(),
  preset: choice(PRESETS),
  month: z.string().trim().regex(/^(?:[1-9]|1[0-2])$/).optional(),
  date: z.string().trim().max(10).optional(),
  basis: choice(BASES),
  source: choice(SOURCES),
  by: choice(DIMENSIONS),
  zone: ref,
  region: ref,
  province: ref,
  content: ref,
  kind: choice(Object.values(ProjectKind) as [ProjectKind, ...ProjectKind[]]),
  implementer: ref,
  status: choice(Object.values(ProjectStatus) as [ProjectStatus, ...ProjectStatus[]]),
});

type Key = keyof z.infer<typeof RawSchema>;
const KEYS = Object.keys(RawSchema.shape) as Key[];

/**
 * The message of a refused parameter, rendered in the reader's locale (never English codes in
 * Vietnamese): it quotes the value and names the choices by their catalogue labels.
 */
function fieldMessage(key: Key, value: string): MessageRef {
  const label = (k: string) => ({ key: k }) as MessageRef;
  switch (key) {
    case "year": return message("errors.reports.yearField", { value, min: YEAR_MIN, max: YEAR_MAX });
    case "preset": return message("errors.reports.presetField", { value });
    case "month": return message("errors.reports.monthField", { value });
    case "date": return message("errors.reports.dateFormatField", { value, example: "2022-09-30" });
    case "basis": return message("errors.reports.basisField", { value, recorded: label("reportPages.basis.recorded"), b63: label("reportPages.basis.63"), b34: label("reportPages.basis.34") });
    case "source": return message("errors.reports.sourceField", { value, all: label("reportPages.source.ALL"), kcqg: label("reportPages.source.KCQG"), kcdp: label("reportPages.source.KCDP") });
    case "by": return message("errors.reports.byField", { value });
    case "kind": return message("errors.reports.kindField", { value });
    case "status": return message("errors.reports.statusField", { value });
    default: return message("errors.reports.tooLongField");
  }
}

/** The refused parameters by their labels (reportPages.field), in the reader's locale: "Năm, Ngày chốt". */
function fieldList(names: readonly string[]): MessageRef {
  const label = (name: string): MessageRef => ((KEYS as string[]).includes(name) ? ({ key: `reportPages.field.${name}` } as MessageRef) : verbatim(name));
  const [first, ...rest] = names;
  return rest.length ? message("errors.reports.fieldList", { first: label(first!), rest: fieldList(rest) }) : label(first!);
}

function invalid(fields: FieldMessages): never {
  throw new DomainError("VALIDATION", "errors.reports.invalidQuery", { fields: fieldList(Object.keys(fields)) }, fields);
}

/** One value per known parameter: a repeated parameter is refused (never "the first one" by accident); unknown ones are ignored. */
function single(params: Params): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const fields: FieldMessages = {};
  for (const key of KEYS) {
    const values = params instanceof URLSearchParams ? params.getAll(key) : ([] as string[]).concat(params[key] ?? []);
    if (values.length > 1) fields[key] = message("errors.reports.repeatedField");
    const value = values[0];
    out[key] = value === undefined || value.trim() === "" ? undefined : value;
  }
  if (Object.keys(fields).length) invalid(fields);
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Resolves the dimension values (id or code) against the database; unknown ones are field errors. */
async function resolveFilter(raw: z.infer<typeof RawSchema>, cutOff: CalendarDay, client: Tx): Promise<{ filter: ReportFilter; fields: FieldMessages }> {
  const filter: ReportFilter = {};
  const fields: FieldMessages = {};
  const byIdOrCode = (value: string) => (UUID.test(value) ? { id: value } : { code: value });
  if (raw.zone) {
    const zone = await client.zone.findFirst({ where: byIdOrCode(raw.zone), select: { id: true } });
    if (zone) filter.zoneId = zone.id;
    else fields.zone = message("errors.reports.unknownField", { value: raw.zone });
  }
  if (raw.region) {
    const region = await client.socioEconomicRegion.findFirst({ where: byIdOrCode(raw.region), select: { id: true } });
    if (region) filter.regionId = region.id;
    else fields.region = message("errors.reports.unknownField", { value: raw.region });
  }
  if (raw.province) {
    // A GSO code is read as of the cut-off (15 is Yên Bái before 1/7/2025, Lào Cai after; decision 014).
    const candidates = await client.province.findMany({ where: byIdOrCode(raw.province), select: { id: true, validFrom: true, validTo: true } });
    const province = UUID.test(raw.province) ? candidates[0] : candidates.find((p) => isValidOn(p, cutOff));
    if (province) filter.provinceId = province.id;
    else fields.province = message("errors.reports.unknownField", { value: raw.province });
  }
  if (raw.content) {
    const content = await client.contentCategory.findFirst({ where: { code: raw.content }, select: { code: true } });
    if (content) filter.contentCode = content.code;
    else fields.content = message("errors.reports.unknownField", { value: raw.content });
  }
  if (raw.implementer) {
    const org = await client.organisation.findFirst({ where: byIdOrCode(raw.implementer), select: { id: true } });
    if (org) filter.implementerId = org.id;
    else fields.implementer = message("errors.reports.unknownField", { value: raw.implementer });
  }
  if (raw.kind) filter.kind = raw.kind;
  if (raw.status) filter.status = raw.status;
  return { filter, fields };
}

/**
 * The report query of URL parameters. Defaults: the current plan year, the cut-off today (capped
 * to the year: 31/12 for a past year, 1/1 for a future one), basis "recorded", source ALL, by zone
 * (or `defaults.by`: the actor's default dimension, policy.ts defaultDimensionOf).
 */
export async function parseReportQuery(params: Params, now: Date = new Date(), client: Tx = db(), defaults: { by?: Dimension } = {}): Promise<ReportQuery> {
  const parsed = RawSchema.safeParse(single(params));
  if (!parsed.success) {
    const fields: FieldMessages = {};
    const raw = single(params);
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as Key;
      fields[key] = fieldMessage(key, (raw[key] ?? "").trim());
    }
    invalid(fields);
  }
  const raw = parsed.data;
  const fields: FieldMessages = {};
  const today = vietnamToday(now);
  const year = raw.year === undefined ? yearOf(today) : Number(raw.year);
  if (year < YEAR_MIN || year > YEAR_MAX) invalid({ year: fieldMessage("year", String(year)) });
  const planYear = await client.planYear.findUnique({ where: { year }, select: { year: true } });
  if (!planYear) invalid({ year: message("errors.reports.unknownYearField", { year }) });

  let preset: CutOffPreset = raw.preset ?? (raw.date ? "DATE" : raw.month ? "MONTH" : "DATE");
  let cutOff: CalendarDay;
  if (preset === "DATE") {
    let day: CalendarDay | undefined;
    if (raw.date) {
      const text = raw.date.trim();
      // Three different mistakes, three messages: the format, a day the calendar lacks, another year.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) invalid({ date: fieldMessage("date", text) });
      try {
        day = parseCalendarDate(text);
      } catch {
        invalid({ date: message("errors.reports.dateImpossibleField", { value: text }) });
      }
      if (yearOf(day) !== year) invalid({ date: message("errors.reports.dateOutsideYearField", { date: raw.date.trim(), year }) });
    } else {
      // Today, capped to the year asked.
      const first = startOfYear(year);
      const last = endOfYear(year);
      day = today < first ? first : today > last ? last : today;
      if (day.getTime() === last.getTime() && !raw.preset) preset = "YEAR";
    }
    cutOff = day;
  } else if (preset === "MONTH") {
    if (!raw.month) invalid({ month: fieldMessage("month", "") });
    cutOff = cutOffOf(year, "MONTH", { month: Number(raw.month) });
  } else {
    cutOff = cutOffOf(year, preset);
  }
  const { filter, fields: filterFields } = await resolveFilter(raw, cutOff, client);
  Object.assign(fields, filterFields);
  if (Object.keys(fields).length) invalid(fields);
  return { year, preset, cutOff, basis: raw.basis ?? "recorded", source: raw.source ?? "ALL", by: raw.by ?? defaults.by ?? "zone", filter };
}

/** The URL parameters of a query (the inverse of parseReportQuery; defaults are written out so a link never drifts). */
export function reportSearchParams(query: ReportQuery, overrides: Partial<Pick<ReportQuery, "by" | "basis" | "source">> & { filter?: ReportFilter } = {}): URLSearchParams {
  const q = { ...query, ...overrides, filter: overrides.filter ?? query.filter };
  const params = new URLSearchParams({ year: String(q.year), preset: q.preset });
  if (q.preset === "MONTH") params.set("month", String(monthOf(q.cutOff)));
  if (q.preset === "DATE") params.set("date", formatIsoDay(q.cutOff));
  params.set("basis", q.basis);
  params.set("source", q.source);
  params.set("by", q.by);
  const f = q.filter;
  if (f.zoneId) params.set("zone", f.zoneId);
  if (f.regionId) params.set("region", f.regionId);
  if (f.provinceId) params.set("province", f.provinceId);
  if (f.contentCode) params.set("content", f.contentCode);
  if (f.kind) params.set("kind", f.kind);
  if (f.implementerId) params.set("implementer", f.implementerId);
  if (f.status) params.set("status", f.status);
  return params;
}
