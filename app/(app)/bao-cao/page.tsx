import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CumulativeSection } from "@/components/reports/cumulative-section";
import { KpiTiles } from "@/components/reports/kpi-tiles";
import { ReportContext } from "@/components/reports/report-context";
import { ReportError } from "@/components/reports/report-error";
import { ReportAsOf, ReportFooter } from "@/components/reports/report-footer";
import { OutputsSection } from "@/components/reports/outputs-section";
import { LinesSection } from "@/components/reports/report-lines-table";
import { ReportMap } from "@/components/reports/report-map";
import { ReportToolbar } from "@/components/reports/report-toolbar";
import { PageHeader } from "@/components/ui/page-header";
import { loadMergerDate } from "@/lib/admin-units/load";
import { isNational } from "@/lib/admin-units/scope";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { buildReport } from "@/lib/reports/build";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { reportMapView } from "@/lib/reports/map-view";
import { canReadReports } from "@/lib/reports/policy";
import { errorFilters, loadView, readReportQuery, type Search } from "./read-query";

const OVERVIEW_DIMENSIONS = ["zone", "region", "province", "source", "content", "kind"] as const;

/** The overview (national for national roles, the actor's scope otherwise): tiles, lines by zone / region / …, the monthly curve and the map. */
export default async function ReportsOverviewPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  if (!canReadReports(actor)) notFound();
  const t = await getTranslations("reportPages");
  const title = t(isNational(actor) ? "overviewTitle" : "scopeTitle");
  const read = await readReportQuery(actor, searchParams, {}, true);
  if (!read.ok) return <ReportError title={title} message={read.message} fields={read.fields} resetHref="/bao-cao" filters={read.filters} />;
  const query = read.value;
  const loaded = await loadView(Promise.all([buildReport(actor, query), buildReport(actor, { ...query, by: "month" }), reportMapView(actor, query), reportFilterOptions(actor, query), loadMergerDate()]));
  if (!loaded.ok) return <ReportError title={title} message={loaded.message} fields={loaded.fields} resetHref="/bao-cao" filters={await errorFilters(actor, query)} />;
  const [report, monthly, map, options, mergerDate] = loaded.value;
  return (
    <div className="space-y-6">
      <PageHeader title={title}>
        <ReportAsOf report={report} />
      </PageHeader>
      <ReportToolbar path="/bao-cao" query={query} options={options} choices={OVERVIEW_DIMENSIONS} mergerDate={formatDate(mergerDate, true)} />
      <KpiTiles report={report} />
      <ReportContext report={report} />
      <LinesSection report={report} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,32rem)]">
        <CumulativeSection monthly={monthly} />
        <ReportMap set={map.set} basis={query.basis} cells={map.cells} unplaced={map.unplaced} />
      </div>
      <OutputsSection line={report.total} />
      <ReportFooter report={report} />
    </div>
  );
}
