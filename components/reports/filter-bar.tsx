// The report filters as a GET form: every choice is a URL parameter, so a view can be shared and
// bookmarked, and the form works without JavaScript. Names and values are those parseReportQuery reads.
import { DateInput } from "@/components/forms/date-input";
import { getTranslations } from "next-intl/server";
import { formatIsoDay, monthOf } from "@/lib/calendar";
import { PROJECT_STATUSES } from "@/lib/projects/statuses";
import { BASES, DIMENSIONS, PRESETS, SOURCES } from "@/lib/reports/query";
import type { ReportFilterOptions } from "@/lib/reports/filter-options";
import type { ReportQuery } from "@/lib/reports/types";
import { YearSelect } from "./year-select";

type Option = { value: string; label: string };
const KINDS = ["FLAGSHIP", "GROUP", "STANDARD"] as const;

function Select({ name, label, value, options, emptyLabel }: { name: string; label: string; value: string | undefined; options: readonly Option[]; emptyLabel?: string }) {
  return (
    <label className="flex flex-col text-xs text-slate-600">
      <span className="mb-1">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="max-w-56 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900" data-testid={`filter-${name}`}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}

/** `fixed` names filters the page's path already decides (a province page has no province choice). */
export async function FilterBar({ query, options, action, fixed = [] }: { query: ReportQuery; options: ReportFilterOptions; action: string; fixed?: readonly ("province" | "implementer")[] }) {
  const t = await getTranslations("reportPages");
  const tAll = await getTranslations();
  const all = t("filter.all");
  const f = query.filter;
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" data-testid="report-filters" aria-label={t("filter.title")}>
      <YearSelect label={t("filter.year")} value={query.year} years={options.years} />
      <Select name="preset" label={t("filter.preset")} value={query.preset} options={PRESETS.map((p) => ({ value: p, label: t(`preset.${p}`) }))} />
      <Select name="month" label={t("filter.month")} value={query.preset === "MONTH" ? String(monthOf(query.cutOff)) : undefined} emptyLabel="–" options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t("filter.monthN", { month: i + 1 }) }))} />
      <label className="flex flex-col text-xs text-slate-600">
        <span className="mb-1">{t("filter.date")}</span>
        <DateInput name="date" defaultValue={query.preset === "DATE" ? formatIsoDay(query.cutOff) : ""} className="rounded border border-slate-300 px-2 py-1.5 text-sm text-slate-900" data-testid="filter-date" />
      </label>
      <Select name="basis" label={t("filter.basis")} value={query.basis} options={BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))} />
      <Select name="source" label={t("filter.source")} value={query.source} options={SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
      <Select name="by" label={t("filter.by")} value={query.by} options={DIMENSIONS.map((d) => ({ value: d, label: t(`by.${d}`) }))} />
      <Select name="zone" label={t("field.zone")} value={f.zoneId} emptyLabel={all} options={options.zones} />
      <Select name="region" label={t("field.region")} value={f.regionId} emptyLabel={all} options={options.regions} />
      {fixed.includes("province") ? null : <Select name="province" label={t("field.province")} value={f.provinceId} emptyLabel={all} options={options.provinces} />}
      <Select name="content" label={t("field.content")} value={f.contentCode} emptyLabel={all} options={options.contents} />
      <Select name="kind" label={t("field.kind")} value={f.kind} emptyLabel={all} options={KINDS.map((k) => ({ value: k, label: tAll(`projectKind.${k}`) }))} />
      {fixed.includes("implementer") ? null : <Select name="implementer" label={t("field.implementer")} value={f.implementerId} emptyLabel={all} options={options.implementers} />}
      <Select name="status" label={t("field.status")} value={f.status} emptyLabel={all} options={PROJECT_STATUSES.map((s) => ({ value: s, label: tAll(`status.${s}`) }))} />
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800" data-testid="filter-submit">
        {t("filter.show")}
      </button>
    </form>
  );
}
