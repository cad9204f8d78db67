import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataTable, type DataRow } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { renderRef } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { currentPlanYear } from "@/lib/calendar";
import { formatDate, formatDateTime, formatInteger, formatAmount, formatPercentBp } from "@/lib/format";
import { ratioBp } from "@/lib/money";
import { COUNT_FIELDS } from "@/lib/periodic-reports/fields";
import { SUBMITTABLE_PERIODS } from "@/lib/periodic-reports/periods";
import { canReadPeriodicReports, canSubmitPeriodicReports } from "@/lib/periodic-reports/policy";
import { listFilterProvinces, listPeriodicReports, type PeriodicReportListRow } from "@/lib/periodic-reports/queries";
import { FUNDING_SOURCES, PeriodicListFilterSchema } from "@/lib/periodic-reports/schemas";

// Periodic reports of the provinces in the actor's scope, with the falling-cumulative flag.
export default async function PeriodicReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!canReadPeriodicReports(actor)) notFound();
  const t = await getTranslations("periodicReports");
  const locale = await requestLocale();
  const tSource = await getTranslations("fundingSource");
  const filter = PeriodicListFilterSchema.parse(await searchParams);
  const [reports, provinces] = await Promise.all([listPeriodicReports(actor, filter), listFilterProvinces(actor)]);
  const periodName = (p: string) => (t.has(`period.${p}`) ? t(`period.${p}` as "period.Q1") : p);
  const years = Array.from({ length: currentPlanYear() - 2018 }, (_, i) => currentPlanYear() - i);
  // Only the counts reported are listed; null is "chưa báo cáo", never 0.
  const outputs = (r: PeriodicReportListRow) => {
    const reported = COUNT_FIELDS.filter((f) => r[f] !== null).map((f) => `${t(`field.${f}`)} ${formatInteger(r[f]!)}`);
    if (!reported.length) return t("notReported");
    return reported.length < COUNT_FIELDS.length ? [...reported, t("othersNotReported")].join(" · ") : reported.join(" · ");
  };
  const flag = (r: PeriodicReportListRow) => (r.falling.length ? t("flag", { period: periodName(r.falling[0]!.previousPeriod), fields: r.falling.map((f) => t(`field.${f.field}`)).join(", ") }) : t("noFlag"));
  const rows: DataRow[] = reports.map((r) => ({
    id: r.id,
    cells: {
      province: { text: `${r.province.name} (${r.province.code})` },
      year: { text: String(r.year), sort: r.year },
      period: { text: periodName(r.period), sort: r.cutOffDate.getTime() },
      cutOff: { text: formatDate(r.cutOffDate, true), sort: r.cutOffDate.getTime() },
      source: { text: tSource.has(r.fundingSource.code) ? tSource(r.fundingSource.code as "KCQG") : r.fundingSource.code },
      plan: { text: formatAmount(r.planAmount, "trieu"), sort: Number(r.planAmount) },
      executed: { text: formatAmount(r.executedAmount, "trieu"), sort: Number(r.executedAmount) },
      share: { text: formatPercentBp(ratioBp(r.executedAmount, r.planAmount)) },
      projects: { text: formatInteger(r.projectCount), sort: r.projectCount },
      outputs: { text: outputs(r), muted: true },
      channel: { text: t(`channel.${r.channel}`) },
      submitted: { text: `${formatDateTime(r.submittedAt)}${r.submittedBy ? ` · ${r.submittedBy.name}` : ""}`, sort: r.submittedAt.getTime() },
      flag: { text: [flag(r), r.superseded ? renderRef(locale, r.superseded) : ""].filter(Boolean).join(" · "), muted: r.falling.length === 0 && !r.superseded },
    },
  }));
  const columns = (["province", "year", "period", "cutOff", "source", "plan", "executed", "share", "projects", "outputs", "channel", "submitted", "flag"] as const).map((key) => ({
    key,
    header: t(`columns.${key}`),
    align: ["plan", "executed", "share", "projects"].includes(key) ? ("right" as const) : undefined,
  }));
  const flagged = reports.filter((r) => r.falling.length).length;
  const select = "rounded border border-slate-300 bg-white px-2 py-2 text-sm";
  const option = (value: string, label: string) => <option key={value} value={value}>{label}</option>;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>{t("intro")}</PageHeader>
      {canSubmitPeriodicReports(actor) ? (
        <div className="flex flex-wrap gap-3 text-sm">
          <Link href="/bao-cao-dinh-ky/moi" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">{t("newReport")}</Link>
          <Link href="/bao-cao-dinh-ky/tai-len" className="rounded border border-blue-700 px-4 py-2 font-medium text-blue-800 hover:bg-blue-50">{t("upload")}</Link>
        </div>
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-2">
        <select name="year" defaultValue={filter.year ?? ""} aria-label={t("filters.year")} className={select}>
          {option("", `${t("filters.year")}: ${t("filters.all")}`)}
          {years.map((y) => option(String(y), String(y)))}
        </select>
        <select name="period" defaultValue={filter.period ?? ""} aria-label={t("filters.period")} className={select}>
          {option("", `${t("filters.period")}: ${t("filters.all")}`)}
          {SUBMITTABLE_PERIODS.map((p) => option(p, periodName(p)))}
        </select>
        <select name="source" defaultValue={filter.source ?? ""} aria-label={t("filters.source")} className={select}>
          {option("", `${t("filters.source")}: ${t("filters.all")}`)}
          {FUNDING_SOURCES.map((s) => option(s, tSource(s)))}
        </select>
        <select name="provinceId" defaultValue={filter.provinceId ?? ""} aria-label={t("filters.province")} className={select}>
          {option("", `${t("filters.province")}: ${t("filters.all")}`)}
          {provinces.map((p) => option(p.id, `${p.name} (${p.code})`))}
        </select>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" name="flagged" value="1" defaultChecked={filter.flagged === "1"} />
          {t("filters.flagged")}
        </label>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">{t("filters.show")}</button>
      </form>
      {flagged ? <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("flaggedCount", { count: flagged })}</p> : null}
      <DataTable columns={columns} rows={rows} emptyText={t("empty")} caption={t("asOf", { date: formatDateTime(new Date()) })} />
    </div>
  );
}
