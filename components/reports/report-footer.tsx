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

/** The footer: basis, source, the periodic reports used and the core's notes, in the request's language. */
export async function ReportFooter({ report, mergerDate }: { report: Report; mergerDate: Date }) {
  const t = await getTranslations("reportPages");
  const locale = await requestLocale();
  const { query } = report;
  return (
    <footer className="space-y-1 border-t border-slate-200 pt-3 text-xs text-slate-600" data-testid="report-footer">
      <p data-testid="report-basis">{t(`basisFooter.${query.basis}`, { date: formatDate(mergerDate, true) })}</p>
      <p>{t("sourceFooter", { source: t(`source.${query.source}`) })} · {t("unit")} · {t("notReportedFooter")}</p>
      {report.periodsUsed.length ? (
        <p data-testid="report-periods">{t("periodsUsed", { count: report.periodsUsed.length })}</p>
      ) : null}
      {report.notes.length ? (
        <ul className="list-disc pl-5" data-testid="report-notes">
          {report.notes.map((n, i) => (
            <li key={`${n.key}-${i}`}>{renderMessage(locale, n.key as CatalogueKey, n.params)}</li>
          ))}
        </ul>
      ) : null}
    </footer>
  );
}
