import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, formatPercentBp } from "@/lib/format";
import { growthPercent, ratioPercent, reportAmount } from "@/lib/reports/display";
import type { PeriodUsed, Report, ReportLine } from "@/lib/reports/types";

type T = Awaited<ReturnType<typeof getTranslations>>;

/** The data path of a line, with the periodic report used where the line is one province. */
function pathText(t: T, line: ReportLine, periods: readonly PeriodUsed[]): string {
  const used = periods.filter((p) => p.provinceId === line.key);
  const base = t(`reportPages.path.${line.path}`);
  if (!used.length) return base;
  return `${base} (${used.map((p) => t("reportPages.periodOf", { source: t(`reportPages.source.${p.source}`), period: t(`reports.periods.${p.period}`), date: formatDate(p.cutOffDate, true) })).join("; ")})`;
}

function Row({ t, line, path, total }: { t: T; line: ReportLine; path: string; total?: boolean }) {
  const nr = <span className="text-slate-500">{t("notReported")}</span>;
  const money = (v: bigint | null) => reportAmount(v) ?? nr;
  const pct = (v: string | null) => v ?? "–";
  const Cell = total ? "th" : "td";
  return (
    <tr className={total ? "border-t-2 border-slate-300 bg-slate-50 font-semibold" : "border-t border-slate-100"}>
      <Cell scope="row" className="px-3 py-2 text-left align-top">
        {line.href && !total ? (
          <Link href={line.href} className="text-blue-700 hover:underline" data-testid="report-drill" data-key={line.key}>
            {line.label}
          </Link>
        ) : (
          line.label
        )}
      </Cell>
      <td className="px-3 py-2 text-right tabular-nums">{money(line.current.planAdjusted)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{money(line.current.allocated)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{pct(line.allocatedOfKcqgPlan.bp === null ? null : formatPercentBp(line.allocatedOfKcqgPlan.bp))}</td>
      <td className="px-3 py-2 text-right tabular-nums">{money(line.current.executed)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{pct(ratioPercent(line.percentOfPlan))}</td>
      <td className="px-3 py-2 text-right tabular-nums">{money(line.lastYear.executed)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{pct(ratioPercent(line.vsSamePeriod))}</td>
      <td className="px-3 py-2 text-right tabular-nums">{pct(growthPercent(line.planGrowth))}</td>
      <td className="px-3 py-2 text-right tabular-nums">{pct(ratioPercent(line.shareOfNational))}</td>
      <td className="px-3 py-2 text-left text-xs font-normal text-slate-600">{path}</td>
    </tr>
  );
}

/** The lines of a report and their total; each percentage's denominator is in its header. */
export async function ReportLinesTable({ report, caption, testId = "report-lines" }: { report: Report; caption: string; testId?: string }) {
  const t = await getTranslations("reportPages");
  const tRoot = await getTranslations();
  const lastYear = report.query.year - 1;
  const headers = [
    t("col.plan"),
    t("col.allocated"),
    t("col.allocatedOfKcqgPlan"),
    t("col.executed"),
    t("col.percentOfPlan"),
    t("col.lastYear", { year: lastYear }),
    t("col.vsSamePeriod"),
    t("col.planGrowth", { year: lastYear }),
    t("col.share"),
  ];
  if (!report.lines.length) return <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">{t("noLines")}</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid={testId}>
        <caption className="px-3 py-2 text-left text-xs text-slate-500">{caption} · {t("unit")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left first-letter:uppercase">{t(`by.${report.query.by}`)}</th>
            {headers.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 text-right">{h}</th>
            ))}
            <th scope="col" className="px-3 py-2 text-left">{t("col.path")}</th>
          </tr>
        </thead>
        <tbody>
          {report.lines.map((line) => (
            <Row key={line.key} t={t} line={line} path={pathText(tRoot, line, report.periodsUsed)} />
          ))}
        </tbody>
        <tfoot>
          <Row t={t} line={{ ...report.total, label: t("total") }} path={pathText(tRoot, report.total, [])} total />
        </tfoot>
      </table>
    </div>
  );
}

/** The lines table under its heading ("Theo vùng khuyến công"), with the year and cut-off in the caption. */
export async function LinesSection({ report }: { report: Report }) {
  const t = await getTranslations("reportPages");
  const { query } = report;
  return (
    <section aria-labelledby="report-lines-title" className="space-y-2">
      <h2 id="report-lines-title" className="text-lg font-semibold">{t("linesTitle", { by: t(`by.${query.by}`) })}</h2>
      <ReportLinesTable report={report} caption={t("linesCaption", { year: query.year, date: formatDate(query.cutOff, true) })} />
    </section>
  );
}
