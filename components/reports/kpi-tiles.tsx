import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { KPI_DECIMALS, denominatorKey, planShown, ratioPercent, reportAmount } from "@/lib/reports/display";
import type { Report, ReportLine } from "@/lib/reports/types";

function Tile({ testId, label, value, hint }: { testId: string; label: string; value: string; hint: string }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-4" data-testid={testId}>
      <div className="text-sm text-slate-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</div>
      <div className="mt-1 text-xs text-slate-500">{hint}</div>
    </div>
  );
}

/** Plan, executed, % of plan and vs the same period, each saying which plan and which denominator. */
export async function KpiTiles({ report, line }: { report: Report; line?: ReportLine }) {
  const t = await getTranslations("reportPages");
  const l = line ?? report.total;
  const { year, cutOff } = report.query;
  const nr = t("notReported");
  const money = (v: bigint | null) => (v === null ? nr : `${reportAmount(v, KPI_DECIMALS)} ${t("tyShort")}`);
  const plan = planShown(l.current);
  const cutOffText = formatDate(cutOff, true);
  return (
    <section className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("kpiTitle")}>
      <Tile
        testId="kpi-plan"
        label={t(plan.adjusted ? "kpi.planAdjusted" : "kpi.planOriginal")}
        value={money(plan.amount)}
        hint={plan.adjusted ? t("kpi.planAdjustedHint", { original: money(l.current.planOriginal), date: cutOffText }) : t("kpi.planOriginalHint", { date: cutOffText })}
      />
      <Tile testId="kpi-executed" label={t("kpi.executed")} value={money(l.current.executed)} hint={t("kpi.executedHint", { year, date: cutOffText })} />
      <Tile
        testId="kpi-percent"
        label={t("kpi.percent")}
        value={ratioPercent(l.percentOfPlan) ?? "–"}
        hint={t("kpi.percentHint", { denominator: t(denominatorKey(l.percentOfPlan)), plan: money(l.current.planAdjusted) })}
      />
      <Tile
        testId="kpi-same-period"
        label={t("kpi.samePeriod", { year: year - 1 })}
        value={ratioPercent(l.vsSamePeriod) ?? "–"}
        hint={t("kpi.samePeriodHint", { year: year - 1, amount: money(l.lastYear.executed) })}
      />
    </section>
  );
}
