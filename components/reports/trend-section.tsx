import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { growthPercent, ratioPercent, reportAmount } from "@/lib/reports/display";
import { trendPoints, type TrendRow } from "@/lib/reports/trend";
import { TrendChart } from "./charts/trend-chart";

/** Plan against executed per year at the same cut-off, with % of plan, vs the same period and plan growth. */
export async function TrendSection({ rows }: { rows: readonly TrendRow[] }) {
  const t = await getTranslations("reportPages");
  const nr = t("notReported");
  return (
    <section aria-labelledby="report-trend-title" className="space-y-3" data-testid="report-trend">
      <h2 id="report-trend-title" className="text-lg font-semibold">{t("trend.chartTitle")}</h2>
      <TrendChart points={trendPoints(rows, nr)} labels={{ plan: t("col.plan"), executed: t("col.executed"), unit: t("tyShort") }} />
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="report-lines">
          <caption className="px-3 py-2 text-left text-xs text-slate-500">{t("trend.caption")} · {t("unit")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">{t("filter.year")}</th>
              <th scope="col" className="px-3 py-2 text-left">{t("trend.cutOff")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("col.plan")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("col.executed")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("col.percentOfPlan")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("trend.vsSamePeriod")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("trend.planGrowth")}</th>
              <th scope="col" className="px-3 py-2 text-left">{t("col.path")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ year, cutOff, line, periodicProvinces }) => (
              <tr key={year} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-left">{year}</th>
                <td className="px-3 py-2">{formatDate(cutOff, true)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{reportAmount(line.current.planAdjusted) ?? nr}</td>
                <td className="px-3 py-2 text-right tabular-nums">{reportAmount(line.current.executed) ?? nr}</td>
                <td className="px-3 py-2 text-right tabular-nums">{ratioPercent(line.percentOfPlan) ?? "–"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{ratioPercent(line.vsSamePeriod) ?? "–"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{growthPercent(line.planGrowth) ?? "–"}</td>
                <td className="px-3 py-2 text-left text-xs text-slate-600" data-testid="report-trend-path">
                  {t(`path.${line.path}`)}
                  {periodicProvinces ? ` (${t("trend.periodicProvinces", { count: periodicProvinces })})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
