"use client";
// The periodic-report form: a figure per row, a funding source per column. Values live in this
// component's state, so whatever the server answers (a refusal, a warning) nothing typed is lost.
// Changing the year or period reloads the province list for that cut-off, keeping the figures.
import { useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/action";
import { CUMULATIVE_FIELDS, FUNDING_SOURCES, type FundingSourceCode } from "@/lib/periodic-reports/fields";
import { SUBMITTABLE_PERIODS, type SubmittablePeriod } from "@/lib/periodic-reports/periods";
import type { PeriodicReportFormInput } from "@/lib/periodic-reports/schemas";
import type { SubmitReport } from "@/lib/periodic-reports/types";

type Values = Record<FundingSourceCode, Record<string, string>>;
const FIELDS = [...CUMULATIVE_FIELDS, "note"] as const;

export function ReportForm(props: {
  action: (input: PeriodicReportFormInput) => Promise<ActionResult<SubmitReport>>;
  years: number[];
  year: number;
  period: SubmittablePeriod;
  cutOffText: string;
  provinces: { id: string; code: string; name: string }[];
}) {
  const t = useTranslations("periodicReports");
  const tSource = useTranslations("fundingSource");
  const router = useRouter();
  const pathname = usePathname();
  // An SCT with one province has nothing to choose.
  const [provinceId, setProvinceId] = useState(props.provinces.length === 1 ? props.provinces[0]!.id : "");
  const [values, setValues] = useState<Values>({ KCQG: {}, KCDP: {} });
  const [warnings, setWarnings] = useState<string[]>([]);
  const { pending, message, fieldErrors: errors, run } = useAction(props.action);
  const known = props.provinces.some((p) => p.id === provinceId) ? provinceId : "";
  const reload = (year: number, period: string) => router.replace(`${pathname}?year=${year}&period=${period}`, { scroll: false });
  const set = (source: FundingSourceCode, field: string, value: string) => setValues((v) => ({ ...v, [source]: { ...v[source], [field]: value } }));
  const submit = () =>
    run(
      { provinceId: known, year: props.year, period: props.period, sources: values },
      { success: (data) => t("form.saved", { count: data.saved }), onSuccess: (data) => setWarnings(data.rows.flatMap((r) => r.warnings)) },
    );
  const select = "rounded border px-2 py-1.5 text-sm";
  return (
    <section className="space-y-4 rounded border border-slate-200 bg-white p-4" aria-label={t("form.title")}>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium">{t("form.year")}</span>
          <select className={`${select} border-slate-300`} value={props.year} onChange={(e) => reload(Number(e.target.value), props.period)}>
            {props.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium">{t("form.period")}</span>
          <select className={`${select} ${errors.period ? "border-red-500" : "border-slate-300"}`} value={props.period} onChange={(e) => reload(props.year, e.target.value)}>
            {SUBMITTABLE_PERIODS.map((p) => <option key={p} value={p}>{t(`period.${p}`)}</option>)}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium">{t("form.province")}</span>
          <select className={`${select} ${errors.province || errors.provinceId ? "border-red-500" : "border-slate-300"}`} value={known} onChange={(e) => setProvinceId(e.target.value)}>
            <option value="">{t("form.chooseProvince")}</option>
            {props.provinces.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.code})</option>)}
          </select>
        </label>
        <p className="text-xs text-slate-500">{t("form.cutOff", { date: props.cutOffText })} · {t("form.provincesAt", { date: props.cutOffText })}</p>
      </div>
      {/* Every shared field's error at once, not only the first. */}
      {(["province", "provinceId", "year", "period"] as const).filter((k) => errors[k]).map((k) => <p key={k} role="alert" className="text-sm text-red-700">{errors[k]}</p>)}
      <p className="text-sm italic text-slate-600">{t("form.unit")}</p>
      <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th className="py-1 pr-2">{t("form.figure")}</th>
            {FUNDING_SOURCES.map((s) => <th key={s} className="px-2 py-1">{tSource(s)}</th>)}
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((field) => (
            <tr key={field} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-2 text-left font-normal">{t(`field.${field}`)}</th>
              {FUNDING_SOURCES.map((source) => {
                const error = errors[`${source}.${field}`];
                return (
                  <td key={source} className="px-2 py-1">
                    <input
                      aria-label={`${t(`field.${field}`)} – ${tSource(source)}`}
                      inputMode={field === "note" ? "text" : "decimal"}
                      className={`w-full rounded border px-2 py-1 ${field === "note" ? "" : "text-right tabular-nums"} ${error ? "border-red-500" : "border-slate-300"}`}
                      value={values[source][field] ?? ""}
                      onChange={(e) => set(source, field, e.target.value)}
                    />
                    {error ? <span role="alert" className="text-xs text-red-700">{error}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <ActionButton type="button" onClick={submit} disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
        {pending ? t("form.saving") : t("form.submit")}
      </ActionButton>
      {message ? <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p> : null}
      {warnings.length ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t("form.warnings")}</p>
          <ul className="ml-5 list-disc">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      ) : null}
    </section>
  );
}
