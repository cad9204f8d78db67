import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportError } from "@/components/reports/report-error";
import { ReportSkeleton } from "@/components/reports/report-skeleton";
import { ReportToolbar } from "@/components/reports/report-toolbar";
import { PageHeader } from "@/components/ui/page-header";
import { loadMergerDate } from "@/lib/admin-units/load";
import { isNational } from "@/lib/admin-units/scope";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { requireReportAccess } from "@/lib/reports/build";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { canReadReports } from "@/lib/reports/policy";
import { OverviewBody } from "./_components/overview-report";
import { errorFilters, loadView, readReportQuery, type Search } from "./read-query";

const OVERVIEW_DIMENSIONS = ["zone", "region", "province", "source", "content", "kind"] as const;

/**
 * The overview (national for national roles, the actor's scope otherwise): tiles, lines by zone /
 * region / …, the monthly curve and the map. The shell (heading, filters, switches) is sent first;
 * the figures stream in behind Suspense (decision 062). What can still be a 404 or the error page
 * (a bad query, a filter outside the scope) is settled before the first byte.
 */
export default async function ReportsOverviewPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  if (!canReadReports(actor)) notFound();
  const t = await getTranslations("reportPages");
  const title = t(isNational(actor) ? "overviewTitle" : "scopeTitle");
  const read = await readReportQuery(actor, searchParams, {}, true);
  if (!read.ok) return <ReportError title={title} message={read.message} fields={read.fields} resetHref="/bao-cao" filters={read.filters} />;
  const query = read.value;
  const shell = await loadView(Promise.all([requireReportAccess(actor, query), reportFilterOptions(actor, query), loadMergerDate()]));
  if (!shell.ok) return <ReportError title={title} message={shell.message} fields={shell.fields} resetHref="/bao-cao" filters={await errorFilters(actor, query)} />;
  const [, options, mergerDate] = shell.value;
  return (
    <div className="space-y-6">
      <PageHeader title={title} />
      <ReportToolbar path="/bao-cao" query={query} options={options} choices={OVERVIEW_DIMENSIONS} mergerDate={formatDate(mergerDate, true)} />
      <Suspense fallback={<ReportSkeleton />}>
        <OverviewBody actor={actor} query={query} />
      </Suspense>
    </div>
  );
}
