import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportContext } from "@/components/reports/report-context";
import { ReportError } from "@/components/reports/report-error";
import { ReportAsOf, ReportFooter } from "@/components/reports/report-footer";
import { ReportToolbar } from "@/components/reports/report-toolbar";
import { TrendSection } from "@/components/reports/trend-section";
import { PageHeader } from "@/components/ui/page-header";
import { loadMergerDate } from "@/lib/admin-units/load";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { canReadReports } from "@/lib/reports/policy";
import { reportTrend } from "@/lib/reports/trend-view";
import { errorFilters, loadView, readReportQuery, type Search } from "../read-query";

/** Plan against executed per year, every year at the same cut-off as the query's, with the filters of the overview. */
export default async function ReportTrendPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  if (!canReadReports(actor)) notFound();
  const t = await getTranslations("reportPages");
  const title = t("trend.title");
  const read = await readReportQuery(actor, searchParams);
  if (!read.ok) return <ReportError title={title} message={read.message} fields={read.fields} resetHref="/bao-cao/xu-huong" filters={read.filters} />;
  const query = read.value;
  const loaded = await loadView(Promise.all([reportTrend(actor, query), reportFilterOptions(actor, query), loadMergerDate()]));
  if (!loaded.ok) return <ReportError title={title} message={loaded.message} fields={loaded.fields} resetHref="/bao-cao/xu-huong" filters={await errorFilters(actor, query)} />;
  const [{ rows, latest }, options, mergerDate] = loaded.value;
  return (
    <div className="space-y-6">
      <PageHeader title={title}>
        <ReportAsOf report={latest} />
        <p className="text-xs">{t("trend.note", { first: rows[0]?.year ?? query.year, year: query.year })}</p>
      </PageHeader>
      <ReportToolbar path="/bao-cao/xu-huong" query={query} options={options} choices={[]} mergerDate={formatDate(mergerDate, true)} />
      <TrendSection rows={rows} />
      <ReportContext report={latest} />
      <ReportFooter report={latest} />
    </div>
  );
}
