import { getTranslations } from "next-intl/server";
import { monthOf } from "@/lib/calendar";
import { PERIODIC_LINE } from "@/lib/reports/dimensions";
import { curveView, reportAmount } from "@/lib/reports/display";
import type { Report } from "@/lib/reports/types";
import { CumulativeChart } from "./charts/cumulative-chart";

/** Executed cumulated by month against the same period last year: the chart, and the same figures as a table. */
export async function CumulativeSection({ monthly }: { monthly: Report }) {
  const t = await getTranslations("reportPages");
  const { year, cutOff } = monthly.query;
  const points = curveView(monthly.lines, monthOf(cutOff));
  // The curve is records only: periodic cumulatives have no month, so they are said, not drawn.
  const withoutMonth = monthly.lines.filter((l) => l.key === PERIODIC_LINE && l.current.executed !== null);
  return (
    <section aria-labelledby="report-cumulative-title" className="min-w-0 space-y-2" data-testid="report-cumulative">
      <h2 id="report-cumulative-title" className="text-lg font-semibold">{t("cumulative.title", { year, lastYear: year - 1 })}</h2>
      <CumulativeChart points={points} labels={{ current: t("cumulative.current", { year }), lastYear: t("cumulative.lastYear", { year: year - 1 }), month: t("cumulative.month"), unit: t("tyShort") }} />
      <p className="text-xs text-slate-600" data-testid="report-cumulative-records-only">{t("cumulative.recordsOnly")}</p>
      {withoutMonth.map((l) => (
        <p key={l.key} className="text-xs text-amber-800">{t("cumulative.withoutMonth", { label: l.label, amount: reportAmount(l.current.executed) ?? "" })}</p>
      ))}
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700">{t("cumulative.asTable")}</summary>
        <div className="overflow-x-auto">
        <table className="mt-2 min-w-full text-sm" data-testid="report-cumulative-table">
          <caption className="text-left text-xs text-slate-500">{t("cumulative.caption")} · {t("unit")}</caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left">{t("cumulative.month")}</th>
              <th scope="col" className="px-2 py-1 text-right">{t("cumulative.current", { year })}</th>
              <th scope="col" className="px-2 py-1 text-right">{t("cumulative.lastYear", { year: year - 1 })}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.month} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-normal">{t("filter.monthN", { month: p.month })}</th>
                <td className="px-2 py-1 text-right tabular-nums">{p.currentText ?? t("notReported")}</td>
                <td className="px-2 py-1 text-right tabular-nums">{p.lastYearText ?? t("notReported")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
    </section>
  );
}
