import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportDetail } from "@/components/reports/report-detail";
import { ReportError } from "@/components/reports/report-error";
import { loadMergerDate } from "@/lib/admin-units/load";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { buildReport } from "@/lib/reports/build";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { canReadReports } from "@/lib/reports/policy";
import { findProvinceName } from "@/lib/reports/subjects";
import { errorFilters, loadView, readReportQuery, type Search } from "../../read-query";

/** One province: its đề án (by=project links each to /de-an/<id>), its curve, and for an SCT the zone and national totals. */
export default async function ProvinceReportPage({ params, searchParams }: { params: Promise<{ provinceId: string }>; searchParams: Search }) {
  const actor = await requireActor();
  if (!canReadReports(actor)) notFound();
  const { provinceId } = await params;
  const name = await findProvinceName(provinceId);
  if (!name) notFound();
  const t = await getTranslations("reportPages");
  const title = t("provinceTitle", { name });
  const path = `/bao-cao/tinh/${provinceId}`;
  const read = await readReportQuery(actor, searchParams, { province: provinceId });
  if (!read.ok) return <ReportError title={title} message={read.message} fields={read.fields} resetHref={path} filters={read.filters} fixed={["province"]} />;
  const query = read.value;
  // Outside the actor's scope, buildReport answers NotFound: the same 404 as a missing record.
  const loaded = await loadView(Promise.all([buildReport(actor, query), buildReport(actor, { ...query, by: "month" }), reportFilterOptions(actor, query), loadMergerDate()]));
  if (!loaded.ok) return <ReportError title={title} message={loaded.message} fields={loaded.fields} resetHref={path} filters={await errorFilters(actor, query)} fixed={["province"]} />;
  const [report, monthly, options, mergerDate] = loaded.value;
  return <ReportDetail title={title} path={path} report={report} monthly={monthly} options={options} fixed="province" mergerDate={formatDate(mergerDate, true)} />;
}
