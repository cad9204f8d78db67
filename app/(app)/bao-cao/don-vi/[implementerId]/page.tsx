import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportDetail } from "@/components/reports/report-detail";
import { ReportError } from "@/components/reports/report-error";
import { loadMergerDate } from "@/lib/admin-units/load";
import { requireActor } from "@/lib/auth/session";
import { vietnamToday } from "@/lib/calendar";
import { formatDate } from "@/lib/format";
import { buildReport } from "@/lib/reports/build";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { canReadReports } from "@/lib/reports/policy";
import { findImplementerName } from "@/lib/reports/subjects";
import { errorFilters, loadView, readReportQuery, type Search } from "../../read-query";

/** One implementer (đơn vị thực hiện): its đề án within the actor's scope, by đề án, content, province, … */
export default async function ImplementerReportPage({ params, searchParams }: { params: Promise<{ implementerId: string }>; searchParams: Search }) {
  const actor = await requireActor();
  if (!canReadReports(actor)) notFound();
  const { implementerId } = await params;
  const t = await getTranslations("reportPages");
  const path = `/bao-cao/don-vi/${implementerId}`;
  const read = await readReportQuery(actor, searchParams, { implementer: implementerId });
  const name = await findImplementerName(implementerId, read.ok ? read.value.cutOff : vietnamToday());
  if (!name) notFound();
  const title = t("implementerTitle", { name });
  if (!read.ok) return <ReportError title={title} message={read.message} fields={read.fields} resetHref={path} filters={read.filters} fixed={["implementer"]} />;
  const query = read.value;
  // An implementer of a province outside the actor's scope: buildReport answers NotFound, the same 404 as a missing record.
  const loaded = await loadView(Promise.all([buildReport(actor, query), buildReport(actor, { ...query, by: "month" }), reportFilterOptions(actor, query), loadMergerDate()]));
  if (!loaded.ok) return <ReportError title={title} message={loaded.message} fields={loaded.fields} resetHref={path} filters={await errorFilters(actor, query)} fixed={["implementer"]} />;
  const [report, monthly, options, mergerDate] = loaded.value;
  return <ReportDetail title={title} path={path} report={report} monthly={monthly} options={options} fixed="implementer" mergerDate={formatDate(mergerDate, true)} />;
}
