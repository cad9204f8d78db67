import { DateInput } from "@/components/forms/date-input";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InsightsLinks } from "@/components/reports/insights-links";
import { ForecastTable } from "@/components/reports/forecast-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { formatDate, formatInteger, formatPercentBp } from "@/lib/format";
import { DEFAULT_THRESHOLD_BP, MAX_THRESHOLD_BP, MIN_THRESHOLD_BP } from "@/lib/forecast/model";
import { buildForecast, forecastBasisInForce, isFlagged } from "@/lib/forecast/queries";
import { parseThreshold } from "@/lib/forecast/threshold";
import { errorText } from "@/lib/i18n/error-text";
import { renderRef } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { canReadReports } from "@/lib/reports/policy";
import { BASES, SOURCES, parseReportQuery } from "@/lib/reports/query";
import { formatIsoDay } from "@/lib/calendar";

type Params = Record<string, string | string[] | undefined>;

export default async function ForecastPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor();
  if (!canReadReports(actor)) notFound();
  const params = await searchParams;
  const locale = await requestLocale();
  const alerts: string[] = [];
  // Bad report parameters are stated and the defaults used: never a 500, never silently other figures.
  const reportParams = { year: params.year, date: params.date, basis: params.basis, source: params.source };
  let query;
  let failed = false;
  try {
    query = await parseReportQuery(reportParams);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const text = errorText(error, locale);
    alerts.push([text.message, ...Object.values(text.fieldErrors ?? {})].join(" "));
    // The form keeps working from the defaults, but no figures are shown under the error.
    failed = true;
    query = await parseReportQuery({});
  }
  // No basis named: the province set in force at the cut-off (the 34 from 1/7/2025), each province once.
  if (params.basis === undefined || params.basis === "") query = { ...query, basis: await forecastBasisInForce(query.cutOff) };
  const threshold = parseThreshold(typeof params.threshold === "string" ? params.threshold : undefined);
  if (threshold.note) { alerts.push(renderRef(locale, threshold.note)); failed = true; }
  const view = failed ? null : await buildForecast(actor, query, threshold.thresholdBp);
  const t = await getTranslations("forecast");
  const tr = await getTranslations("reports");
  const input = "rounded border border-slate-300 px-2 py-1 text-sm";
  const thresholdBp = view?.thresholdBp ?? threshold.thresholdBp;
  return (
    <div className="space-y-6">
      <InsightsLinks current="forecast" />
      <PageHeader title={t("title")}>{t("intro", { year: query.year, cutOff: formatDate(query.cutOff, true) })}</PageHeader>
      {alerts.map((a) => <p key={a} role="alert" className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900">{a}</p>)}
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col"><span>{t("year")}</span><input name="year" type="number" defaultValue={query.year} className={input} /></label>
        <label className="flex flex-col"><span>{t("cutOff")}</span><DateInput name="date" defaultValue={formatIsoDay(query.cutOff)} className={input} /></label>
        <label className="flex flex-col">
          <span>{t("basisLabel")}</span>
          <select name="basis" defaultValue={query.basis} className={input}>{BASES.map((b) => <option key={b} value={b}>{t(`basis.${b}`)}</option>)}</select>
        </label>
        <label className="flex flex-col">
          <span>{t("sourceLabel")}</span>
          <select name="source" defaultValue={query.source} className={input}>{SOURCES.map((s) => <option key={s} value={s}>{t(`source.${s}`)}</option>)}</select>
        </label>
        <label className="flex flex-col">
          <span>{t("threshold")}</span>
          <input name="threshold" type="number" min={MIN_THRESHOLD_BP / 100} max={MAX_THRESHOLD_BP / 100} defaultValue={thresholdBp / 100} className={input} />
          <span className="text-xs text-slate-500">{t("thresholdHint", { min: MIN_THRESHOLD_BP / 100, max: MAX_THRESHOLD_BP / 100, default: DEFAULT_THRESHOLD_BP / 100 })}</span>
        </label>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">{t("show")}</button>
      </form>
      {view ? (
        <>
      <p className="text-sm" data-testid="forecast-threshold">{t("thresholdStated", { threshold: formatPercentBp(thresholdBp, 0) })} {t("flaggedCount", { count: formatInteger(view.provinces.filter((r) => isFlagged(r.flag)).length) })}</p>
      {view.national ? <ForecastTable title={t("zones")} rows={[...view.zones, { ...view.total, label: t("national") }]} sums /> : null}
      <ForecastTable title={t("provinces")} rows={[...view.provinces, { ...view.total, label: t("zoneSum") }]} />
      {view.total.unforecast ? <p className="text-sm" data-testid="forecast-unforecast">{t("unforecastNote", { count: formatInteger(view.total.unforecast) })}</p> : null}
        </>
      ) : null}
      <p className="text-xs text-slate-500">{t("methodNote")}</p>
      <p className="text-xs text-slate-500">{tr(`notes.basis.${query.basis}`, { date: formatDate(query.cutOff, true) })}</p>
    </div>
  );
}
