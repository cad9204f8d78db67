import { getTranslations } from "next-intl/server";
import { reportSearchParams } from "@/lib/reports/query";
import type { ReportQuery } from "@/lib/reports/types";

/**
 * The slot for a view's exports: .xlsx and CSV of the same query, and the conference PDF. The
 * routes (/bao-cao/xuat, /bao-cao/hoi-nghi) are built with the exports; this only links them.
 * Plain anchors, not next/link: the client router would first fetch each file as an RSC payload
 * (building the whole report once for nothing) before falling back to the download. No `download`
 * attribute: the file comes with Content-Disposition, and a refusal (400 text) is then shown, not saved.
 */
export async function ReportActions({ query }: { query: ReportQuery }) {
  const t = await getTranslations("reportPages");
  const params = reportSearchParams(query);
  const withFormat = (format: string) => `/bao-cao/xuat?${new URLSearchParams([["format", format], ...params])}`;
  const link = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";
  return (
    <nav aria-label={t("actions.title")} className="flex flex-wrap gap-2" data-testid="report-actions">
      <a href={withFormat("xlsx")} className={link} data-testid="export-xlsx">{t("actions.xlsx")}</a>
      <a href={withFormat("csv")} className={link} data-testid="export-csv">{t("actions.csv")}</a>
      <a href={`/bao-cao/hoi-nghi?${params}`} className={link} data-testid="export-pdf">{t("actions.pdf")}</a>
    </nav>
  );
}
