import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/format";
import { renderMessage, type CatalogueKey } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { Report } from "@/lib/reports/types";

/** The heading facts every view states: data as of, the cut-off and the unit. */
export async function ReportAsOf({ report }: { report: Report }) {
  const t = await getTranslations("reportPages");
  const { query } = report;
  return (
    <p className="text-sm text-slate-600" data-testid="report-as-of">
      {t("asOf", { time: formatDateTime(report.asOf) })} · {t("cutOff", { date: formatDate(query.cutOff, true), preset: t(`preset.${query.preset}`), year: query.year })} · {t("unit")}
    </p>
  );
}

/** The footer: the basis, source and unit, and the core's notes (periods used, not reported, …), in the request's language. */
export async function ReportFooter({ report }: { report: Report }) {
  const t = await getTranslations("reportPages");
  const locale = await requestLocale();
  const { query } = report;
  const isBasis = (key: string) => key.startsWith("reports.notes.basis.");
  const render = (n: Report["notes"][number]) => renderMessage(locale, n.key as CatalogueKey, n.params);
  const basis = report.notes.filter((n) => isBasis(n.key));
  const notes = report.notes.filter((n) => !isBasis(n.key));
  const tRoot = await getTranslations();
  // The periodic reports used, by period and closing day, with how many provinces each.
  const periods = new Map<string, { text: string; count: number }>();
  for (const p of report.periodsUsed) {
    const key = `${p.source}|${p.period}|${p.cutOffDate.getTime()}`;
    const text = t("periodOf", { source: t(`source.${p.source}`), period: tRoot(`reports.periods.${p.period}`), date: formatDate(p.cutOffDate, true) });
    periods.set(key, { text, count: (periods.get(key)?.count ?? 0) + 1 });
  }
  return (
    <footer className="space-y-1 border-t border-slate-200 pt-3 text-xs text-slate-600" data-testid="report-footer">
      <p data-testid="report-basis">{basis.map(render).join(" ")}</p>
      <p>{t("sourceFooter", { source: t(`source.${query.source}`) })} · {t("unit")} · {t("notReportedFooter")}</p>
      {periods.size ? (
        <p data-testid="report-periods">{t("periodsUsed", { list: [...periods.values()].map((p) => t("periodCount", { period: p.text, count: p.count })).join("; ") })}</p>
      ) : null}
      {notes.length ? (
        <ul className="list-disc pl-5" data-testid="report-notes">
          {notes.map((n, i) => (
            <li key={`${n.key}-${i}`}>{render(n)}</li>
          ))}
        </ul>
      ) : null}
    </footer>
  );
}
