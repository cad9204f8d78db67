import { getTranslations } from "next-intl/server";
import { ratioPercent, reportAmount } from "@/lib/reports/display";
import type { Report, ReportLine } from "@/lib/reports/types";

/** For an actor without a national view: the zone and national totals, as totals only (no breakdown). */
export async function ReportContext({ report }: { report: Report }) {
  if (!report.context) return null;
  const t = await getTranslations("reportPages");
  const rows: [string, ReportLine][] = [[t("context.own"), report.total]];
  if (report.context.zone) rows.push([t("context.zone", { zone: report.context.zone.label }), report.context.zone]);
  rows.push([t("context.national"), report.context.national]);
  const money = (v: bigint | null) => reportAmount(v) ?? t("notReported");
  return (
    <section aria-labelledby="report-context-title" data-testid="report-context">
      <h2 id="report-context-title" className="mb-2 text-lg font-semibold">{t("context.title")}</h2>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="px-3 py-2 text-left text-xs text-slate-500">{t("context.caption")} · {t("unit")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">{t("context.scope")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("col.plan")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("col.executed")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("col.percentOfPlan")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("col.vsSamePeriod")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, line]) => (
              <tr key={label} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-left font-normal">{label}</th>
                <td className="px-3 py-2 text-right tabular-nums">{money(line.current.planAdjusted)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{money(line.current.executed)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{ratioPercent(line.percentOfPlan) ?? "–"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{ratioPercent(line.vsSamePeriod) ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
