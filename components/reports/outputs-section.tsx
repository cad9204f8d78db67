import { getTranslations } from "next-intl/server";
import { formatInteger } from "@/lib/format";
import { reportAmount } from "@/lib/reports/display";
import { OUTCOMES, OUTPUT_KEYS } from "@/lib/reports/lines";
import type { OutputKey, ReportLine } from "@/lib/reports/types";

/** A count as reported: "chưa báo cáo" when no source gave it, else the sum, marked partial when some provinces' reports left it out. */
export function outputText(line: Pick<ReportLine, "outputs" | "outputsNotReported">, k: OutputKey, notReported: string, partial: (count: number) => string): string {
  const v = line.outputs[k];
  if (v === null) return notReported;
  const missing = line.outputsNotReported[k];
  return missing ? `${formatInteger(v)} ${partial(missing)}` : formatInteger(v);
}

/** Output counts of the view's total, and outcome indicators at acceptance (before → after, over the facilities that reported both). */
export async function OutputsSection({ line }: { line: ReportLine }) {
  const t = await getTranslations("reportPages");
  const tRoot = await getTranslations();
  const nr = t("notReported");
  // Sums of money in tỷ; an average (income per worker and month, the mean over the reporting facilities) in đồng, as its label says.
  const value = (v: bigint | null, { kind, average }: (typeof OUTCOMES)[number]) =>
    v === null ? nr : kind === "money" && !average ? `${reportAmount(v)} ${t("tyShort")}` : formatInteger(v);
  return (
    <section aria-labelledby="report-outputs-title" className="space-y-2" data-testid="report-outputs">
      <h2 id="report-outputs-title" className="text-lg font-semibold">{t("outputs.title")}</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="overflow-x-auto">
        <table className="min-w-full rounded border border-slate-200 bg-white text-sm">
          <caption className="px-3 py-2 text-left text-xs text-slate-500">{t("outputs.caption")} {t("outputs.projectsMeaning")}</caption>
          <tbody>
            {OUTPUT_KEYS.map((k) => (
              <tr key={k} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1.5 text-left font-normal">{tRoot(`reports.outputs.${k}`)}</th>
                <td className="px-3 py-1.5 text-right tabular-nums" data-testid={`report-output-${k}`}>{outputText(line, k, nr, (n) => t("outputs.partial", { count: n }))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <div className="overflow-x-auto">
        <table className="min-w-full rounded border border-slate-200 bg-white text-sm">
          <caption className="px-3 py-2 text-left text-xs text-slate-500">{t("outcomes.caption")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-1.5 text-left">{t("outcomes.indicator")}</th>
              <th scope="col" className="px-3 py-1.5 text-right">{t("outcomes.before")}</th>
              <th scope="col" className="px-3 py-1.5 text-right">{t("outcomes.after")}</th>
              <th scope="col" className="px-3 py-1.5 text-right">{t("outcomes.reported")}</th>
            </tr>
          </thead>
          <tbody>
            {OUTCOMES.map((outcome) => {
              const { key } = outcome;
              const o = line.outcomes[key];
              return (
                <tr key={key} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-1.5 text-left font-normal">{t(`outcomes.${key}`)}</th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{value(o.before, outcome)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{value(o.after, outcome)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{t("outcomes.counts", { reported: o.reported, notReported: o.notReported })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
      </div>
    </section>
  );
}
